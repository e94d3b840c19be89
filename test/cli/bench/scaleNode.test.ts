import { existsSync } from "node:fs";
import { join } from "node:path";
import { measureNode, TABLE_CALL } from "../../../src/cli/bench/scaleNode";
import { serveGzip } from "../../../src/cli/bench/serveGzip";
import { excelValue } from "../../../src/core/layout/excelValue";
import { shippedDataset } from "../../excel/shippedDataset";

/*
 * The scale bench's Node figures over the shipped site: the first POLICY.VALUE must measure
 * what the functions runtime does in the add-in (catalog and id shards), not a whole-dataset
 * load the runtime no longer makes for one id.
 */
const DIST = join(__dirname, "../../../dist");

jest.setTimeout(120_000);

describe("measureNode over the served shipped dataset", () => {
  const dataset = shippedDataset();
  const figure = dataset.figures[dataset.figures.length - 1];
  let result: Awaited<ReturnType<typeof measureNode>>;
  beforeAll(async () => {
    if (!existsSync(join(DIST, "data", "catalog.json")))
      throw new Error("dist/data/catalog.json is missing: run `npm run dataset` first.");
    const server = await serveGzip(DIST);
    try {
      result = await measureNode(server, figure.id);
    } finally {
      await server.close();
    }
  });

  it("answers the first POLICY.VALUE from the catalog and id shards, never dataset.json", () => {
    expect(result.value.answer).toBe(String(excelValue(figure)));
    const paths = result.value.fetched.map((f) => f.path);
    expect(paths[0]).toBe("/data/catalog.json");
    expect(paths.slice(1).length).toBeGreaterThan(0);
    expect(paths.slice(1).every((p) => p.startsWith("/data/pieces/ids"))).toBe(true);
    expect(result.value.fetched.every((f) => f.bodyBytes > 0)).toBe(true);
  });

  it("answers the first POLICY.LOOKUP from the catalog and lookup pieces, never dataset.json", () => {
    expect(result.lookup.answer).toBe(String(excelValue(figure)));
    const paths = result.lookup.fetched.map((f) => f.path);
    expect(paths).not.toContain("/data/dataset.json");
    expect(paths.some((p) => p.startsWith("/data/pieces/lookup"))).toBe(true);
  });

  it("answers the first TABLE, SEARCH and VERSION from their pieces, never dataset.json", () => {
    const paths = (call?: { fetched: { path: string }[] }) => call!.fetched.map((f) => f.path);
    const table = dataset.tables.find((t) => t.id === TABLE_CALL[0])!;
    expect(result.table!.answer).toBe(`${table.rows.length} rows × 3 columns`);
    expect(paths(result.table)).toEqual([
      "/data/catalog.json",
      expect.stringMatching(new RegExp(`^/data/pieces/tables/${table.id}\\.[0-9a-f]+\\.json$`)),
    ]);
    expect(result.search!.answer).toMatch(/^\d+ rows × 5 columns$/);
    expect(paths(result.search)).not.toContain("/data/dataset.json");
    expect(paths(result.search).some((p) => p.startsWith("/data/pieces/search"))).toBe(true);
    expect(result.version!.answer).toBe(
      `${dataset.version} (sha ${dataset.contentHash.slice(0, 8)})`,
    );
    expect(paths(result.version)).toEqual(["/data/catalog.json"]);
  });

  it("times VALUE and LOOKUP again in the warm runtime, per call over runs", () => {
    for (const call of [result.value, result.lookup]) {
      expect(call.warm).toMatchObject({ calls: 500, errors: 0 });
      expect(call.warm!.microsPerCall).toHaveLength(5);
      expect(call.warm!.medianMicros).toBeGreaterThan(0);
    }
  });

  it("refreshes three tables", () => {
    expect(result.refresh).toMatchObject({ completed: true });
    expect(result.refresh.problem).toBeUndefined();
    expect(result.refresh.tables).toHaveLength(3);
  });

  it("refreshes as the pane does: the catalog anew, the tables' pieces held by their hash, never dataset.json", () => {
    // The inserts fetched the three tables' pieces; the catalog lists the same hashes again.
    expect(result.refresh.fetched).toEqual(["/data/catalog.json"]);
    expect(result.refresh.bytes).toBeGreaterThan(0);
  });

  it("refreshes the same workbook in a fresh runtime fetching the catalog and the three tables' pieces only", () => {
    const cold = result.refresh.cold!;
    expect(cold).toMatchObject({ completed: true, tables: result.refresh.tables });
    expect(cold.fetched![0]).toBe("/data/catalog.json");
    expect(cold.fetched!.slice(1).sort()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\/data\/pieces\/tables\//)]),
    );
    expect(cold.fetched!.filter((p) => !p.startsWith("/data/pieces/tables/"))).toEqual([
      "/data/catalog.json",
    ]);
    expect(cold.fetched).toHaveLength(4);
    expect(cold.bytes).toBeGreaterThan(result.refresh.bytes!);
  });
});
