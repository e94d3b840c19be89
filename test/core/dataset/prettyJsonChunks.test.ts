import fc from "fast-check";
import { jsonChunks, prettyJsonChunks } from "../../../src/core/dataset/prettyJsonChunks";
import { shippedDataset } from "../../excel/shippedDataset";

const joined = (value: unknown, expand?: number) => [...prettyJsonChunks(value, expand)].join("");

describe("prettyJsonChunks", () => {
  it("joins to JSON.stringify's pretty output for any JSON value, at any depth of cutting", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 4 }), (value, expand) => {
        expect(joined(value, expand)).toBe(JSON.stringify(value, null, 2));
      }),
      { numRuns: 2_000 },
    );
  });

  it("writes the shipped dataset byte for byte as JSON.stringify does, in many pieces", () => {
    const dataset = shippedDataset();
    const chunks = [...prettyJsonChunks(dataset)];
    expect(chunks.join("")).toBe(JSON.stringify(dataset, null, 2));
    expect(chunks.length).toBeGreaterThan(dataset.figures.length);
    // The largest piece is one record (a document with its text), not the dataset.
    const largestRecord = Math.max(
      ...dataset.sources.map((s) => JSON.stringify(s, null, 2).length),
    );
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(largestRecord * 1.1);
  });

  it("leaves out what JSON.stringify leaves out, and writes null where it does", () => {
    const value = {
      a: undefined,
      b: [undefined, () => 1, 2],
      c: { toJSON: () => "x" },
      d: "l\nine",
    };
    expect(joined(value)).toBe(JSON.stringify(value, null, 2));
  });
});

describe("jsonChunks", () => {
  const compact = (value: unknown, expand?: number) => [...jsonChunks(value, expand)].join("");

  it("joins to JSON.stringify's output for any JSON value, at any depth of cutting", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 4 }), (value, expand) => {
        expect(compact(value, expand)).toBe(JSON.stringify(value));
      }),
      { numRuns: 2_000 },
    );
  });

  it("leaves out what JSON.stringify leaves out, and writes null where it does", () => {
    const value = { a: undefined, b: [undefined, () => 1, 2], c: { toJSON: () => "x" }, e: {} };
    expect(compact(value)).toBe(JSON.stringify(value));
  });

  it("cuts a table's piece at its records, so no chunk holds the whole table", () => {
    const dataset = shippedDataset();
    const piece = { table: dataset.tables[0], figures: dataset.figures, sources: dataset.sources };
    const chunks = [...jsonChunks(piece)];
    expect(chunks.join("")).toBe(JSON.stringify(piece));
    const largestRecord = Math.max(...dataset.sources.map((s) => JSON.stringify(s).length));
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(largestRecord);
  });
});
