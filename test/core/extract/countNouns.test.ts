import { numbers } from "./phraseHelpers";

describe("count nouns as units", () => {
  it.each([
    ["CBP seized 6 tons of methamphetamine", "6 tons", 6, "tons"],
    ["prosecutors filed five indictments", "five indictments", 5, "indictments"],
    ["in just 7 months", "7 months", 7, "months"],
    ["195,000 fentanyl pills", "195,000 fentanyl pills", 195000, "pills"],
    ["2 million lethal doses", "2 million lethal doses", 2e6, "doses"],
    ["40,000 counterfeit tablets", "40,000 counterfeit tablets", 40000, "pills"],
    ["3 metric tons", "3 metric tons", 3, "metric_tons"],
  ])("reads %j", (text, mention, value, unit) => {
    expect(numbers(text)).toEqual([[mention, value, unit, "exact"]]);
  });

  it("takes the last noun of a compound whose first noun is a unit", () => {
    expect(numbers("3,600 pill presses")).toEqual([
      ["3,600 pill presses", 3600, "pill_presses", "exact"],
    ]);
    expect(numbers("14 dye and pill sets")).toEqual([
      ["14 dye and pill sets", 14, "sets", "exact"],
    ]);
  });
});
