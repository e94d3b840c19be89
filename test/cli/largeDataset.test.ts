import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildLargeDataset } from "../../src/cli/largeDataset";

jest.setTimeout(180_000);

describe("npm run dataset:large", () => {
  it("builds the seeds copied to N documents, with its catalog and pieces, for npm start --data", () => {
    const work = mkdtempSync(join(tmpdir(), "policy-large-"));
    try {
      const seeds = readFileSync(join(__dirname, "../../seeds/dataset.lock.json"), "utf8");
      const out = buildLargeDataset(12, join(work, "data"));
      const dataset = JSON.parse(readFileSync(join(out, "dataset.json"), "utf8"));
      expect(dataset.sources).toHaveLength(12);
      expect(existsSync(join(out, "catalog.json"))).toBe(true);
      const longest = Math.max(...dataset.tables.map((t: { rows: string[] }) => t.rows.length));
      expect(longest).toBeGreaterThan(100);
      // The seeds' own lock is left as it was: the copy's version is bumped in the copy.
      expect(readFileSync(join(__dirname, "../../seeds/dataset.lock.json"), "utf8")).toBe(seeds);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
