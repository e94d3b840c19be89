import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { workbookPiece, workbookRows, WORKBOOK_ROW_LIMIT } from "../../src/cli/workbookPiece";
import type { Catalog } from "../../src/core/dataset/pieces/pieceTypes";
import { buildWorkbook } from "../../src/export/buildWorkbook";
import { shippedDataset } from "../excel/shippedDataset";
import { SHIPPED_DIR } from "../functions/pieceFetch";
import { libreOfficeSheets } from "../helpers/libreOfficeSheets";

/** The published workbook: stable bytes, listed in the catalog, and as readable as the tab's. */
jest.setTimeout(180_000);
describe("workbookPiece", () => {
  const dataset = shippedDataset();

  it("gives the same bytes for the same dataset, whatever the clock says", async () => {
    const first = await workbookPiece(dataset);
    jest.useFakeTimers({
      now: new Date("2031-05-05T10:00:00Z"),
      doNotFake: ["setImmediate", "nextTick"],
    });
    try {
      expect(Buffer.from((await workbookPiece(dataset))!)).toEqual(Buffer.from(first!));
    } finally {
      jest.useRealTimers();
    }
  });

  it("is what the shipped catalog lists and the build wrote beside it", async () => {
    const catalog = JSON.parse(readFileSync(join(SHIPPED_DIR, "catalog.json"), "utf8")) as Catalog;
    const bytes = (await workbookPiece(dataset))!;
    expect(catalog.workbook).toMatchObject({ bytes: bytes.byteLength });
    expect(catalog.workbookRows).toBeUndefined();
    expect(readFileSync(join(SHIPPED_DIR, catalog.workbook!.path))).toEqual(Buffer.from(bytes));
  });

  it("counts every table's rows but the sources table's, and the Sources sheet's", () => {
    const rows = dataset.tables
      .filter((t) => t.kind !== "sources")
      .reduce((n, t) => n + t.rows.length, dataset.sources.length);
    expect(workbookRows(dataset)).toBe(rows);
    expect(rows).toBeLessThan(WORKBOOK_ROW_LIMIT);
  });

  it("opens in LibreOffice with every sheet and cell the tab's workbook shows", async () => {
    const work = mkdtempSync(join(tmpdir(), "workbook-piece-"));
    try {
      const published = libreOfficeSheets((await workbookPiece(dataset))!, work);
      const built = libreOfficeSheets(await buildWorkbook(dataset), work);
      expect([...published.keys()]).toEqual(expect.arrayContaining(["About", "Sources"]));
      expect(published.size).toBe(dataset.tables.length + 1);
      expect(published).toEqual(built);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
