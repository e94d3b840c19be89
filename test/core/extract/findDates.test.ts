import { parseDocumentDate } from "../../../src/core/extract/documentDate";
import { findDates } from "../../../src/core/extract/findDates";

const read = (text: string, date: string | null = null) =>
  findDates(text, parseDocumentDate(date)).map((m) => [m.text, m.date, m.precision]);

describe("findDates", () => {
  it("reads full dates in the usual spellings", () => {
    expect(
      read(
        "September 23, 2023; Oct. 26, 2023; October 26 2023; 12 May 2024; 2023-12-04; 12/22/2023",
      ),
    ).toEqual([
      ["September 23, 2023", "2023-09-23", "day"],
      ["Oct. 26, 2023", "2023-10-26", "day"],
      ["October 26 2023", "2023-10-26", "day"],
      ["12 May 2024", "2024-05-12", "day"],
      ["2023-12-04", "2023-12-04", "day"],
      ["12/22/2023", "2023-12-22", "day"],
    ]);
  });

  it("keeps a weekday written before the date and leaves a clock time out", () => {
    expect(read("Thursday, Oct. 26, 2023, and at 10:30 a.m. on March 3, 2024 at 9 pm")).toEqual([
      ["Thursday, Oct. 26, 2023", "2023-10-26", "day"],
      ["March 3, 2024", "2024-03-03", "day"],
    ]);
  });

  it("does not take a count after a date for a two-digit year", () => {
    expect(read("Since Jan. 1, 44 deaths", "2024-03-20")).toEqual([
      ["Jan. 1", "2024-01-01", "day"],
    ]);
  });

  it("reads a citation's year written before its month and day", () => {
    expect(read("(2023, October 26) retrieved")).toEqual([
      ["2023, October 26", "2023-10-26", "day"],
    ]);
  });

  it("reads months with a year, and years alone", () => {
    expect(read("in January 2023, Sept. 2021, since 2020, from 2015 to 2021")).toEqual([
      ["January 2023", "2023-01", "month"],
      ["Sept. 2021", "2021-09", "month"],
      ["2020", "2020", "year"],
      ["2015", "2015", "year"],
      ["2021", "2021", "year"],
    ]);
  });

  it("does not take counts, money or decimals for years", () => {
    expect(read("2000 pounds, $2020, 2021%, 2,023 and 2019.5")).toEqual([]);
  });

  it("resolves a month or day without a year to the latest one on or before the document date", () => {
    expect(read("In June and on November 16", "2024-03-20")).toEqual([
      ["June", "2023-06", "month"],
      ["November 16", "2023-11-16", "day"],
    ]);
    expect(read("In March", "2024-03-20")).toEqual([["March", "2024-03", "month"]]);
  });

  it("reads a lone 'March' or 'May' as a month only after a word that introduces one", () => {
    expect(read("March on. May we?")).toEqual([]);
    expect(read("since May, until March")).toEqual([
      ["May", null, null],
      ["March", null, null],
    ]);
  });

  it("reads fiscal years before the plain year inside them", () => {
    expect(read("In FY 2023")).toEqual([["FY 2023", "2023", "year"]]);
  });
});
