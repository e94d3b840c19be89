import { numbers } from "./phraseHelpers";

describe("a percent change followed by a level", () => {
  it("reads the change as a percent and the level in its own unit", () => {
    expect(numbers("Deaths rose 4.2% to 98,310 deaths")).toEqual([
      ["4.2%", 4.2, "percent", "exact"],
      ["98,310 deaths", 98310, "deaths", "exact"],
    ]);
  });

  it("does not give the level the percent unit when it has no noun", () => {
    expect(numbers("Deaths rose 4.2% to 98,310 last year.")).toEqual([
      ["4.2%", 4.2, "percent", "exact"],
      ["98,310", 98310, "count", "exact"],
    ]);
    expect(numbers("Seizures fell by 12 percent to 3,100.")).toEqual([
      ["12 percent", 12, "percent", "exact"],
      ["3,100", 3100, "count", "exact"],
    ]);
  });

  it("still shares the unit across a range", () => {
    expect(numbers("from 17 to 70 percent")).toEqual([
      ["17", 17, "percent", "exact"],
      ["70 percent", 70, "percent", "exact"],
    ]);
  });
});
