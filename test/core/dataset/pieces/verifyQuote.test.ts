import { verifyQuote } from "../../../../src/core/dataset/pieces/verifyQuote";

const TEXT = "In FY2023, CBP seized 27,000 pounds of fentanyl.";
const at = (start: number, end: number) => ({
  doc: "doc-1",
  start,
  end,
  quote: TEXT.slice(start, end),
});

describe("verifyQuote", () => {
  it("passes a quote that is the text at its offsets", () => {
    expect(() => verifyQuote("cbp-fentanyl", TEXT, at(11, 47))).not.toThrow();
  });

  it("refuses a quote the text does not hold there, quoting what it holds", () => {
    const shifted = { ...at(11, 47), start: 12, end: 48 };
    expect(() => verifyQuote("cbp-fentanyl", TEXT, shifted)).toThrow(
      /The quote of "cbp-fentanyl" is not in document doc-1 at \[12, 48\): the text there reads "BP seized/,
    );
  });

  it("refuses offsets past the end of the text, naming its length", () => {
    expect(() => verifyQuote("cbp-fentanyl", TEXT.slice(0, 20), at(11, 47))).toThrow(
      /its end 47 is past the end of the text \(20 characters\)/,
    );
  });
});
