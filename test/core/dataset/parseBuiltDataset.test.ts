import { parseBuiltDataset, parseDataset } from "../../../src/core/dataset/parseDataset";
import type { Dataset } from "../../../src/core/dataset/schema";
import { shippedDataset } from "../../excel/shippedDataset";
import { fixtureDataset } from "../../fixtures/fixtureDataset";

/** Every object of `value` with its keys in reverse order: what a builder might make. */
function reversedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversedKeys) as T;
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversedKeys(v)]),
  ) as T;
}

const messageOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  return "no error";
};

describe("parseBuiltDataset", () => {
  it("returns what parseDataset returns, byte for byte as JSON, whatever order the keys were built in", () => {
    for (const dataset of [shippedDataset(), fixtureDataset()]) {
      const expected = JSON.stringify(parseDataset(reversedKeys(dataset)), null, 2);
      expect(JSON.stringify(parseBuiltDataset(reversedKeys(dataset)), null, 2)).toBe(expected);
    }
  });

  it("parses the records in place instead of beside a whole copy", () => {
    const built = reversedKeys(shippedDataset());
    const lists = [built.sources, built.tables, built.figures, built.events, built.conflicts];
    const first = built.figures[0];
    const valid = parseBuiltDataset(built);
    expect([valid.sources, valid.tables, valid.figures, valid.events, valid.conflicts]).toEqual(
      lists,
    );
    valid.figures.forEach((f, i) => expect(f).toBe(lists[2][i]));
    expect(valid.figures).toBe(lists[2]);
    // The record itself is the parsed one (keys in the schema's order), not the one built.
    expect(valid.figures[0]).not.toBe(first);
    expect(Object.keys(valid.figures[0])).toEqual(
      Object.keys(parseDataset(shippedDataset()).figures[0]),
    );
  });

  it.each<[string, (d: Dataset) => void]>([
    [
      "a record the schema refuses",
      (d) => void ((d.figures[2] as { value: unknown }).value = "12"),
    ],
    ["an unknown top-level key", (d) => void ((d as unknown as { extra: number }).extra = 1)],
    ["a bad version", (d) => void (d.version = "1.0")],
    ["no source", (d) => void (d.sources = [])],
    ["a quote not at its offsets", (d) => void (d.events[0].source.quote = "elsewhere")],
    ["a wrong content hash", (d) => void (d.contentHash = "0".repeat(64))],
  ])("refuses %s with parseDataset's own message", (_, spoil) => {
    const bad = () => {
      const d = fixtureDataset();
      spoil(d);
      return d;
    };
    const expected = messageOf(() => parseDataset(bad()));
    expect(expected).toMatch(/^The dataset is invalid/);
    expect(messageOf(() => parseBuiltDataset(bad()))).toBe(expected);
  });
});
