import { existsSync } from "node:fs";
import { join } from "node:path";
import { comparePieceFormats } from "../../../src/cli/bench/pieceFormats";

const DATA = join(__dirname, "../../../dist/data");

describe("comparePieceFormats", () => {
  it("reads every table of the catalog in both formats and measures each", () => {
    if (!existsSync(join(DATA, "catalog.json")))
      throw new Error("dist/data/catalog.json is missing: run `npm run dataset` first.");
    const { json, csv } = comparePieceFormats(DATA, 1);
    expect(json.files).toBe(csv.files);
    expect(json.files).toBeGreaterThan(0);
    for (const f of [json, csv]) {
      expect(f.gzipBytes).toBeGreaterThan(0);
      expect(f.gzipBytes).toBeLessThan(f.rawBytes);
      expect(f.parseMs).toBeGreaterThanOrEqual(0);
    }
  });
});
