import { findClockTimes } from "../../../src/core/extract/findClockTimes";

describe("findClockTimes", () => {
  it("finds times of day in their common spellings", () => {
    const text = "at 10:30, 9 p.m., 11:00 AM, 7am and 18:45:10 but not 5 ampules or 2023";
    expect(findClockTimes(text).map((s) => text.slice(s.start, s.end))).toEqual([
      "10:30",
      "9 p.m.",
      "11:00 AM",
      "7am",
      "18:45:10",
    ]);
  });
});
