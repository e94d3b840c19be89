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

  it.each([
    [
      "Last fiscal year, the agency seized 310 vessels, compared with 280 in the previous fiscal year.",
      "2024-03-20",
      "2022",
    ],
    [
      "Arrests reached 4,100 in FY 2021. That was up from 3,050 in the prior fiscal year.",
      undefined,
      "2020",
    ],
  ])("reads the fiscal year before one stated just before: %j", (text, doc, year) => {
    const previous = extractMentions(text, { documentDate: doc }).find((m) =>
      /(previous|prior) fiscal year$/.test(m.text),
    );
    expect(previous).toMatchObject({
      date: year,
      precision: "year",
      period: { start: `${Number(year) - 1}-10-01`, end: `${year}-09-30` },
    });
    expect(previous?.note).toMatch(/fiscal year before/);
  });

  it("reads the previous fiscal year from the document date when no fiscal year is stated near it", () => {
    const text =
      "Officers seized 90 vessels in FY 2019. Budgets grew. Seizures fell in the previous fiscal year.";
    expect(dates(text, "2024-03-20").pop()).toEqual([
      "the previous fiscal year",
      "2023",
      "year",
      "2022-10-01..2023-09-30",
    ]);
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
