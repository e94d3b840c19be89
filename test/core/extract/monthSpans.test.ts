import { dates, numbers } from "./phraseHelpers";

describe("spans of months ending in a named month", () => {
  it.each([
    ["the 12-month period through December 2023", "2023-01-01..2023-12-31"],
    ["the 12 months ending September 2023", "2022-10-01..2023-09-30"],
    ["the six months to June 2023", "2023-01-01..2023-06-30"],
    ["the year ending in March 2024", "2023-04-01..2024-03-31"],
    ["the past 12 months through Feb. 2024", "2023-03-01..2024-02-29"],
  ])("reads %j as its span, not a count and a month", (text, span) => {
    const sentence = `Deaths fell in ${text}, officials said.`;
    expect(dates(sentence)).toEqual([[text, null, null, span]]);
    expect(numbers(sentence)).toEqual([]);
  });

  it("leaves a month after other words as a month", () => {
    expect(dates("12 months of work in December 2023")).toEqual([
      ["December 2023", "2023-12", "month", null],
    ]);
  });
});
