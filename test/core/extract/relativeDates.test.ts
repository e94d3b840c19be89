import { parseDocumentDate } from "../../../src/core/extract/documentDate";
import { findRelativeDates, resolveYearless } from "../../../src/core/extract/relativeDates";

// 2023-12-04 was a Monday.
const read = (text: string, date: string | null = "2023-12-04") =>
  findRelativeDates(text, parseDocumentDate(date)).map((m) => [m.text, m.date, m.precision]);

describe("findRelativeDates", () => {
  it.each([
    ["announced Monday", "Monday", "2023-12-04", "day"],
    ["on Thursday", "Thursday", "2023-11-30", "day"],
    ["last Monday", "last Monday", "2023-11-27", "day"],
    ["next Friday", "next Friday", "2023-12-08", "day"],
    ["just last week", "last week", "2023-W48", "week"],
    ["earlier this month", "earlier this month", "2023-12", "month"],
    ["last month", "last month", "2023-11", "month"],
    ["next year", "next year", "2024", "year"],
    ["Two years ago", "Two years ago", "2021", "year"],
    ["10 days ago", "10 days ago", "2023-11-24", "day"],
    ["Almost exactly one year ago", "Almost exactly one year ago", "2022-12", "month"],
    ["tomorrow", "tomorrow", "2023-12-05", "day"],
  ])("resolves %j", (text, phrase, date, precision) => {
    expect(read(text)).toEqual([[phrase, date, precision]]);
  });

  it("keeps phrases counted from another event unresolved, and says so", () => {
    const [m] = findRelativeDates("one day before the trip", parseDocumentDate("2023-12-04"));
    expect(m).toMatchObject({
      text: "one day before",
      date: null,
      precision: null,
      relative: true,
    });
    expect(m.note).toBe(
      '"one day before" not resolved: it counts from another event in the text, not from the document date',
    );
    expect(read("The day after the meeting")).toEqual([["The day after", null, null]]);
  });

  it("says how each phrase was resolved", () => {
    const [m] = findRelativeDates("on Thursday", parseDocumentDate("2023-10-26"));
    expect(m.note).toBe(
      '"Thursday" resolved from the document date 2023-10-26 as the most recent Thursday on or before it',
    );
  });

  it("reports 'the past year' as a span ending at the document date, with a null date", () => {
    const [m] = findRelativeDates("Over the past year, DHS", parseDocumentDate("2024-03-20"));
    expect(m).toMatchObject({ text: "the past year", date: null, precision: null, relative: true });
    expect(m.period).toEqual({ start: "2023-03-20", end: "2024-03-20" });
    expect(m.note).toBe(
      '"the past year" is the span from 2023-03-20 to the document date 2024-03-20',
    );
    const [two] = findRelativeDates("the last two years", parseDocumentDate("2024-03-20"));
    expect(two.period).toEqual({ start: "2022-03-20", end: "2024-03-20" });
    const [undated] = findRelativeDates("the past year", null);
    expect(undated.period).toBeUndefined();
    expect(undated.note).toMatch(/not resolved: the document has no date/);
  });

  it("does not read 'the last year' (ambiguous) or plural weekdays", () => {
    expect(read("over the last year, on Thursdays")).toEqual([]);
  });
});

describe("resolveYearless", () => {
  const doc = parseDocumentDate("2023-10-26");
  it("picks the document's year up to the document date, the year before after it", () => {
    expect(resolveYearless(doc, 10, 26)).toMatchObject({ resolved: { date: "2023-10-26" } });
    expect(resolveYearless(doc, 10, 27)).toMatchObject({ resolved: { date: "2022-10-27" } });
    expect(resolveYearless(doc, 10, null)).toMatchObject({
      resolved: { date: "2023-10", precision: "month" },
    });
    expect(resolveYearless(doc, 11, null)).toMatchObject({ resolved: { date: "2022-11" } });
  });

  it("explains why it cannot resolve without a document month", () => {
    expect(resolveYearless(null, 6, null)).toEqual({
      resolved: null,
      why: "the document has no date to resolve it against",
    });
    expect(resolveYearless(parseDocumentDate("2023"), 6, null)).toEqual({
      resolved: null,
      why: "the document date has no month",
    });
  });
});
