import { numbers } from "./phraseHelpers";

describe("count nouns the registry does not know", () => {
  it.each([
    ["CBP officers seized 23 firearms bound for Mexico.", "23 firearms", 23, "firearms"],
    ["Officers stopped 14 vehicles at the crossing.", "14 vehicles", 14, "vehicles"],
    ["agents found 3 rifles", "3 rifles", 3, "rifles"],
    ["40 rounds of ammunition", "40 rounds", 40, "rounds"],
    ["five suspected smugglers", "five suspected smugglers", 5, "smugglers"],
    ["2 Sinaloa Cartel leaders", "2 Sinaloa Cartel leaders", 2, "leaders"],
    ["9 tractor-trailers", "9 tractor-trailers", 9, "tractor_trailers"],
    ["12 of the boxes", "12 of the boxes", 12, "boxes"],
  ])("drafts the noun itself as the unit: %j", (text, mention, value, unit) => {
    expect(numbers(text)).toEqual([[mention, value, unit, "exact"]]);
  });

  it("reads each count of a list by its own noun", () => {
    expect(
      numbers("seized 23 firearms, 11 vehicles and 1,200 rounds of ammunition").map((m) => m[2]),
    ).toEqual(["firearms", "vehicles", "rounds"]);
  });

  it("names the noun a count reaches first, not a known unit further on", () => {
    expect(numbers("3 trucks carrying fentanyl pills")).toEqual([
      ["3 trucks", 3, "trucks", "exact"],
    ]);
  });

  it("keeps the registry's unit for a noun it knows", () => {
    expect(numbers("195,000 fentanyl pills")).toEqual([
      ["195,000 fentanyl pills", 195000, "pills", "exact"],
    ]);
    expect(numbers("13 individuals")).toEqual([["13 individuals", 13, "persons", "exact"]]);
    expect(numbers("4 armed men")).toEqual([["4 armed men", 4, "persons", "exact"]]);
  });

  it.each([
    ["it rose by 23 in a year", "23"],
    ["Section 5 requires a license", "5"],
    ["Article 3 states the rule", "3"],
    ["He was one of them", null],
    ["a total of 23. Others followed", "23"],
    ["23 others were arrested", "23"],
    ["in 14 cities", "14 cities"],
    ["The 1990s", "1990s"],
  ])("keeps a bare count when the text names nothing counted: %j", (text, mention) => {
    const found = numbers(text);
    if (mention === null) return expect(found).toEqual([]);
    const [m] = found;
    expect(m[0]).toBe(mention);
    if (mention !== "14 cities") expect(m[2]).toBe("count");
    else expect(m[2]).toBe("cities");
  });
});
