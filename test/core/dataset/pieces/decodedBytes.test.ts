import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
    const { files } = planPieces(shippedDataset());
    const json = files.filter((f) => f.path.endsWith(".json")).map((f) => f.content);
    const raw = json.reduce((n, c) => n + Buffer.byteLength(c), 0);
    const estimate = decodedBytes(json.map((c) => JSON.parse(c) as unknown));
    expect(estimate).toBeGreaterThan(raw);
    // The heap is read in a process of its own: inside a Jest worker other suites' garbage is
    // collected between the two readings and the difference can even come out negative.
    const heap = parsedHeapBytes(json, 20);
    expect(estimate / heap).toBeGreaterThan(0.5);
    expect(estimate / heap).toBeLessThan(2);
  });
});

/** Heap that one parsed copy of `json` holds, averaged over `copies` copies, in a fresh Node. */
function parsedHeapBytes(json: string[], copies: number): number {
  const dir = mkdtempSync(join(tmpdir(), "decoded-bytes-"));
  try {
    const file = join(dir, "pieces.json");
    writeFileSync(file, JSON.stringify(json));
    const script = `
      const json = JSON.parse(require("node:fs").readFileSync(${JSON.stringify(file)}, "utf8"));
      gc();
      const before = process.memoryUsage().heapUsed;
      const held = Array.from({ length: ${copies} }, () => json.map((c) => JSON.parse(c)));
      gc();
      process.stdout.write(String((process.memoryUsage().heapUsed - before) / held.length));
    `;
    return Number(
      execFileSync(process.execPath, ["--expose-gc", "-e", script], { encoding: "utf8" }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
