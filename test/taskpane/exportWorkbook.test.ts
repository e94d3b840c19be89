import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { workbookPiece, workbookRows } from "../../src/cli/workbookPiece";
import type { Dataset } from "../../src/core/dataset/schema";
import { buildWorkbook } from "../../src/export/buildWorkbook";
import { PiecedDataset } from "../../src/functions/piecedDataset";
import { PieceReader } from "../../src/functions/pieceReader";
import { runtimePieces } from "../../src/functions/runtimePieces";
import { configureRuntimeDataset, resetRuntimeDataset } from "../../src/functions/runtimeDataset";
import { resetVerifiedDatasets } from "../../src/functions/verifyDataset";
import { exportWorkbook, isShaped } from "../../src/taskpane/exportWorkbook";
import { countingFetch } from "../functions/datasetFetch";
import { folderPieceFetch, SHIPPED_DIR } from "../functions/pieceFetch";
import { buildReplicatedData, type ReplicatedData } from "../functions/replicatedData";

/*
 * Download workbook from published pieces saves the workbook the build wrote, checked by its
 * hash, instead of fetching every table and building it in the tab; it is the same workbook,
 * sheet for sheet and cell for cell, as the tab built before.
 */
jest.setTimeout(180_000);
let data: ReplicatedData;
beforeAll(() => {
  data = buildReplicatedData(60);
});
afterAll(() => data?.remove());

function session(dir: string, edit?: (path: string, bytes: Buffer) => Buffer) {
  resetRuntimeDataset();
  resetVerifiedDatasets();
  const whole = countingFetch({});
  const pieces = folderPieceFetch(dir, edit);
  configureRuntimeDataset({ fetch: whole, pieceFetch: pieces, recalculate: async () => {} });
  return { whole, fetched: () => pieces.calls.map((u) => u.replace(/^data\//, "")) };
}

/** Every sheet's name, and each cell's value and number format, as exceljs reads the file. */
async function cells(bytes: Uint8Array | ArrayBuffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as ArrayBuffer);
  return book.worksheets.map((sheet) => {
    const rows: unknown[] = [];
    sheet.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) =>
        rows.push([r, c, cell.value, cell.numFmt ?? null]),
      ),
    );
    const tables = Object.values(
      (sheet as unknown as { tables: Record<string, { table: { name: string } }> }).tables,
    ).map((t) => t.table.name);
    return { name: sheet.name, tables, rows };
  });
}

async function savedFromPieces(dir: string) {
  const s = session(dir);
  const opened = (await runtimePieces())!;
  const from = (await opened.workbookDataset()) as Dataset;
  return { ...s, opened, from, bytes: await exportWorkbook(from, undefined) };
}

describe("Download workbook from published pieces", () => {
  it("fetches the catalog and the workbook alone for a 60-document corpus, never a table", async () => {
    const { fetched, whole, opened, from, bytes } = await savedFromPieces(data.dir);
    const ref = opened.catalog.workbook!;
    expect(fetched()).toEqual(["catalog.json", ref.path]);
    expect(whole.calls).toEqual([]);
    expect(from.tables).toEqual([]);
    expect(Buffer.from(bytes as Uint8Array)).toEqual(readFileSync(join(data.dir, ref.path)));
    // The row count is only said where there is no workbook (why there is none).
    expect(opened.catalog.workbookRows).toBeUndefined();
  });

  it("saves the same workbook the tab built from every table, at 60 documents", async () => {
    const { bytes } = await savedFromPieces(data.dir);
    expect(await cells(bytes)).toEqual(await cells(await buildWorkbook(data.dataset)));
  });

  it("saves the same workbook the tab built for the shipped dataset", async () => {
    const { bytes } = await savedFromPieces(SHIPPED_DIR);
    const shipped = JSON.parse(readFileSync(join(SHIPPED_DIR, "dataset.json"), "utf8")) as Dataset;
    const saved = await cells(bytes);
    expect(saved.map((s) => s.name)).toContain("About");
    expect(saved).toEqual(await cells(await buildWorkbook(shipped)));
  });

  it("builds a workbook with a shaped table in the tab from every table, not the published file", async () => {
    const { fetched } = session(data.dir);
    const opened = (await runtimePieces())!;
    const all = await opened.tables("all");
    const id = all.tables.find((t) => t.kind === "figures")!.id;
    const bytes = await exportWorkbook(all, { [id]: { filter: "zzz-no-row-has-this" } });
    expect(fetched()).not.toContain(opened.catalog.workbook!.path);
    const sheets = await cells(bytes);
    expect(sheets.length).toBe(all.tables.length + 1); // tables but sources, Sources, About
  });

  it("refuses a workbook that is not the one the catalog lists", async () => {
    session(data.dir, (path, bytes) => (/workbook\./.test(path) ? Buffer.from("PK") : bytes));
    const opened = (await runtimePieces())!;
    const from = (await opened.workbookDataset())!;
    await expect(exportWorkbook(from, undefined)).rejects.toThrow(
      /is not the one the catalog lists .*publish the catalog and its pieces together/,
    );
  });

  it("takes only choices that change a table as shaped", () => {
    expect(isShaped(undefined)).toBe(false);
    expect(isShaped({ sanctions: {} })).toBe(false);
    expect(isShaped({ sanctions: { columns: [], filter: "", sort: null } })).toBe(false);
    expect(isShaped({ sanctions: { filter: "pill" } })).toBe(true);
    expect(isShaped({ sanctions: { columns: ["metric"] } })).toBe(true);
  });
});

describe("a corpus past the workbook bound", () => {
  it("is built without a workbook, and Download workbook names the per-table files", async () => {
    expect(await workbookPiece(data.dataset, workbookRows(data.dataset) - 1)).toBeNull();
    const catalog = JSON.parse(readFileSync(join(data.dir, "catalog.json"), "utf8"));
    const { workbook: _published, ...rest } = catalog;
    const reader = new PieceReader(folderPieceFetch(data.dir));
    const large = new PiecedDataset(
      reader,
      "data/catalog.json",
      { ...rest, workbookRows: 446_000 },
      "x",
    );
    await expect(large.workbookDataset()).rejects.toMatchObject({
      code: "not_supported",
      message: expect.stringMatching(
        /too large to download as one workbook: its tables hold 446,000 rows\. Open a table and save it with "This table as CSV" or "This table as \.xlsx"\./,
      ),
    });
    expect(large.publishedWorkbook()).toBeNull();
  });

  it("falls back to the tables where the catalog predates the published workbook", async () => {
    const catalog = JSON.parse(readFileSync(join(data.dir, "catalog.json"), "utf8"));
    const { workbook: _published, workbookRows: _rows, ...older } = catalog;
    const reader = new PieceReader(folderPieceFetch(data.dir));
    const old = new PiecedDataset(reader, "data/catalog.json", older, "x");
    await expect(old.workbookDataset()).resolves.toBeNull();
  });
});
