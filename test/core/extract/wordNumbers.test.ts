import {
  isNumberWord,
  parseWrittenNumber,
  WRITTEN_NUMBER,
} from "../../../src/core/extract/wordNumbers";

describe("parseWrittenNumber", () => {
  it.each([
    ["nine", 9],
    ["Twenty-five", 25],
    ["ninety nine", 99],
    ["one hundred", 100],
    ["a hundred", 100],
    ["two hundred thirty-five thousand", 235000],
    ["three dozen", 36],
    ["four million", 4_000_000],
    ["one billion two hundred million", 1_200_000_000],
  ])("reads %s as %d", (phrase, value) => {
    expect(parseWrittenNumber(phrase)).toBe(value);
  });

  it("names the word it cannot read", () => {
    expect(() => parseWrittenNumber("two dogs")).toThrow('"dogs" is not a number word');
  });
});

describe("WRITTEN_NUMBER", () => {
  const runs = (text: string) => [...text.matchAll(WRITTEN_NUMBER)].map((m) => m[0]);

  it("keeps separate numbers apart and stays inside words", () => {
    expect(runs("two and three, someone, often, nineteen-seventy")).toEqual([
      "two",
      "three",
      "nineteen-seventy",
    ]);
  });

  it("does not join numbers across more than one space", () => {
    expect(runs("one  two")).toEqual(["one", "two"]);
  });
});

describe("isNumberWord", () => {
  it("knows number words and not their look-alikes", () => {
    expect(isNumberWord("Nine")).toBe(true);
    expect(isNumberWord("twenty-five")).toBe(true);
    expect(isNumberWord("Tennessee")).toBe(false);
  });
});
