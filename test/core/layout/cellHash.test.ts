import { cellHash, HASH_WIDTH } from "../../../src/core/layout/cellHash";

describe("cellHash", () => {
  it("is short, stable, and tells types and values apart", () => {
    expect(cellHash(200)).toHaveLength(HASH_WIDTH);
    expect(cellHash(200)).toBe(cellHash(200));
    expect(cellHash(200)).not.toBe(cellHash("200"));
    expect(cellHash(200)).not.toBe(cellHash(201));
    expect(cellHash(true)).not.toBe(cellHash("true"));
  });

  it("treats an empty cell, null and undefined alike", () => {
    expect(cellHash("")).toBe(cellHash(null));
    expect(cellHash(undefined)).toBe(cellHash(null));
  });

  it("rarely collides over many distinct values", () => {
    const seen = new Set(Array.from({ length: 5000 }, (_, i) => cellHash(`value ${i}`)));
    expect(seen.size).toBeGreaterThan(4990);
  });
});
