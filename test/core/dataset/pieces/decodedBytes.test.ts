import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { decodedBytes } from "../../../../src/core/dataset/pieces/decodedBytes";
import { planPieces } from "../../../../src/core/dataset/pieces/planPieces";
import { shippedDataset } from "../../../excel/shippedDataset";

describe("decodedBytes", () => {
  it("counts a text outside Latin-1 at two bytes a character", () => {
    expect(decodedBytes("abcd")).toBe(16 + 4);
    expect(decodedBytes("café")).toBe(16 + 4);
    expect(decodedBytes("a—b")).toBe(16 + 6);
  });

  it("counts every object, slot, key and fractional number of parsed JSON", () => {
    expect(decodedBytes(null)).toBe(0);
    expect(decodedBytes(7)).toBe(0);
    expect(decodedBytes(0.5)).toBe(16);
    expect(decodedBytes([1, 2, 3])).toBe(24 + 3 * 8);
    expect(decodedBytes({ id: "x" })).toBe(24 + 16 + (16 + 2) + (16 + 1));
    expect(decodedBytes({ a: [0.5] })).toBe(24 + 16 + (16 + 1) + (24 + 8 + 16));
  });

  it("is within a factor of two of the heap the shipped pieces take once parsed, and over their bytes", () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const { files } = planPieces(shippedDataset());
    const json = files.filter((f) => f.path.endsWith(".json")).map((f) => f.content);
    const raw = json.reduce((n, c) => n + Buffer.byteLength(c), 0);
    const copies = 20;
    gc();
    const before = process.memoryUsage().heapUsed;
    const held = Array.from({ length: copies }, () => json.map((c) => JSON.parse(c) as unknown));
    gc();
    const heap = (process.memoryUsage().heapUsed - before) / copies;
    const estimate = decodedBytes(held[0]);
    expect(estimate).toBeGreaterThan(raw);
    expect(estimate / heap).toBeGreaterThan(0.5);
    expect(estimate / heap).toBeLessThan(2);
  });
});
