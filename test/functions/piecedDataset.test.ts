import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as PieceSchemas from "../../src/core/dataset/pieces/parseTablePiece";
import type { Catalog, TablePiece } from "../../src/core/dataset/pieces/pieceTypes";
import { planTable } from "../../src/core/layout/planTable";
import * as F from "../../src/functions/functions";
import { runtimePieces } from "../../src/functions/runtimePieces";
import { configureRuntimeDataset, resetRuntimeDataset } from "../../src/functions/runtimeDataset";
import { resetTrustedCatalogs, trustCatalog } from "../../src/functions/checkedPieces";
import {
  ensureValidated,
  resetVerifiedDatasets,
  validationCount,
} from "../../src/functions/verifyDataset";
import { shippedDataset } from "../excel/shippedDataset";
import { installCustomFunctions } from "./customFunctionsGlobal";
import { countingFetch } from "./datasetFetch";
import { folderPieceFetch, SHIPPED_DIR } from "./pieceFetch";

const dataset = shippedDataset();
const catalogBytes = readFileSync(join(SHIPPED_DIR, "catalog.json"));
const catalog = JSON.parse(catalogBytes.toString("utf8")) as Catalog;
const catalogSha256 = createHash("sha256").update(catalogBytes).digest("hex");
const runtime = installCustomFunctions();
afterAll(() => runtime.uninstall());

function pieced(edit?: Parameters<typeof folderPieceFetch>[1]) {
  resetRuntimeDataset();
  resetVerifiedDatasets();
  resetTrustedCatalogs();
  const whole = countingFetch(dataset);
  const pieces = folderPieceFetch(undefined, edit);
  configureRuntimeDataset({ fetch: whole, pieceFetch: pieces, recalculate: async () => {} });
  return { whole, pieces };
}

/**
 * A server holding a table piece whose records break the schema, listed by a catalog with
 * that piece's own hash: only a schema check can refuse it.
 */
function brokenPiece(tableId: string) {
  const entry = catalog.tables.find((t) => t.id === tableId)!;
  const piece = JSON.parse(readFileSync(join(SHIPPED_DIR, entry.piece.path), "utf8")) as TablePiece;
  (piece.figures[0] as { value: unknown }).value = "=1+1";
  const bytes = Buffer.from(JSON.stringify(piece));
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const edited: Catalog = {
    ...catalog,
    tables: catalog.tables.map((t) =>
      t.id === tableId ? { ...t, piece: { ...t.piece, sha256, bytes: bytes.length } } : t,
    ),
  };
  return (path: string, original: Buffer) =>
    path.endsWith("catalog.json")
      ? Buffer.from(JSON.stringify(edited))
      : path.endsWith(entry.piece.path)
        ? bytes
        : original;
}

const figuresTable = dataset.tables.find((t) => t.kind === "figures")!.id;

describe("PiecedDataset", () => {
  it("reads a table from the catalog and its one piece, never dataset.json, and plans it as the whole dataset", async () => {
    const { whole, pieces } = pieced();
    const table = dataset.tables[2];
    const cut = await (await runtimePieces())!.tables([table.id]);
    expect(planTable(cut, table.id)).toEqual(planTable(dataset, table.id));
    expect(pieces.calls).toEqual([
      "data/catalog.json",
      `data/${catalog.tables.find((t) => t.id === table.id)!.piece.path}`,
    ]);
    expect(whole.calls).toEqual([]);
  });

  it("lets a write from checked pieces through without validating a whole dataset", async () => {
    pieced();
    trustCatalog(catalogSha256);
    const cut = await (await runtimePieces())!.tables([figuresTable]);
    const before = validationCount();
    await ensureValidated(cut);
    expect(validationCount()).toBe(before);
    // A copy was not cut from checked pieces: it is validated in full, and fails without texts.
    await expect(ensureValidated({ ...cut })).rejects.toThrow(/The dataset is invalid/);
  });

  it("checks the pieces of a catalog not known to be valid against the record schemas", async () => {
    pieced(brokenPiece(figuresTable));
    const pieces = (await runtimePieces())!;
    await expect(pieces.tables([figuresTable])).rejects.toThrow(
      /The table piece at data\/pieces\/tables\/[^ ]+ is invalid[^]*figures\[0\][^]*value/,
    );
  });

  it("trusts the pieces of the catalog the add-in shipped with by their hashes alone", async () => {
    const { pieces } = pieced();
    trustCatalog(catalogSha256);
    const schemaCheck = jest.spyOn(PieceSchemas, "parseTablePiece");
    await (await runtimePieces())!.tables([figuresTable]);
    expect(schemaCheck).not.toHaveBeenCalled();
    expect(pieces.calls).toHaveLength(2);
    pieced();
    await (await runtimePieces())!.tables([figuresTable]);
    expect(schemaCheck).toHaveBeenCalledTimes(1);
    schemaCheck.mockRestore();
    // The same identity in other bytes is only a claim: its pieces are checked.
    pieced(brokenPiece(figuresTable));
    trustCatalog(catalogSha256);
    await expect((await runtimePieces())!.tables([figuresTable])).rejects.toThrow(/is invalid/);
  });

  it("checks each piece once across reads, and the catalog again only when asked to", async () => {
    const { pieces } = pieced();
    const first = (await runtimePieces())!;
    await first.tables([figuresTable]);
    await first.tables([figuresTable, dataset.tables[1].id]);
    expect(await runtimePieces()).toBe(first);
    const again = (await runtimePieces(undefined, true))!;
    expect(again).not.toBe(first);
    await again.tables([figuresTable]);
    expect(pieces.calls.filter((u) => u.endsWith("catalog.json"))).toHaveLength(2);
    expect(new Set(pieces.calls.filter((u) => !u.endsWith("catalog.json"))).size).toBe(
      pieces.calls.length - 2,
    );
  });

  it("shares the functions' catalog and checked pieces with the pane", async () => {
    const { pieces } = pieced();
    await F.value(dataset.figures[0].id);
    const read = pieces.calls.length;
    const shared = (await runtimePieces())!;
    await shared.record(dataset.figures[0].id);
    expect(pieces.calls).toHaveLength(read);
  });

  it("names the tables it has when asked for one it has not", async () => {
    pieced();
    await expect((await runtimePieces())!.tables(["no-such-table"])).rejects.toThrow(
      new RegExp(`has no table "no-such-table"; its tables are ${dataset.tables[0].id}, `),
    );
  });

  it("adds the documents a Sources sheet lists, and has none where there is no catalog", async () => {
    pieced();
    const docs = dataset.sources.map((s) => s.id);
    const cut = await (await runtimePieces())!.tables([], docs);
    expect(cut.sources.map((s) => s.id)).toEqual(docs);
    expect(await runtimePieces("https://data.example/other.json")).toBeNull();
    expect(await runtimePieces("data/elsewhere/dataset.json")).toBeNull();
  });
});
