import { qualifierAfter, qualifierBefore } from "../../../src/core/extract/qualifiers";

describe("qualifierBefore", () => {
  const before = (text: string) => qualifierBefore(text, text.length);

  it.each([
    ["stopped over ", "more_than", 8],
    ["seized more than ", "more_than", 7],
    ["no more than ", "up_to", 0],
    ["at least ", "at_least", 0],
    ["Almost ", "nearly", 0],
    ["nearly ", "nearly", 0],
    ["about ", "about", 0],
    ["some ", "about", 0],
    ["up to ", "up_to", 0],
    ["as many as ", "up_to", 0],
    ["less than ", "less_than", 0],
    ["fewer than ", "less_than", 0],
  ])("reads %j", (text, qualifier, start) => {
    expect(before(text)).toEqual({ qualifier, start });
  });

  it("needs the hedge to be a whole word right before the number", () => {
    expect(before("hangover ")).toBeNull();
    expect(before("over the ")).toBeNull();
    expect(before("seized")).toBeNull();
  });
});

describe("qualifierAfter", () => {
  it("reads 'or more' as at least, with its end", () => {
    expect(qualifierAfter("50 or more arrests", 2)).toEqual({ qualifier: "at_least", end: 10 });
    expect(qualifierAfter("50 or so", 2)).toBeNull();
  });
});
