import type { Catalog, CatalogTable } from "../../src/core/dataset/pieces/pieceTypes";
import { runtimePieces } from "../../src/functions/runtimePieces";
import { configureRuntimeDataset, resetRuntimeDataset } from "../../src/functions/runtimeDataset";
import { resetVerifiedDatasets } from "../../src/functions/verifyDataset";
import type { FakeExcel } from "../fakes/excel";
import { countingFetch } from "../functions/datasetFetch";
import { folderPieceFetch } from "../functions/pieceFetch";
import { buildReplicatedData, type ReplicatedData } from "../functions/replicatedData";
import { workbook } from "./harness";

/*
 * Refresh and Insert in a fresh session (a new piece reader, nothing cached) of a workbook whose
 * Sources sheet lists documents from every id shard: the documents come from the pieces that
 * hold them compactly (the tables' own, or the sources table's), not from one id shard each.
 */
jest.setTimeout(180_000);
let data: ReplicatedData;
let catalog: Catalog;
beforeAll(async () => {
  data = buildReplicatedData(60);
  freshSession();
  catalog = (await runtimePieces())!.catalog;
});
afterAll(() => data?.remove());

function freshSession() {
  resetRuntimeDataset();
  resetVerifiedDatasets();
  const whole = countingFetch(data.dataset);
  const pieces = folderPieceFetch(data.dir);
  configureRuntimeDataset({ fetch: whole, pieceFetch: pieces, recalculate: async () => {} });
  return { whole, fetched: () => pieces.calls.map((u) => u.replace(/^data\//, "")) };
}

const rowTables = () => catalog.tables.filter((t) => t.kind !== "sources");
const pathOf = (t: CatalogTable) => t.piece.path;

/** A workbook holding the three largest tables, inserted in an earlier session. */
async function workbookOfThree() {
  freshSession();
  const opened = (await runtimePieces())!;
  const { fake, actions } = workbook();
  const three = [...rowTables()].sort((a, b) => b.rowCount - a.rowCount).slice(0, 3);
  for (const t of three)
    await actions.insertTable(await opened.tables([t.id]), t.id, {}, "newSheet");
  expect(sourceRows(fake)).toBeGreaterThan(40);
  return { fake, actions, three };
}

function sourceRows(fake: FakeExcel): number {
  const t = fake.tables.find((x) => x.name === "PT_Sources")!;
  return t.rect.lastRow - t.rect.row;
}

describe("a cold session over a corpus of many id shards", () => {
  it("refreshes three tables fetching the catalog and their pieces, no id shard", async () => {
    const { actions, three } = await workbookOfThree();
    const { whole, fetched } = freshSession();
    const fresh = (await runtimePieces(undefined, true))!;
    const summary = await actions.refreshAll(await fresh.tables([]), () => {});
    expect(summary.tables.map((t) => [t.tableId, t.status])).toEqual(
      three.map((t) => [t.id, "unchanged"]),
    );
    expect(fetched().sort()).toEqual(["catalog.json", ...three.map(pathOf)].sort());
    expect(whole.calls).toEqual([]);
  });

  it("inserts a table of other documents reading the sources table's piece, not every id shard", async () => {
    const { fake, actions } = await workbookOfThree();
    const before = sourceRows(fake);
    const { whole, fetched } = freshSession();
    const opened = (await runtimePieces())!;
    const small = [...rowTables()].sort((a, b) => a.sourceCount - b.sourceCount)[0];
    await actions.insertTable(await opened.tables([small.id]), small.id, {}, "newSheet");
    expect(sourceRows(fake)).toBe(before);
    const sources = catalog.tables.find((t) => t.kind === "sources")!;
    expect(fetched().sort()).toEqual(
      ["catalog.json", pathOf(small), catalog.ids.path, pathOf(sources)].sort(),
    );
    expect(whole.calls).toEqual([]);
  });
});
