import { chunkBySize, jsonBytes } from "../../../src/core/layout/chunkPlan";

describe("chunkPlan", () => {
  it("splits consecutive items within the budget", () => {
    expect(chunkBySize([3, 3, 3], 6)).toEqual([
      [0, 2],
      [2, 3],
    ]);
    expect(chunkBySize([10, 1], 5)).toEqual([
      [0, 1],
      [1, 2],
    ]);
    expect(chunkBySize([], 5)).toEqual([]);
  });

  it("counts UTF-8 bytes of the JSON", () => {
    expect(jsonBytes("é")).toBe(4);
    expect(jsonBytes([1, "a"])).toBe(7);
    expect(jsonBytes("😀")).toBe(6);
  });
});
