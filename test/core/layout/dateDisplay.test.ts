import { citation } from "../../../src/core/lookup/citation";
import { excelDateSerial } from "../../../src/core/lookup/excelDate";
import { parsePeriod } from "../../../src/core/lookup/periodArgument";
import {
  dateFormat,
  dateText,
  fiscalYearText,
  spanText,
} from "../../../src/core/layout/dateDisplay";
import { dateFormat as cellDateFormat } from "../../../src/core/layout/numberFormats";
import { displayCell, formatIsoDate, sourceLine } from "../../../src/taskpane/views/format";
import { fixtureDataset } from "../../fixtures/fixtureDataset";

/** One display per precision: the pane's text is what Excel shows under the cell's format. */
describe("date display per precision", () => {
  it.each([
    ["day", "2023-12-04", "yyyy-mm-dd", "2023-12-04"],
    ["week", "2024-W06", '"week of "yyyy-mm-dd', "week of 2024-02-05"],
    ["month", "2023-12", "mmm yyyy", "Dec 2023"],
    ["year", "2023", "yyyy", "2023"],
  ])("a %s shows the same in the views and in an inserted cell", (_p, iso, format, shown) => {
    expect(cellDateFormat(iso)).toBe(format);
    expect(dateFormat(iso)).toBe(format);
    expect(dateText(iso)).toBe(shown);
    expect(formatIsoDate(iso)).toBe(shown);
    expect(displayCell(excelDateSerial(iso), cellDateFormat(iso))).toBe(shown);
  });

  it("a document's date reads the same in the views and in a plain citation", () => {
    for (const published of ["2024-03-20", "2024-03", "2024"]) {
      const source = { ...fixtureDataset().sources[0], published };
      expect(citation(source, "plain")).toContain(`, ${dateText(published)}, `);
      expect(sourceLine(source)).toContain(dateText(published));
    }
  });

  it("a fiscal year reads FY and its year wherever a period names it", () => {
    expect(fiscalYearText(2023)).toBe("FY 2023");
    expect(parsePeriod("FY23").label).toBe(fiscalYearText(2023));
  });

  it.each([
    ["2023-11-07", "2023-11-07", "2023-11-07"],
    ["2023-11-01", "2023-11-30", "Nov 2023"],
    ["2023-11", "2023-11", "Nov 2023"],
    ["2024-02-01", "2024-02-29", "Feb 2024"],
    ["2023-01-01", "2023-12-31", "2023"],
    ["2020", "2022", "2020 to 2022"],
    ["2022-10-01", "2023-09-30", "Oct 2022 to Sep 2023"],
    ["2023-11-01", "2023-11-15", "2023-11-01 to 2023-11-15"],
    ["2023-11-01", "2023-12-15", "2023-11-01 to 2023-12-15"],
  ])("a span %s to %s reads %j, each end at the precision it covers", (start, end, shown) => {
    expect(spanText(start, end)).toBe(shown);
  });
});
