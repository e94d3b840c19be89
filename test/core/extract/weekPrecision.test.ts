import { dates } from "./phraseHelpers";

describe("week phrases at week precision", () => {
  it.each([
    ["Officials met this week.", "this week", "2024-W06", "2024-02-05..2024-02-11"],
    [
      "Earlier this week, agents seized 5 kilograms.",
      "Earlier this week",
      "2024-W06",
      "2024-02-05..2024-02-11",
    ],
    ["Last week, officers seized 6 tons.", "Last week", "2024-W05", "2024-01-29..2024-02-04"],
    ["It opens next week.", "next week", "2024-W07", "2024-02-12..2024-02-18"],
  ])(
    "resolves %j from the document date 2024-02-08 as its ISO week",
    (text, phrase, week, period) => {
      expect(dates(text, "2024-02-08")).toEqual([[phrase, week, "week", period]]);
    },
  );

  it("keeps a week that straddles two months whole, not the month of the day", () => {
    expect(dates("They met this week.", "2024-01-31")).toEqual([
      ["this week", "2024-W05", "week", "2024-01-29..2024-02-04"],
    ]);
  });

  it("names a week across a new year by the year of its Thursday", () => {
    expect(dates("They met this week.", "2024-12-31")).toEqual([
      ["this week", "2025-W01", "week", "2024-12-30..2025-01-05"],
    ]);
  });

  it("resolves a week inside an embedded post from the post's own date", () => {
    const text =
      'The DEA posted on X on January 12, 2024: "This week agents seized 2.3 million pills."';
    expect(dates(text, "2024-03-20")).toEqual([
      ["January 12, 2024", "2024-01-12", "day", null],
      ["This week", "2024-W02", "week", "2024-01-08..2024-01-14"],
    ]);
  });

  it("leaves a week without a document date unresolved", () => {
    expect(dates("They met this week.")).toEqual([["this week", null, null, null]]);
  });
});
