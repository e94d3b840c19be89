import { dates, numbers } from "./phraseHelpers";

describe("spans between two named months", () => {
  it.each([
    ["Between April 2019 and mid-October 2021", "2019-04-01..2021-10-31"],
    ["between Jan. 2022 and early March 2023", "2022-01-01..2023-03-31"],
    ["from March 2019 through June 2021", "2019-03-01..2021-06-30"],
    ["from November 2020 to late-February 2021", "2020-11-01..2021-02-28"],
  ])("reads %j as one span, not two months", (text, span) => {
    const sentence = `${text}, the ring moved 300 kilograms.`;
    expect(dates(sentence)).toEqual([[text, null, null, span]]);
    expect(numbers(sentence)).toEqual([["300 kilograms", 300, "kilograms", "exact"]]);
  });

  it("leaves two months in the wrong order as two months", () => {
    expect(dates("between May 2020 and April 2020")).toEqual([
      ["May 2020", "2020-05", "month", null],
      ["April 2020", "2020-04", "month", null],
    ]);
  });
});
