import { fixtureDataset } from "../../fixtures/fixtureDataset";
import "../polyfills";
import {
  displayCell,
  eventDateText,
  figureText,
  formatIsoDate,
  policyFormula,
} from "../../../src/taskpane/views/format";

describe("format", () => {
  it("says a figure the way a person would", () => {
    const [sanctions, deaths, , presses, currency] = fixtureDataset().figures;
    expect(figureText(sanctions)).toBe("200 sanctions");
    expect(figureText(deaths)).toBe("more than 107,000 deaths");
    expect(figureText(presses)).toBe("more than 3,600 pill presses");
    expect(figureText(currency)).toBe("$16,000,000");
    expect(figureText({ ...currency, unit: "percent", value: 68 })).toBe("68%");
  });

  it("shows dates with the precision they were given", () => {
    expect(formatIsoDate("2023-12-04")).toBe("2023-12-04");
    expect(formatIsoDate("2023-12")).toBe("Dec 2023");
    expect(formatIsoDate("2023")).toBe("2023");
    expect(formatIsoDate(null)).toBe("undated");
    const event = fixtureDataset().events[0];
    expect(eventDateText({ ...event, date: null, precision: null, dateNote: "not stated" })).toBe(
      "Undated (not stated)",
    );
  });

  it("shows planned cells as Excel would under their number formats", () => {
    expect(displayCell(45264, "yyyy-mm-dd")).toBe("2023-12-04");
    expect(displayCell(45261, "mmm yyyy")).toBe("Dec 2023");
    expect(displayCell(44927, "yyyy")).toBe("2023");
    expect(displayCell(16000000, "$#,##0")).toBe("$16,000,000");
    expect(displayCell(12.5, '0.0"%"')).toBe("12.5%");
    expect(displayCell(0.68, "0%")).toBe("68%");
    expect(displayCell(0.6667, "0.00%")).toBe("66.67%");
    expect(displayCell(3600, "#,##0")).toBe("3,600");
    // A 1904 workbook counts from 1 Jan 1904: its 43802 is the 1900 system's 45264.
    expect(displayCell(43802, "yyyy-mm-dd", "1904")).toBe("2023-12-04");
    expect(displayCell(43802, "yyyy-mm-dd")).toBe("2019-12-03");
    expect(displayCell(3600, "#,##0", "1904")).toBe("3,600");
    expect(displayCell("=SUM(A1)", "@")).toBe("=SUM(A1)");
    expect(displayCell(null, "@")).toBe("");
    expect(displayCell(true, "General")).toBe("Yes");
  });

  it("writes the formula that keeps a cell linked", () => {
    expect(policyFormula({ type: "figure", id: "a-b" })).toBe('=POLICY.VALUE("a-b")');
    expect(policyFormula({ type: "event", id: "c" })).toBe('=POLICY.DATE("c")');
  });
});
