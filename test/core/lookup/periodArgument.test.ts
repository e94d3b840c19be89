import { parsePeriod, periodInside } from "../../../src/core/lookup/periodArgument";

const range = (value: unknown) => {
  const p = parsePeriod(value);
  return [p.start, p.end];
};

describe("parsePeriod", () => {
  it.each([
    [2023, "2023-01-01", "2023-12-31"],
    ["2023", "2023-01-01", "2023-12-31"],
    [45237, "2023-11-07", "2023-11-07"],
    [45237.75, "2023-11-07", "2023-11-07"],
    ["FY 2023", "2022-10-01", "2023-09-30"],
    ["FY2023", "2022-10-01", "2023-09-30"],
    ["fy23", "2022-10-01", "2023-09-30"],
    ["FY'23", "2022-10-01", "2023-09-30"],
    ["fiscal 2023", "2022-10-01", "2023-09-30"],
    ["Fiscal Year 2023", "2022-10-01", "2023-09-30"],
    ["Q4 2023", "2023-10-01", "2023-12-31"],
    ["2023 Q1", "2023-01-01", "2023-03-31"],
    ["Nov 2023", "2023-11-01", "2023-11-30"],
    ["Sept. 2023", "2023-09-01", "2023-09-30"],
    ["November 2023", "2023-11-01", "2023-11-30"],
    ["2023-11", "2023-11-01", "2023-11-30"],
    ["11/2023", "2023-11-01", "2023-11-30"],
    ["11/7/2023", "2023-11-07", "2023-11-07"],
    ["November 7, 2023", "2023-11-07", "2023-11-07"],
    ["2023-11-07", "2023-11-07", "2023-11-07"],
    ["  feb 2024 ", "2024-02-01", "2024-02-29"],
  ])("reads %j as %s to %s", (value, start, end) => {
    expect(range(value)).toEqual([start, end]);
  });

  it.each([
    ["FY 2023x"],
    ["2023/11/07"],
    ["13/1/2023"],
    ["2/30/2023"],
    ["Novembre 2023"],
    ["last year"],
    [""],
    [true],
    [[["2023"]]],
    [-5],
    [1899],
    [2023.5],
  ])("refuses %j, naming the accepted forms", (value) => {
    expect(() => parsePeriod(value)).toThrow(
      /^Argument period .* is not valid: expected a year \(2023 or "2023"\), a fiscal year \("FY 2023", "FY23", "fiscal 2023"\), a quarter \("Q4 2023"\), a month .* or an Excel date/,
    );
  });
});

describe("periodInside", () => {
  const fy2023 = { start: "2022-10-01", end: "2023-09-30" };
  it("holds a figure whose whole period lies inside the asked one", () => {
    expect(periodInside(fy2023, parsePeriod("FY 2023"))).toBe(true);
    expect(periodInside({ start: "2023-11", end: "2023-11" }, parsePeriod("2023"))).toBe(true);
    expect(periodInside({ start: "2023-11-07", end: "2023-11-07" }, parsePeriod("Nov 2023"))).toBe(
      true,
    );
  });
  it("refuses a period that only overlaps, and an open or unknown one", () => {
    expect(periodInside(fy2023, parsePeriod(2022))).toBe(false);
    expect(periodInside(fy2023, parsePeriod(2023))).toBe(false);
    expect(periodInside({ start: "2023", end: "2023" }, parsePeriod("Nov 2023"))).toBe(false);
    expect(periodInside({ start: "2020-10-01", end: null }, parsePeriod(2021))).toBe(false);
    expect(periodInside({ start: null, end: null }, parsePeriod(2021))).toBe(false);
  });
});
