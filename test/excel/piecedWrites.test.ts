import { planPieces } from "../../src/core/dataset/pieces/planPieces";
import type { TablePiece } from "../../src/core/dataset/pieces/pieceTypes";
import type { FakeExcel } from "../fakes/excel";
import { runtimePieces } from "../../src/functions/runtimePieces";
import { configureRuntimeDataset, resetRuntimeDataset } from "../../src/functions/runtimeDataset";
import { resetVerifiedDatasets, validationCount } from "../../src/functions/verifyDataset";
import { countingFetch } from "../functions/datasetFetch";
import { folderPieceFetch } from "../functions/pieceFetch";
import { shippedDataset } from "./shippedDataset";
import { workbook } from "./harness";

/** Inserts and refreshes from a dataset cut from the published pieces (issue 15). */
const dataset = shippedDataset();
const tablePieces = new Map(
  planPieces(dataset).catalog.tables.map((t) => [t.id, t.piece.path] as const),
);

function served() {
  resetRuntimeDataset();
  resetVerifiedDatasets();
  const whole = countingFetch(dataset);
  const pieces = folderPieceFetch();
  configureRuntimeDataset({ fetch: whole, pieceFetch: pieces, recalculate: async () => {} });
  return { whole, pieces };
}

function sourcesOf(fake: FakeExcel) {
  const t = fake.tables.find((x) => x.name === "PT_Sources")!;
  const r = t.rect;
  const col = (n: number) => String.fromCharCode(65 + n);
  return fake.values(`${r.sheet}!${col(r.col)}${r.row + 1}:${col(r.lastCol)}${r.lastRow + 1}`);
}

// What a table's piece knows of documents: those its records (and their facts' other
// statements) come from.
const planned = planPieces(dataset);
const docsOf = (tableId: string) => {
  const ref = planned.catalog.tables.find((t) => t.id === tableId)!.piece;
  const piece = JSON.parse(planned.files.find((f) => f.path === ref.path)!.content) as TablePiece;
  return new Set(piece.sources.map((s) => s.id));
};
// Two tables where the second's piece knows none of some documents the first lists.
const [first, second] = (() => {
  const ids = dataset.tables.filter((t) => t.kind !== "sources").map((t) => t.id);
  for (const a of ids)
    for (const b of ids)
      if (docsOf(b).size && [...docsOf(a)].some((d) => !docsOf(b).has(d))) return [a, b];
  throw new Error("the shipped dataset has no two tables of different documents");
})();

describe("writes from a dataset cut from pieces", () => {
  it("keeps every document the Sources sheet listed when a table of other documents is inserted", async () => {
    served();
    const pieces = (await runtimePieces())!;
    const { fake, actions } = workbook();
    await actions.insertTable(await pieces.tables([first]), first, {}, "newSheet");
    await actions.insertTable(await pieces.tables([second]), second, {}, "newSheet");

    const whole = workbook();
    await whole.actions.insertTable(dataset, first, {}, "newSheet");
    await whole.actions.insertTable(dataset, second, {}, "newSheet");
    console.log(
      first,
      second,
      JSON.stringify(sourcesOf(fake).map((r) => r[0])),
      JSON.stringify(sourcesOf(whole.fake).map((r) => r[0])),
    );
    expect(sourcesOf(fake)).toEqual(sourcesOf(whole.fake));
    expect(sourcesOf(fake).length).toBeGreaterThan(docsOf(second).size + 1);
  });

  it("refreshes from the tables the workbook holds, fetching their pieces and never dataset.json", async () => {
    const { whole, pieces: served_ } = served();
    const { fake, actions } = workbook();
    const three = dataset.tables.slice(0, 3).map((t) => t.id);
    for (const id of three) await actions.insertTable(dataset, id, {}, "newSheet");
    fake.type("Sheet1!A1", "mine");

    const pieces = (await runtimePieces(undefined, true))!;
    const validations = validationCount();
    const summary = await actions.refreshAll(await pieces.tables([]), () => {});
    expect(summary.tables.map((t) => [t.tableId, t.status])).toEqual(
      three.map((id) => [id, "unchanged"]),
    );
    const fetched = served_.calls.map((u) => u.replace(/^data\//, ""));
    const tablesFetched = fetched.filter((u) => u.startsWith("pieces/tables/"));
    expect(tablesFetched.sort()).toEqual(three.map((id) => tablePieces.get(id)!).sort());
    expect(fetched.filter((u) => u.startsWith("pieces/docs/"))).toEqual([]);
    expect(whole.calls).toEqual([]);
    expect(validationCount()).toBe(validations);
    expect(fake.cell("Sheet1!A1").value).toBe("mine");
  });
});
