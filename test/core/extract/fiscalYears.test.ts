import { findFiscalYears } from "../../../src/core/extract/fiscalYears";

describe("findFiscalYears", () => {
  it.each([
    ["In FY 2023, DHS", "FY 2023", "2023"],
    ["Since FY21, HSI", "FY21", "2021"],
    ["in FY2024 and", "FY2024", "2024"],
    ["for fiscal year 2022", "fiscal year 2022", "2022"],
    ["in Fiscal Year 2019", "Fiscal Year 2019", "2019"],
    ["in fiscal 2020", "fiscal 2020", "2020"],
  ])("reads %j", (text, phrase, year) => {
    const [m] = findFiscalYears(text);
    expect(m).toMatchObject({ kind: "date", text: phrase, date: year, precision: "year" });
    expect(text.slice(m.start, m.end)).toBe(phrase);
  });

  it("gives the October-to-September span of the US federal fiscal year", () => {
    const [m] = findFiscalYears("FY21");
    expect(m.period).toEqual({ start: "2020-10-01", end: "2021-09-30" });
    expect(m.note).toBe("US federal fiscal year 2021: 2020-10-01 to 2021-09-30");
  });

  it("ignores FY inside other words and without a year", () => {
    expect(findFiscalYears("FYI the FY budget, xFY2020")).toEqual([]);
  });
});
