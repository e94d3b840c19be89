import { numbers } from "./phraseHelpers";

describe("fractions in words", () => {
  it.each([
    ["more than two thirds of deaths", "more than two thirds", 66.67, "more_than"],
    ["nearly three quarters of the fentanyl", "nearly three quarters", 75, "nearly"],
    ["about one third of seizures", "about one third", 33.33, "about"],
    ["roughly a quarter of the pills", "roughly a quarter", 25, "about"],
    ["four fifths of the labs", "four fifths", 80, "exact"],
    ["almost one half of deaths", "almost one half", 50, "nearly"],
    ["two-thirds of deaths", "two-thirds", 66.67, "exact"],
  ])("reads %j as a percent with its hedge", (text, mention, value, qualifier) => {
    expect(numbers(text)).toEqual([[mention, value, "percent", qualifier]]);
  });

  it("keeps quarters of a year as a count of quarters, not a share", () => {
    expect(numbers("in the first three quarters of 2023")).toEqual([
      ["three quarters", 3, "quarters", "exact"],
    ]);
    expect(numbers("two quarters of fiscal year 2023")[0]).toEqual([
      "two quarters",
      2,
      "quarters",
      "exact",
    ]);
  });
});
