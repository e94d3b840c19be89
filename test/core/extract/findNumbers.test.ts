import { findNumbers } from "../../../src/core/extract/findNumbers";

const read = (text: string, blocked: { start: number; end: number }[] = []) =>
  findNumbers(text, blocked).map((m) => [m.text, m.value, m.unit, m.qualifier]);

describe("findNumbers", () => {
  it("reads digits with separators, decimals and scale words", () => {
    expect(read("1,570,127 kilograms, 2.5 million, 107,000")).toEqual([
      ["1,570,127 kilograms", 1570127, "kilograms", "exact"],
      ["2.5 million", 2_500_000, "count", "exact"],
      ["107,000", 107000, "count", "exact"],
    ]);
  });

  it("reads money from the dollar sign, also when the sign is escaped", () => {
    expect(read("seized \\$16 million and $2.3bn, 5 dollars")).toEqual([
      ["$16 million", 16e6, "USD", "exact"],
      ["$2.3bn", 2.3e9, "USD", "exact"],
      ["5 dollars", 5, "USD", "exact"],
    ]);
  });

  it("takes units glued by a hyphen", () => {
    expect(read("a 1,000-pound load, a 50-member team, a three-day trip, a 2-year-old")).toEqual([
      ["1,000-pound", 1000, "pounds", "exact"],
      ["50-member", 50, "members", "exact"],
      ["three-day", 3, "count", "exact"],
      ["2-year-old", 2, "years", "exact"],
    ]);
  });

  it("reads ordinals and decades as their numbers", () => {
    expect(read("the 118th Congress in the 1990s")).toEqual([
      ["118th", 118, "count", "exact"],
      ["1990s", 1990, "count", "exact"],
    ]);
  });

  it("skips digits glued inside identifiers", () => {
    expect(read("G7 and BA10 and 5G")).toEqual([]);
  });

  it("skips the numbers of a numbered list but not a sentence's numbers", () => {
    expect(read("1. The U.S. should\n  2) Mexico should\nIt took 2. Then")).toEqual([
      ["2", 2, "count", "exact"],
    ]);
  });

  it("reads fractions, halves and majorities as percents", () => {
    expect(
      read("about two-thirds, nearly half of them, a majority, the first half of the year"),
    ).toEqual([
      ["about two-thirds", 66.67, "percent", "about"],
      ["nearly half", 50, "percent", "nearly"],
      ["a majority", 50, "percent", "more_than"],
    ]);
  });

  it("reads rough plurals as more than their round number", () => {
    expect(read("hundreds of thousands of people and thousands of deaths")).toEqual([
      ["hundreds of thousands of people", 100000, "persons", "more_than"],
      ["thousands of deaths", 1000, "deaths", "more_than"],
    ]);
  });

  it("reads Roman numerals after a label, and page numbers with their label", () => {
    expect(read("Title VIII, Subtitle A, p.36 and pp. 4")).toEqual([
      ["Title VIII", 8, "count", "exact"],
      ["p.36", 36, "count", "exact"],
      ["pp. 4", 4, "count", "exact"],
    ]);
  });

  it("never extends a mention into a blocked span", () => {
    expect(read("over 5 people", [{ start: 0, end: 4 }])).toEqual([
      ["5 people", 5, "persons", "exact"],
    ]);
    expect(read("5 new scanners", [{ start: 6, end: 9 }])).toEqual([["5", 5, "count", "exact"]]);
  });
});
