import { extractMentions } from "../../../src/core/extract/extractMentions";
import { dates, numbers } from "./phraseHelpers";

describe("fiscal-year forms", () => {
  it.each([
    ["in FY23", "FY23", "2023"],
    ["in Fiscal Year 23", "Fiscal Year 23", "2023"],
  ])("reads %j as a fiscal year", (text, mention, year) => {
    expect(dates(text)).toEqual([
      [mention, year, "year", `${Number(year) - 1}-10-01..${year}-09-30`],
    ]);
  });

  it.each([
    ["in the previous fiscal year", "2024-03-20", "the previous fiscal year", "2023"],
    ["last fiscal year", "2024-03-20", "last fiscal year", "2023"],
    ["last fiscal year", "2023-11-02", "last fiscal year", "2023"],
    ["this fiscal year", "2023-09-30", "this fiscal year", "2023"],
    ["next fiscal year", "2023-10-01", "next fiscal year", "2025"],
  ])("resolves %j from the document date %s", (text, doc, mention, year) => {
    expect(dates(text, doc)).toEqual([
      [mention, year, "year", `${Number(year) - 1}-10-01..${year}-09-30`],
    ]);
    expect(extractMentions(text, { documentDate: doc })[0].relative).toBe(true);
  });

  it("leaves a relative fiscal year unresolved without a document date, and says why", () => {
    const [m] = extractMentions("last fiscal year");
    expect(m).toMatchObject({ date: null, relative: true });
    expect(m.note).toMatch(/not resolved: the document has no date/);
  });

  it.each([
    ["the first four months of fiscal year 2023", "2022-10-01..2023-01-31"],
    ["the first half of FY 2024", "2023-10-01..2024-03-31"],
    ["the last quarter of FY2023", "2023-07-01..2023-09-30"],
    ["the first two quarters of FY 2022", "2021-10-01..2022-03-31"],
    ["the last 3 months of fiscal 2020", "2020-07-01..2020-09-30"],
  ])("reads a part of a fiscal year, %j, as its span", (text, span) => {
    expect(dates(`Seizures rose in ${text}.`)).toEqual([[text, null, null, span]]);
    expect(numbers(`Seizures rose in ${text}.`)).toEqual([]);
  });

  it("reads a part of a relative fiscal year", () => {
    expect(dates("during the first half of last fiscal year", "2024-03-20")).toEqual([
      ["the first half of last fiscal year", null, null, "2022-10-01..2023-03-31"],
    ]);
  });
});
