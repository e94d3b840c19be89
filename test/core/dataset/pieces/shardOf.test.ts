import { shardOf } from "../../../../src/core/dataset/pieces/shardOf";

describe("shardOf", () => {
  it("gives the same shard for the same id and count in every run", () => {
    // Fixed values: a change of the hash would silently orphan every published shard.
    expect(shardOf("us-overdose-deaths-2022", 7)).toBe(shardOf("us-overdose-deaths-2022", 7));
    expect(shardOf("", 1000)).toBe(0x811c9dc5 % 1000);
    expect(shardOf("a", 1 << 30)).toBe(0xe40c292c % (1 << 30));
  });

  it("keeps every id in range and spreads replicated ids evenly", () => {
    const counts = new Array(16).fill(0);
    for (let k = 0; k < 16_000; k++) counts[shardOf(`dhs-pill-presses-seized-fy2023-r${k}`, 16)]++;
    expect(Math.min(...counts)).toBeGreaterThan(800);
    expect(Math.max(...counts)).toBeLessThan(1200);
  });

  it("puts everything in shard 0 when there is one shard", () => {
    expect(shardOf("anything", 1)).toBe(0);
  });
});
