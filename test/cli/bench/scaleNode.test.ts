import { existsSync } from "node:fs";
import { join } from "node:path";
import { measureNode } from "../../../src/cli/bench/scaleNode";
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
