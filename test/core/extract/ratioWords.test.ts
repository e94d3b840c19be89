import { numbers } from "./phraseHelpers";

describe("N out of (every) M", () => {
  it.each([
    ["three out of every four pills", "three out of every four", 75],
    ["six out of 10 Americans", "six out of 10", 60],
    ["7 out of 10 counterfeit pills", "7 out of 10", 70],
    ["one in every three deaths", "one in every three", 33.33],
    ["one in five adults", "one in five", 20],
    ["Seven in 10 Americans", "Seven in 10", 70],
    ["three in 20 samples", "three in 20", 15],
    ["two out of three", "two out of three", 66.67],
  ])("reads %j as one percent, not two counts", (text, mention, value) => {
    expect(numbers(text)).toEqual([[mention, value, "percent", "exact"]]);
  });

  it("keeps a hedge before the ratio", () => {
    expect(numbers("nearly six out of 10 pills")).toEqual([
      ["nearly six out of 10", 60, "percent", "nearly"],
    ]);
  });

  it("reads no share from a count within a span of time", () => {
    const read = numbers("five in 10 days");
    expect(read.map(([mention]) => mention)).toEqual(["five", "10 days"]);
    expect(read.map(([, , unit]) => unit)).not.toContain("percent");
  });

  it("leaves a part larger than the whole as two counts", () => {
    expect(numbers("12 out of 10 doctors")).toEqual([
      ["12", 12, "count", "exact"],
      ["10 doctors", 10, "doctors", "exact"],
    ]);
  });
});
