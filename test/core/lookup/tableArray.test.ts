import { buildIndex } from "../../../src/core/lookup/buildIndex";
import { tableArray } from "../../../src/core/lookup/tableArray";
import { fixtureDataset } from "../../fixtures/fixtureDataset";

const index = buildIndex(fixtureDataset());

describe("tableArray", () => {
  it("returns the header row then one row per record, in table order", () => {
    expect(tableArray(index, "seizures")).toEqual([
      ["Metric", "Value", "Unit", "Period", "Quote"],
      [
        "pill presses seized",
        3600,
        "pill presses",
        "FY 2023",
        "In FY 2023, DHS seized more than 3,600 pill presses and $16 million in currency.",
      ],
      [
        "currency seized",
        16000000,
        "USD",
        "FY 2023",
        "In FY 2023, DHS seized more than 3,600 pill presses and $16 million in currency.",
      ],
    ]);
  });
  it("selects columns by key or title, in the order given", () => {
    expect(tableArray(index, "Seizures", { columns: "value, Metric" })).toEqual([
      ["Value", "Metric"],
      [3600, "pill presses seized"],
      [16000000, "currency seized"],
    ]);
  });
  it("shows dates as text at their precision, as every table shows them", () => {
    expect(tableArray(index, "timeline", { columns: "date" })).toEqual([
      ["Date"],
      ["2023-12-04"],
      ["2023-12-05"],
    ]);
    const coarse = buildIndex(
      fixtureDataset((d) => {
        d.events[0] = { ...d.events[0], date: "2023-11", precision: "month" };
        d.events[1] = { ...d.events[1], date: "2022", precision: "year" };
      }),
    );
    expect(tableArray(coarse, "timeline", { columns: "date" })).toEqual([
      ["Date"],
      ["Nov 2023"],
      ["2022"],
    ]);
    // Filters still read the ISO date: a month is inside its year, and ordered by it.
    expect(tableArray(coarse, "timeline", { columns: "date", filter: "date = 2023" })).toEqual([
      ["Date"],
      ["Nov 2023"],
    ]);
    expect(tableArray(coarse, "timeline", { columns: "date", filter: "date >= 2023-06" })).toEqual([
      ["Date"],
      ["Nov 2023"],
    ]);
  });
  it("shows a week as the week of its Monday, and filters it by that day", () => {
    const weekly = buildIndex(
      fixtureDataset((d) => {
        d.events[0] = { ...d.events[0], date: "2023-W48", precision: "week" };
      }),
    );
    const rows = (filter?: string) => tableArray(weekly, "timeline", { columns: "date", filter });
    expect(rows()).toEqual([["Date"], ["week of 2023-11-27"], ["2023-12-05"]]);
    expect(rows("date < 2023-12")).toEqual([["Date"], ["week of 2023-11-27"]]);
    expect(rows("date = 2023-11")).toEqual([["Date"], ["week of 2023-11-27"]]);
    expect(rows("date >= 2023-12-01")).toEqual([["Date"], ["2023-12-05"]]);
  });
  it("filters numbers as numbers, with thousands separators allowed", () => {
    const rows = (filter: string) => tableArray(index, "seizures", { columns: "value", filter });
    expect(rows("value > 5,000")).toEqual([["Value"], [16000000]]);
    expect(rows("value <= 3600")).toEqual([["Value"], [3600]]);
    expect(rows("value = 3600")).toEqual([["Value"], [3600]]);
    expect(rows("value != 3600")).toEqual([["Value"], [16000000]]);
    expect(rows("value < 1")).toEqual([["Value"]]);
    expect(rows("value >= 3600")).toEqual([["Value"], [3600], [16000000]]);
  });
  it("filters text by equality (any case), inequality and contains", () => {
    const rows = (filter: string) => tableArray(index, "seizures", { columns: "unit", filter });
    expect(rows('unit = "usd"')).toEqual([["Unit"], ["USD"]]);
    expect(rows("unit <> usd")).toEqual([["Unit"], ["pill presses"]]);
    expect(rows("metric ~ PILL")).toEqual([["Unit"], ["pill presses"]]);
    expect(rows("metric !~ pill")).toEqual([["Unit"], ["USD"]]);
  });

  it("shows codes as words and matches a filter by the code or the words", () => {
    const rows = (filter: string) => tableArray(index, "seizures", { columns: "unit", filter });
    expect(rows("unit = pill_presses")).toEqual([["Unit"], ["pill presses"]]);
    expect(rows("unit = pill presses")).toEqual([["Unit"], ["pill presses"]]);
  });
  it("treats a partial date as its prefix and compares dates in order", () => {
    const rows = (filter: string) => tableArray(index, "timeline", { columns: "date", filter });
    expect(rows("date = 2023-12")).toEqual([["Date"], ["2023-12-04"], ["2023-12-05"]]);
    expect(rows("date > 2023-12-04")).toEqual([["Date"], ["2023-12-05"]]);
    expect(rows("date < 2023-12-05")).toEqual([["Date"], ["2023-12-04"]]);
    expect(rows("date >= 2024")).toEqual([["Date"]]);
    expect(rows("date <= 2023")).toEqual([["Date"], ["2023-12-04"], ["2023-12-05"]]);
  });
  it("refuses a date bound that is no year, month or day, naming the forms it takes", () => {
    const rows = (filter: string) => tableArray(index, "timeline", { columns: "date", filter });
    for (const bad of ["date <= garbage", "date >= 2023-13", "date = 23", "date > 2023/06"]) {
      expect(() => rows(bad)).toThrow(
        /is not valid: expected a date as YYYY, YYYY-MM or YYYY-MM-DD to compare with column "date"/,
      );
    }
    expect(() => rows("date <= garbage")).toThrow(/Argument filter "garbage"/);
    // Words still search inside a date's text.
    expect(rows("date ~ 2023-12")).toEqual([["Date"], ["2023-12-04"], ["2023-12-05"]]);
  });
  it("joins clauses with ; or and", () => {
    expect(
      tableArray(index, "seizures", { columns: "metric", filter: "value > 1 and unit = usd" }),
    ).toEqual([["Metric"], ["currency seized"]]);
    expect(
      tableArray(index, "seizures", { columns: "metric", filter: "value > 1; unit = x" }),
    ).toEqual([["Metric"]]);
  });
  it("names the tables and the nearest one for an unknown table", () => {
    expect(() => tableArray(index, "seizure")).toThrow(
      'No table has id "seizure". Tables: sanctions, seizures, timeline. Did you mean seizures?',
    );
  });
  it("names the valid columns for an unknown column in columns or filter", () => {
    expect(() => tableArray(index, "seizures", { columns: "metric, colour" })).toThrow(
      'Argument columns "colour" is not valid: expected a column of table "seizures": metric, value, unit, period.text, source.quote.',
    );
    expect(() => tableArray(index, "seizures", { filter: "colour = red" })).toThrow(
      /Argument filter "colour" is not valid: expected a column of table "seizures"/,
    );
    expect(() => tableArray(index, "seizures", { columns: " , " })).toThrow(
      /Argument columns " , " is not valid: expected column keys or titles/,
    );
  });
  it("explains the filter syntax for a clause it cannot read", () => {
    expect(() => tableArray(index, "seizures", { filter: "value" })).toThrow(
      /Argument filter "value" is not valid: expected clauses such as "value >= 100"/,
    );
    expect(() => tableArray(index, "seizures", { filter: "value >" })).toThrow(/clauses such as/);
    expect(() => tableArray(index, "seizures", { filter: "value > lots" })).toThrow(
      /Argument filter "lots" is not valid: expected a number \(or a percent such as 50%\) to compare with column "value"/,
    );
  });
});
