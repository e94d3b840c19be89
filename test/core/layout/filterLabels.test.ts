import { filterName, rangeLabels } from "../../../src/core/layout/filterLabels";

describe("filter labels", () => {
  it("names a range by the column's title", () => {
    expect(rangeLabels({ key: "value", title: "Value" })).toEqual({
      from: "Value from",
      to: "Value to",
    });
    expect(rangeLabels({ key: "date", title: "Date" })).toEqual({
      from: "Date from",
      to: "Date to",
    });
  });

  it("names a period's From and To columns by their keys, never 'From from' or 'To to'", () => {
    expect(rangeLabels({ key: "period.start", title: "From" })).toEqual({
      from: "Period start from",
      to: "Period start to",
    });
    expect(rangeLabels({ key: "period.end", title: "To" })).toEqual({
      from: "Period end from",
      to: "Period end to",
    });
    expect(filterName({ key: "periodEnd", title: "Until" })).toBe("Period end");
  });

  it("keeps the title, marked as a column, when the key is a bound word too", () => {
    expect(filterName({ key: "from", title: "From" })).toBe("From column");
  });
});
