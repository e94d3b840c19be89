import { paragraphAround } from "../../../src/taskpane/views/paragraphAround";

describe("paragraphAround", () => {
  const text = "Title\n\nFirst sentence. The quote is here. Last sentence.\nNext paragraph.";
  const start = text.indexOf("The quote");
  const end = start + "The quote is here.".length;

  it("cuts the quote out of its own paragraph only", () => {
    expect(paragraphAround(text, start, end)).toEqual({
      before: "First sentence. ",
      quote: "The quote is here.",
      after: " Last sentence.",
    });
  });

  it("shortens a long paragraph at word boundaries with an ellipsis", () => {
    const long = "word ".repeat(200) + "QUOTE" + " tail".repeat(200);
    const at = long.indexOf("QUOTE");
    const { before, quote, after } = paragraphAround(long, at, at + 5);
    expect(quote).toBe("QUOTE");
    expect(before.startsWith("…word ")).toBe(true);
    expect(before.length).toBeLessThanOrEqual(281);
    expect(after.endsWith(" tail…")).toBe(true);
  });

  it("gives nothing rather than a wrong slice for offsets outside the text", () => {
    expect(paragraphAround("short", 3, 99)).toEqual({ before: "", quote: "", after: "" });
    expect(paragraphAround("short", 4, 2)).toEqual({ before: "", quote: "", after: "" });
  });
});
