import { UNITS } from "../../../src/core/dataset/schema";
import { unitAfter, unitOfNoun } from "../../../src/core/extract/units";

describe("unitAfter", () => {
  const after = (text: string) => {
    const found = unitAfter(text, 0);
    return found && { unit: found.unit, noun: text.slice(0, found.end).trim() };
  };

  it.each([
    [" pounds of fentanyl", "pounds", "pounds"],
    [" new large-scale scanners at", "scanners", "new large-scale scanners"],
    [" of their executives", "executives", "of their executives"],
    [" of the people", "persons", "of the people"],
    [" Sonora, Mexico-based firms accused", "firms", "Sonora, Mexico-based firms"],
    [" pill presses", "pill_presses", "pill presses"],
    [" precursor chemicals", "precursors", "precursor chemicals"],
    [" countries’ economic ties", "countries", "countries"],
  ])("finds the unit noun in %j", (text, unit, noun) => {
    expect(after(text)).toEqual({ unit, noun });
  });

  it.each([
    [" brothers, all children of"],
    [" sources familiar with the agreement"],
    [" more. Deaths"],
    ["\npeople"],
    [" Mexican drug 5 deaths"],
    [" of the most wanted criminals in"],
    ["people"],
  ])("stops at a verb, preposition, sentence end, line break or number: %j", (text) => {
    expect(after(text)).toBeNull();
  });

  it("respects a limit on how far the noun may end", () => {
    expect(unitAfter(" new scanners", 0, 5)).toBeNull();
    expect(unitAfter(" new scanners", 0, 13)).toEqual({ unit: "scanners", end: 13 });
  });
});

describe("unitOfNoun", () => {
  it("maps nouns onto the dataset's units only", () => {
    for (const noun of ["people", "Labs", "kg", "fatalities", "nations", "parcels", "lbs"]) {
      expect(UNITS).toContain(unitOfNoun(noun));
    }
    expect(unitOfNoun("bananas")).toBeNull();
  });
});
