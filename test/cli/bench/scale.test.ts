import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { benchScale, type ScaleBenchResult } from "../../../src/cli/bench/scale";
import { parseArgs, parseSizes } from "../../../src/cli/bench";
import { renameRecords, replicateSeeds } from "../../../src/cli/bench/scaleCorpus";
import { lookupWords } from "../../../src/cli/bench/scaleNode";
import { SCALE_BLOCK, SCALE_PIN_FILE, scaleReadmeTable } from "../../../src/cli/bench/scaleReadme";
import { SCALE_TARGETS, scaleRows } from "../../../src/cli/bench/scaleRows";
import type { GzipServer, ServedFile } from "../../../src/cli/bench/serveGzip";
import * as served from "../../../src/cli/bench/serveGzip";
import { readmeBlock } from "../../../src/core/dataset/readmeBlocks";

/*
 * The scale harness at 5 and 100 documents (the larger sizes are `npm run bench` material):
 * what it reports must agree with what the server sent, and its figures must describe the
 * pane that really opened. Nothing here is timed.
 */
const ROOT = join(__dirname, "../../..");
const DIST = join(ROOT, "dist");

jest.setTimeout(600_000);

describe("replicateSeeds", () => {
  it("copies the seeds to n documents with new, unique document and record ids", () => {
    const out = mkdtempSync(join(tmpdir(), "scale-corpus-"));
    try {
      expect(replicateSeeds(join(ROOT, "seeds"), 12, out)).toEqual({ documents: 12 });
      const texts = readdirSync(out).filter((f) => f.endsWith(".txt"));
      expect(texts).toHaveLength(12);
      const notes = readdirSync(join(out, "annotations")).map((f) =>
        readFileSync(join(out, "annotations", f), "utf8"),
      );
      const ids = notes.flatMap((y) =>
        [...y.matchAll(/^\s*-\s*id:\s*(\S+)\s*$/gm)].map((m) => m[1]),
      );
      expect(new Set(ids).size).toBe(ids.length);
      for (const [i, f] of readdirSync(join(out, "annotations")).entries())
        expect(notes[i]).toContain(`doc: ${f.slice(0, -5)}`);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it("suffixes ids and fact keys but leaves a drafted `fact: null` null", () => {
    const yaml =
      "figures:\n  - id: us-deaths-2022\n    fact: us-deaths\n  - id: cbp-seized\n    fact: null\n";
    expect(renameRecords(yaml, 3)).toBe(
      "figures:\n  - id: us-deaths-2022-r3\n    fact: us-deaths-r3\n  - id: cbp-seized-r3\n    fact: null\n",
    );
  });

  it("refuses a corpus of no documents", () => {
    expect(() => replicateSeeds(join(ROOT, "seeds"), 0, tmpdir())).toThrow(/at least 1 document/);
  });
});

describe("benchScale at 5 and 100 documents (throttled Chromium over gzip HTTP)", () => {
  let result: ScaleBenchResult;
  const servedBySize: ServedFile[][] = [];
  beforeAll(async () => {
    if (!existsSync(join(DIST, "taskpane.html")))
      throw new Error("dist/taskpane.html is missing: run `npm run build` first (npm test does).");
    // Keep each server's own log of what it wrote, to hold the browser's figures against it.
    const serve = served.serveGzip;
    jest.spyOn(served, "serveGzip").mockImplementation(async (root) => {
      const server: GzipServer = await serve(root);
      servedBySize.push(server.served);
      return server;
    });
    result = await benchScale({
      dist: DIST,
      seeds: join(ROOT, "seeds"),
      sizes: [5, 100],
      runs: 1,
      largeRuns: 1,
      timeoutMs: 180_000,
    });
  });
  afterAll(() => jest.restoreAllMocks());

  it("reports, for each file before the Catalog, the bytes the server sent for it", () => {
    for (const [i, size] of result.sizes.entries()) {
      expect([size.documents, size.problem]).toEqual([size.documents, undefined]);
      const before = size.runs[0].beforeCatalog;
      expect(before.length).toBeGreaterThan(0);
      for (const file of before) {
        const sent = servedBySize[i].filter((s) => s.path === file.path).map((s) => s.bodyBytes);
        expect([file.path, file.bodyBytes]).toEqual([file.path, sent[0]]);
        expect(file.wireBytes).toBeGreaterThan(file.bodyBytes);
      }
      // The pane fetched its data before showing the Catalog, and it was counted.
      expect(before.some((f) => f.path.startsWith("/data/"))).toBe(true);
    }
  });

  it("counts more data before the Catalog at 100 documents than at 5", () => {
    const data = (i: number) =>
      result.sizes[i].runs[0].beforeCatalog
        .filter((f) => f.path.startsWith("/data/"))
        .reduce((s, f) => s + f.bodyBytes, 0);
    // The pane opens from the catalog, which grows with the tables, not the documents.
    expect(data(1)).toBeGreaterThanOrEqual(data(0));
    expect(data(1)).toBeLessThan(2 * data(0));
  });

  it("counts the id shards one Search read, within the bound of a page's hits and documents", () => {
    const rows = scaleRows(result);
    for (const size of result.sizes) {
      const shards = size.runs[0].searchFiles.filter((f) => /\/pieces\/ids\/\d+\./.test(f.path));
      expect([size.documents, shards.length > 0]).toEqual([size.documents, true]);
      const row = rows.find((r) => r.name === `scale ${size.documents} docs: Search id shards`);
      expect(row).toMatchObject({ value: shards.length, verdict: "PASS" });
      expect(shards.length).toBeLessThanOrEqual(SCALE_TARGETS.searchIdShards);
    }
  });

  it("reaches a Search result and a Trace paragraph, and samples the tab's memory", () => {
    for (const size of result.sizes) {
      const run = size.runs[0];
      expect([size.documents, run.problem]).toEqual([size.documents, undefined]);
      expect(run.searchMs).not.toBeNull();
      expect(run.traceMs).not.toBeNull();
      expect(run.peakJsHeapBytes).toBeGreaterThan(0);
      expect(run.peakRendererBytes).toBeGreaterThan(run.peakJsHeapBytes);
    }
  });

  it("answers the first POLICY.VALUE with the figure's value and refreshes three tables", () => {
    for (const size of result.sizes) {
      expect(size.node?.value.answer).toBe("70000");
      expect(size.node?.refresh).toMatchObject({ completed: true });
      expect(size.node?.refresh.tables).toHaveLength(3);
      expect(size.node?.refresh.syncs).toBeGreaterThan(0);
    }
  });

  it("answers the first POLICY.LOOKUP with the same figure from the lookup pieces, not dataset.json", () => {
    for (const size of result.sizes) {
      expect([size.documents, size.node?.lookup.answer]).toEqual([size.documents, "70000"]);
      const files = size.node!.lookup.fetched.map((f) => f.path);
      expect(files.some((p) => /\/pieces\/lookup\./.test(p))).toBe(true);
      expect(files).not.toContain("/data/dataset.json");
    }
    // The 100-document corpus repeats the seeds' figures: the copy word tells them apart.
    expect(result.sizes[1].node?.lookup.asked).toMatch(/ r\d+$/);
  });

  it("prints a verdict beside each targeted figure", () => {
    const rows = scaleRows(result);
    const targeted = rows.filter((r) => r.verdict);
    expect(targeted.map((r) => r.name)).toEqual(
      expect.arrayContaining([
        "scale 100 docs: Catalog time / 5 docs",
        "scale 100 docs: bytes before Catalog",
        "scale 100 docs: tab peak memory",
        "scale 100 docs: first POLICY.VALUE (Node)",
        "scale 100 docs: refresh of 3 tables",
      ]),
    );
  });
});

describe("scaleRows verdicts", () => {
  const shardFiles = (count: number) =>
    Array.from({ length: count }, (_, i) => ({
      path: `/data/pieces/ids/${i}.0123456789abcdef.json`,
      bodyBytes: 10,
      wireBytes: 200,
      at: 2,
    }));
  const run = (bytes: number, catalogMs: number, rss: number, shards = 40) => ({
    catalogMs,
    searchMs: 1,
    searchFiles: shardFiles(shards),
    traceMs: 1,
    beforeCatalog: [{ path: "/data/x.json", bodyBytes: bytes, wireBytes: bytes + 200, at: 1 }],
    peakRendererBytes: rss,
    peakJsHeapBytes: 1,
  });
  const node = (ms: number, completed: boolean) => ({
    value: { ms, answer: "1", fetched: [] },
    lookup: { ms, answer: "1", fetched: [] },
    refresh: { completed, tables: ["a", "b", "c"], rows: 3, ms: 1, syncs: 1 },
  });
  const verdicts = (big: ReturnType<typeof run>, bigNode: ReturnType<typeof node>) =>
    Object.fromEntries(
      scaleRows({
        machine: "m",
        throttling: "t",
        sizes: [
          { documents: 5, runs: [run(1000, 1000, 1e8)], node: node(10, true) },
          { documents: 10_000, runs: [big], node: bigNode },
        ],
      })
        .filter((r) => r.name.startsWith("scale 10,000") && r.verdict)
        .map((r) => [r.name.replace("scale 10,000 docs: ", ""), r.verdict]),
    );

  it("passes figures inside every target", () => {
    expect(verdicts(run(999_999, 1500, 299e6, 40), node(999, true))).toEqual({
      "Catalog time / 5 docs": "PASS",
      "Search id shards": "PASS",
      "bytes before Catalog": "PASS",
      "tab peak memory": "PASS",
      "first POLICY.VALUE (Node)": "PASS",
      "first POLICY.LOOKUP (Node)": "PASS",
      "refresh of 3 tables": "PASS",
    });
  });

  it("passes a first TABLE, SEARCH and VERSION answered from the pieces, and fails one that fetched dataset.json, gave an error or read over 40 id shards", () => {
    const call = (answer: string, paths: string[]) => ({
      ms: 5,
      answer,
      fetched: paths.map((path) => ({ path, bodyBytes: 10, wireBytes: 200, at: 1 })),
    });
    const rowsOf = (calls: Partial<Record<"table" | "search" | "version", unknown>>) =>
      Object.fromEntries(
        scaleRows({
          machine: "m",
          throttling: "t",
          sizes: [
            {
              documents: 5,
              runs: [run(1000, 1000, 1e8)],
              node: { ...node(10, true), ...calls } as never,
            },
          ],
        })
          .filter((r) => /first POLICY\.(TABLE|SEARCH|VERSION)/.test(r.name))
          .map((r) => [r.name.replace(/^scale 5 docs: first POLICY\.| \(Node\)$/g, ""), r.verdict]),
      );
    const shards = (count: number) => shardFiles(count).map((f) => f.path);
    expect(
      rowsOf({
        table: call("5 rows × 3 columns", ["/data/catalog.json", "/data/pieces/tables/s.1.json"]),
        search: call("20 rows × 5 columns", ["/data/catalog.json", ...shards(40)]),
        version: call("1.0.0 (sha 01234567)", ["/data/catalog.json"]),
      }),
    ).toEqual({ TABLE: "PASS", SEARCH: "PASS", VERSION: "PASS" });
    expect(
      rowsOf({
        table: call("#N/A: too large", ["/data/catalog.json"]),
        search: call("20 rows × 5 columns", ["/data/catalog.json", ...shards(41)]),
        version: call("1.0.0 (sha 01234567)", ["/data/catalog.json", "/data/dataset.json"]),
      }),
    ).toEqual({ TABLE: "FAIL", SEARCH: "FAIL", VERSION: "FAIL" });
    expect(rowsOf({})).toEqual({});
  });

  it("fails each figure past its target", () => {
    expect(verdicts(run(1_000_000, 1501, 300e6, 41), node(1000, false))).toEqual({
      "Catalog time / 5 docs": "FAIL",
      "Search id shards": "FAIL",
      "bytes before Catalog": "FAIL",
      "tab peak memory": "FAIL",
      "first POLICY.VALUE (Node)": "FAIL",
      "first POLICY.LOOKUP (Node)": "PASS",
      "refresh of 3 tables": "FAIL",
    });
  });

  it("holds the dataset build's peak memory under 2 GB, and fails a size whose peak was not read", () => {
    const build = (buildPeakRssBytes: number | null) =>
      scaleRows({
        machine: "m",
        throttling: "t",
        sizes: [
          {
            documents: 10_000,
            runs: [],
            site: { documents: 10_000, figureId: "x", dataBytes: 1, buildMs: 1, buildPeakRssBytes },
          },
        ],
      }).find((r) => r.name === "scale 10,000 docs: dataset build peak memory");
    expect(build(1_999_000_000)).toMatchObject({ value: 1999, unit: "MB", verdict: "PASS" });
    expect(build(2_000_000_000)).toMatchObject({ value: 2000, verdict: "FAIL" });
    expect(build(null)).toMatchObject({ value: null, verdict: "FAIL" });
    expect(build(null)?.detail).toMatch(/^not measured: .*VmHWM/);
  });

  it("reports a LOOKUP that answers otherwise than VALUE as its answer, never as a time", () => {
    const ambiguous = {
      ...node(10, true),
      lookup: { ms: 10, answer: "#N/A: 2 figures match", fetched: [], asked: "pill presses" },
    };
    const rows = scaleRows({
      machine: "m",
      throttling: "t",
      sizes: [{ documents: 5, runs: [run(1000, 1000, 1e8)], node: ambiguous }],
    });
    const row = rows.find((r) => r.name === "scale 5 docs: first POLICY.LOOKUP (Node)")!;
    expect(row).toMatchObject({ value: null, verdict: "FAIL" });
    expect(row.detail).toMatch(/^answered #N\/A: 2 figures match instead of 1/);
    expect(
      scaleReadmeTable({ commit: "c", date: "d", machine: "m", throttling: "t", rows }),
    ).toContain("wrong answer FAIL");
  });
});

describe("lookupWords", () => {
  it("adds the copy word of a replicated id to the metric", () => {
    expect(lookupWords("dhs-pill-presses-seized-fy2023-r12", "pill presses seized")).toBe(
      "pill presses seized r12",
    );
    expect(lookupWords("dhs-pill-presses-seized-fy2023", "pill presses seized")).toBe(
      "pill presses seized",
    );
  });
});

describe("the README's scale table", () => {
  it("is what the pinned run gives (npm run bench -- --only-scale --scale … --pin)", () => {
    const pin = JSON.parse(readFileSync(join(ROOT, SCALE_PIN_FILE), "utf8"));
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    expect(readmeBlock(readme, SCALE_BLOCK)).toBe(scaleReadmeTable(pin));
    expect(pin.rows.some((r: { name: string }) => r.name === "scale 5 docs: Catalog visible")).toBe(
      true,
    );
  });
});

describe("--scale sizes", () => {
  it("reads a comma-separated list, underscores allowed, and an empty one as none", () => {
    expect(parseSizes("5,100,1_000,10000")).toEqual([5, 100, 1000, 10000]);
    expect(parseSizes("")).toEqual([]);
  });
  it("names what is valid when a size is not a whole number", () => {
    expect(() => parseSizes("5,ten")).toThrow(/--scale takes whole numbers of 1 or more.*"ten"/);
  });
});

describe("--scale-large-runs", () => {
  it("sets the page loads of sizes of 1,000 documents and over, one unless asked", () => {
    expect(parseArgs(["--scale", "1000"]).options.scaleLargeRuns).toBe(1);
    const { options } = parseArgs([
      "--scale",
      "5,1000",
      "--scale-runs",
      "5",
      "--scale-large-runs",
      "3",
    ]);
    expect([options.scaleRuns, options.scaleLargeRuns]).toEqual([5, 3]);
  });
  it("names what is valid when the count is not a whole number", () => {
    expect(() => parseArgs(["--scale-large-runs", "some"])).toThrow(/--scale-large-runs/);
  });
});
