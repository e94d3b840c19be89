import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { DEFAULT_OPTIONS, formatTable, runBenchmarks, type Measurement } from "../../src/cli/bench";
import { readGold } from "../../src/cli/bench/annotate";
import { benchBundle } from "../../src/cli/bench/bundle";
import { syntheticCorpus } from "../../src/cli/bench/syntheticCorpus";
import { syntheticDataset } from "../../src/cli/bench/syntheticDataset";
import { parseDataset } from "../../src/core/dataset/parseDataset";

/** Small sizes: this proves the figures are computed, not how fast anything is. */
function smallDist(): string {
  const dir = mkdtempSync(join(tmpdir(), "bench-dist-"));
  writeFileSync(
    join(dir, "taskpane.html"),
    "<!doctype html><script src=office-js/office.js></script><script defer src=runtime.js></script>" +
      '<script defer src="functions.js"></script><script defer src="taskpane.js"></script>',
  );
  writeFileSync(join(dir, "runtime.js"), "var a=1;".repeat(100));
  writeFileSync(join(dir, "taskpane.js"), "var b=2;".repeat(1000));
  writeFileSync(join(dir, "functions.js"), "var c=3;".repeat(500));
  return dir;
}

describe("npm run bench (small sizes)", () => {
  let rows: Measurement[];
  const value = (name: string) => {
    const row = rows.find((r) => r.name === name);
    if (!row)
      throw new Error(`no measurement "${name}" among ${rows.map((r) => r.name).join(", ")}`);
    return row.value;
  };
  beforeAll(async () => {
    rows = await runBenchmarks({
      ...DEFAULT_OPTIONS,
      seeds: resolve(__dirname, "../../seeds"),
      dist: smallDist(),
      insertSizes: [10, 300],
      refreshTables: 3,
      refreshRows: 100,
      functionCalls: 1000,
      corpusSmall: 4,
      corpusLarge: 12,
      audit: false,
      startupRuns: 0,
      // The scale rows have their own test (test/cli/bench/scale.test.ts).
      scaleSizes: [],
    });
  }, 120_000);

  it("gives every measurement a number, a unit and a detail", () => {
    expect(rows.length).toBeGreaterThan(30);
    for (const r of rows) {
      expect(typeof r.value).toBe("number");
      expect(Number.isFinite(r.value)).toBe(true);
      expect(r.unit).not.toBe("");
      expect(r.detail).not.toBe("");
    }
  });
  it("prints the annotate drafter's accuracy on the seeds and on the hand-annotated test corpus", () => {
    for (const corpus of ["seeds", "test corpus"]) {
      expect(value(`annotate drafts, ${corpus}: fields an analyst changes`)).toBeGreaterThan(0);
      expect(value(`annotate drafts, ${corpus}: draft accuracy`)).toBeGreaterThan(0);
      expect(value(`annotate drafts, ${corpus}: extractor accuracy`)).toBeGreaterThan(50);
    }
    // Every hand-made record of the corpus is scored.
    const records = readGold(resolve(__dirname, "../corpus")).reduce(
      (n, d) => n + d.gold.figures.length + d.gold.events.length,
      0,
    );
    expect(
      rows.find((r) => r.name === "annotate drafts, test corpus: draft accuracy")?.detail,
    ).toMatch(
      `of ${records} figures and events drafted with the right value, unit, qualifier, period or date, and tables`,
    );
  });
  it("inserts with the same number of syncs whatever the row count, and far fewer than row by row", () => {
    expect(value("insert 10 rows: syncs")).toBe(value("insert 300 rows: syncs"));
    expect(value("insert 300 rows: naive writer syncs")).toBe(302);
    // 8 syncs an insert: 3 for the table, 5 to read, check and update the tagged Sources table.
    expect(value("insert 300 rows: naive/engine syncs")).toBeGreaterThan(30);
    expect(value("insert 300 rows: largest request")).toBeGreaterThan(
      value("insert 10 rows: largest request")!,
    );
    // Network time from a stated model over the counted syncs and bytes, not the fake's clock.
    const engine = rows.find((r) => r.name === "insert 300 rows: modelled network time")!;
    const [, syncs, bytes] = /: (\d+) syncs, ([\d,]+) request bytes/.exec(engine.detail)!;
    expect(engine.value).toBeCloseTo(
      Number(syncs) * 40 + (Number(bytes.replace(/,/g, "")) * 8) / 10_000,
      1,
    );
    expect(engine.detail).toMatch(/^model: 40 ms per sync \+ request bytes at 10 Mbit\/s/);
    expect(value("insert 300 rows: modelled network time naive/engine")).toBeGreaterThan(20);
    expect(rows.some((r) => / time$/.test(r.name) && /naive\/engine time/.test(r.name))).toBe(
      false,
    );
  });
  it("inserts a chart in the same few syncs and small requests whatever the table's rows", () => {
    expect(value("insert chart of 10 rows: syncs")).toBe(6);
    expect(value("insert chart of 300 rows: syncs")).toBe(6);
    expect(value("insert chart of 300 rows: largest request")).toBe(
      value("insert chart of 10 rows: largest request"),
    );
  });
  it("charts one unit of a mixed table in an insert's syncs and a chart's, whatever the rows", () => {
    // 9 for the filtered table on its new sheet (with the date system and Sources), 6 for its chart.
    expect(value("insert chart of one unit of 10 rows: syncs")).toBe(15);
    expect(value("insert chart of one unit of 300 rows: syncs")).toBe(15);
  });
  it("refreshes an unchanged workbook without a single cell write, and changed ones cell by cell", () => {
    expect(value("refresh unchanged: table cells written")).toBe(0);
    expect(rows.find((r) => r.name === "refresh unchanged: table cells written")?.detail).toMatch(
      /0 write operations/,
    );
    expect(value("refresh values-1pct: table cells written")).toBe(3);
    expect(value("refresh rows-10pct: table cells written")).toBe(30 * 7);
    expect(value("refresh unchanged: syncs")).toBeGreaterThan(0);
    // Filtered tables: the same rows, two more requests: one to read back that the filters are
    // really cleared before rows change (office-js #468), one to set them again.
    expect(value("refresh rows-10pct-filtered: syncs")).toBe(
      value("refresh rows-10pct: syncs")! + 2,
    );
  });
  it("serves the functions from one dataset fetch, per call over repeated runs, first call apart", () => {
    expect(value("dataset fetches per 1,000 function calls")).toBe(1);
    for (const kind of ["VALUE", "LOOKUP", "FIELD", "QUOTE", "SOURCE", "DATE"]) {
      const row = rows.find((r) => r.name === `POLICY.${kind}: per call`)!;
      expect(row.unit).toBe("µs");
      expect(row.value).toBeGreaterThan(0);
      expect(row.detail).toMatch(
        /^median of 5 runs of 1,000 calls in a warm runtime \(runs: [\d.]+(, [\d.]+){4} µs\)/,
      );
      expect(row.detail).toMatch(/; 0 errors$/);
    }
    expect(value("POLICY first call, shipped dataset (trusted by hash)")).toBeGreaterThan(0);
    expect(value("POLICY first call, other dataset (validated in full)")).toBeGreaterThan(0);
    expect(rows.some((r) => r.name.endsWith("/ Map"))).toBe(false);
  });
  it("times VALUE, FIELD and LOOKUP over the pieces as the add-in runs them, per call over runs, first call apart", () => {
    for (const kind of ["VALUE", "FIELD", "LOOKUP", "TABLE", "SEARCH", "VERSION"]) {
      const row = rows.find((r) => r.name === `POLICY.${kind} over pieces: per call`)!;
      expect(row.unit).toBe("µs");
      expect(row.value).toBeGreaterThan(0);
      expect(row.detail).toMatch(
        /^median of 5 runs of 100 calls in the warm runtime, after the first \(runs: [\d.]+(, [\d.]+){4} µs\); 0 pieces fetched by the warm calls; 0 errors$/,
      );
      const first = rows.find((r) => r.name === `POLICY.${kind} over pieces: first call`)!;
      expect(first.value).toBeGreaterThan(0);
      expect(first.detail).toMatch(
        /: [1-9]\d* pieces fetched \([\d,]+ bytes\), the dataset.json never \(0 loads/,
      );
    }
  });
  it("measures throughput on the seeds and the generated corpus, and the growth ratio", () => {
    expect(value("dataset build, seeds")).toBeGreaterThan(0);
    expect(value("extractor, 12 generated documents")).toBeGreaterThan(0);
    expect(value("dataset build time 12/4 documents")).toBeGreaterThan(0);
  });
  it("sizes the scripts the page names, functions.js among them, raw and gzip", () => {
    expect(value("bundle taskpane.html scripts, raw")).toBe(800 + 4000 + 8000);
    expect(value("bundle functions JS, raw")).toBe(4000);
    expect(value("bundle functions JS, gzip")).toBeLessThan(4000);
  });
  it("prints an aligned table with every measurement", () => {
    const table = formatTable(rows);
    expect(table.split("\n")).toHaveLength(rows.length + 1);
    expect(table).toMatch(/^measurement +value +unit +target +detail/);
  });
});

describe("benchBundle", () => {
  it("says which files are missing when the add-in was not built", () => {
    const r = benchBundle(join(tmpdir(), "no-such-dist"));
    expect(r.missing.join(" ")).toMatch(/no-such-dist\/taskpane\.html/);
    expect(r.missing.join(" ")).toMatch(/functions\.js/);
    expect(r.taskpane).toEqual([]);
  });
});

describe("synthetic inputs", () => {
  it("generates datasets that pass parseDataset, with the same rows in every release", () => {
    const base = parseDataset(syntheticDataset({ tables: 2, rows: 20 }));
    const next = parseDataset(
      syntheticDataset({ tables: 2, rows: 20, extraRows: 2, changeEvery: 10 }),
    );
    expect(next.tables[0].rows.slice(0, 20)).toEqual(base.tables[0].rows);
    const changed = next.figures.filter((f) => {
      const before = base.figures.find((b) => b.id === f.id);
      return before !== undefined && before.value !== f.value;
    });
    expect(changed.length).toBeGreaterThan(0);
    for (const f of changed)
      expect(f.value - base.figures.find((b) => b.id === f.id)!.value).toBe(1);
  });
  it("generates documents that differ and carry annotations for their figures", () => {
    const c = syntheticCorpus(3);
    expect(new Set(c.documents.map((d) => d.text)).size).toBe(3);
    expect(c.chars).toBe(c.documents.reduce((n, d) => n + d.text.length, 0));
    expect(c.annotations).toHaveLength(3);
  });
});
