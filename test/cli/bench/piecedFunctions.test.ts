import { benchPiecedFunctions } from "../../../src/cli/bench/piecedFunctions";
import { shippedDataset } from "../../excel/shippedDataset";

/*
 * The per-call bench of the functions over the pieces: every function it times answers (no
 * error counted), from the pieces alone, and its first calls fetch what each function needs.
 */
jest.setTimeout(120_000);

describe("benchPiecedFunctions over the shipped dataset", () => {
  it("times VALUE, FIELD, LOOKUP, TABLE, SEARCH and VERSION without an error or a dataset.json load", async () => {
    const r = await benchPiecedFunctions(shippedDataset(), 30, 1);
    const kinds = Object.fromEntries(r.kinds.map((k) => [k.kind, k]));
    expect(Object.keys(kinds)).toEqual(["VALUE", "FIELD", "LOOKUP", "TABLE", "SEARCH", "VERSION"]);
    for (const k of r.kinds) {
      expect([k.kind, k.errors]).toEqual([k.kind, 0]);
      expect(k.firstBytes).toBeGreaterThan(0);
    }
    expect(r.wholeDatasetFetches).toBe(0);
    // The catalog alone; the catalog and one table's piece.
    expect(kinds.VERSION.firstPieces).toBe(1);
    expect(kinds.TABLE.firstPieces).toBe(2);
    expect(kinds.SEARCH.firstPieces).toBeGreaterThan(2);
  });
});
