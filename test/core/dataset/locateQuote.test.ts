import { locateQuote, occurrencesOf } from "../../../src/core/dataset/locateQuote";

const TEXT = "In FY 2023, DHS seized pills. In FY 2023, CBP seized “keyboards”.";

describe("locateQuote", () => {
  it("finds a quote that occurs once", () => {
    expect(locateQuote(TEXT, "DHS seized pills.")).toEqual({ start: 12, end: 29 });
  });
  it("asks for an occurrence when the quote occurs more than once", () => {
    expect(locateQuote(TEXT, "In FY 2023")).toEqual({
      problem: "found 2 times (at offsets 0, 30); add occurrence: 1 to 2, or quote more text",
    });
  });
  it("picks the given occurrence", () => {
    expect(locateQuote(TEXT, "In FY 2023", 2)).toEqual({ start: 30, end: 40 });
  });
  it("rejects an occurrence past the last", () => {
    expect(locateQuote(TEXT, "In FY 2023", 3)).toEqual({
      problem: "occurrence 3 asked but the quote occurs 2 times",
    });
  });
  it("says when only quote marks or spacing differ", () => {
    expect(locateQuote(TEXT, 'CBP seized  "keyboards"')).toEqual({
      problem:
        "not found in the document exactly, but it is with other quote marks or spacing: copy the text byte for byte",
    });
  });
  it("says how much of the start matches", () => {
    expect(locateQuote(TEXT, "In FY 2023, DHS seized guns.")).toEqual({
      problem:
        'not found in the document (its first 23 characters "In FY 2023, DHS seized " are; then the text differs)',
    });
  });
});

describe("occurrencesOf", () => {
  it("counts overlapping matches", () => {
    expect(occurrencesOf("aaa", "aa")).toEqual([0, 1]);
  });
});
