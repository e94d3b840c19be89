import ExcelJS from "exceljs";
import { buildIndex } from "../../src/core/lookup/buildIndex";
import { policyFormulas } from "../../src/core/lookup/policyFormulas";
import type { Figure } from "../../src/core/dataset/schema";
import { buildWorkbook } from "../../src/export/buildWorkbook";
import { decodeTags, readTagPiece } from "../../src/core/layout/tableTag";
import { workbook } from "./harness";
import { displayCell } from "../../src/taskpane/views/format";
import { shippedDataset } from "./shippedDataset";

/**
 * Every Excel output holds a figure stated in percent as its fraction, shown with Excel's
 * scaling "%" format at the precision the source gives: a cell showing 68% holds 0.68.
 */
const dataset = shippedDataset();
const index = buildIndex(dataset);
const percents = dataset.figures.filter((f) => f.unit === "percent");
const byId = new Map(dataset.figures.map((f) => [f.id, f]));

/** The cell's number times 100, rounded off float noise: 0.6667 * 100 gives 66.67. */
const times100 = (v: unknown) => (typeof v === "number" ? Number((v * 100).toPrecision(12)) : v);
const decimalsOf = (n: number) => (String(n).split(".")[1] ?? "").length;
const shownPercent = (f: Figure) => `${f.value.toFixed(decimalsOf(f.value))}%`;

describe("percent figures in Excel", () => {
  it("the shipped dataset has percent figures, one with two decimals", () => {
    expect(percents.length).toBeGreaterThan(5);
    expect(percents.some((f) => decimalsOf(f.value) === 2)).toBe(true);
  });

  it("an inserted table holds each percent as its fraction and shows the stated number", async () => {
    const { fake, actions } = workbook();
    const display = (sheet: string, row: number, col: number) =>
      fake.cell(`${sheet}!${String.fromCharCode(65 + col)}${row + 1}`).text;
    const seen = new Set<string>();
    for (const table of dataset.tables.filter((t) => t.kind === "figures")) {
      const inserted = await actions.insertTable(
        dataset,
        table.id,
        { columns: ["id", "value"] },
        "newSheet",
      );
      const t = fake.table(inserted.tableName)!;
      const values = fake.values(inserted.address);
      values.slice(1).forEach((row, i) => {
        const f = byId.get(String(row[0]))!;
        if (f.unit !== "percent") return;
        seen.add(f.id);
        const cell = fake.getCell(t.sheet, t.rect.row + i + 1, t.rect.col + 1);
        expect([f.id, times100(cell.value)]).toEqual([f.id, f.value]);
        expect([f.id, cell.format]).toEqual([
          f.id,
          decimalsOf(f.value) ? `0.${"0".repeat(decimalsOf(f.value))}%` : "0%",
        ]);
        expect([f.id, display(t.sheet.name, t.rect.row + i + 1, t.rect.col + 1)]).toEqual([
          f.id,
          shownPercent(f),
        ]);
      });
    }
    expect([...seen].sort()).toEqual(percents.map((f) => f.id).sort());
  });

  it("a single figure, as a value or a POLICY.VALUE formula, is a fraction under a % format", async () => {
    for (const f of percents) {
      const { fake, actions } = workbook();
      fake.select("Sheet1!B2");
      await actions.insertFigure(dataset, f.id, "value");
      expect([f.id, times100(fake.cell("Sheet1!B2").value)]).toEqual([f.id, f.value]);
      expect([f.id, fake.cell("Sheet1!B2").text]).toEqual([f.id, shownPercent(f)]);
      fake.select("Sheet1!C3");
      await actions.insertFigure(dataset, f.id, "formula");
      expect(fake.cell("Sheet1!C3").format).toBe(fake.cell("Sheet1!B2").format);
    }
  });

  it("POLICY.VALUE, LOOKUP, FIELD, TABLE, SEARCH and CARD return the fraction", () => {
    for (const f of percents) {
      const stated = (v: unknown) => [f.id, times100(v)];
      expect(stated(policyFormulas.value(index, f.id))).toEqual([f.id, f.value]);
      expect(stated(policyFormulas.lookup(index, f.id))).toEqual([f.id, f.value]);
      expect(stated(policyFormulas.lookup(index, f.id, "", "", "value"))).toEqual([f.id, f.value]);
      expect(stated(policyFormulas.field(index, f.id, "value"))).toEqual([f.id, f.value]);
      expect(stated(policyFormulas.card(index, f.id, false))).toEqual([f.id, f.value]);
      const card = policyFormulas.card(index, f.id, true);
      if (typeof card !== "object") throw new Error("expected an entity card");
      expect(stated(card.properties.Value.basicValue)).toEqual([f.id, f.value]);
      expect(card.text).toBe(`${f.value}%`);
      // The card's Value field shows the stated number too, as an inserted cell does.
      expect(card.properties.Value).toMatchObject({ type: "FormattedNumber" });
      const { basicValue, numberFormat } = card.properties.Value as {
        basicValue: number;
        numberFormat: string;
      };
      expect([f.id, displayCell(basicValue, numberFormat)]).toEqual([f.id, `${f.value}%`]);
      const search = policyFormulas.search(index, f.id.replace(/-/g, " "), 500);
      const hit = search.find((r) => r[0] === f.id)!;
      expect(stated(hit[1])).toEqual([f.id, f.value]);
    }
    for (const table of dataset.tables.filter((t) => t.kind === "figures")) {
      const rows = policyFormulas.table(index, table.id, "id,value");
      for (const [id, value] of rows.slice(1)) {
        const f = byId.get(String(id))!;
        expect([f.id, f.unit === "percent" ? times100(value) : value]).toEqual([f.id, f.value]);
      }
    }
  });

  it('POLICY.TABLE filters a percent by the fraction its cell holds, or as "50%"', () => {
    const rows = (filter: string) =>
      policyFormulas
        .table(index, "all-figures", "id", filter)
        .slice(1)
        .map((r) => r[0])
        .sort();
    const half = percents
      .filter((f) => f.value >= 50)
      .map((f) => f.id)
      .sort();
    expect(rows("unit = percent; value >= 50%")).toEqual(half);
    expect(rows("unit = percent; value >= 0.5")).toEqual(half);
  });

  it("the exported workbook, read back with exceljs, holds fractions under % formats", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await buildWorkbook(dataset)).buffer as ArrayBuffer);
    const seen = new Set<string>();
    book.eachSheet((sheet) => {
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      const idAt = header.findIndex((h) => String(h).toLowerCase() === "id") + 1;
      const valueAt = header.indexOf("Value") + 1;
      if (idAt === 0 || valueAt === 0) return;
      sheet.eachRow((row, r) => {
        const f = byId.get(String(row.getCell(idAt).value));
        if (r === 1 || f?.unit !== "percent") return;
        seen.add(f.id);
        const cell = row.getCell(valueAt);
        expect([f.id, times100(cell.value)]).toEqual([f.id, f.value]);
        expect(cell.numFmt).toMatch(/^0(\.0+)?%$/);
      });
    });
    expect([...seen].sort()).toEqual(percents.map((f) => f.id).sort());
  });

  it("refresh turns a percent an older version wrote as 68 into 0.68, as a value it wrote", async () => {
    const f = percents.find((p) => p.value === 68)!;
    const table = dataset.tables.find((t) => t.id === "overdose-deaths")!;
    expect(table.rows).toContain(f.id);
    // Older versions wrote the stated number: inserting a dataset whose percents are 100 times
    // larger writes exactly those cells, and tags them with the hashes of those numbers.
    const older = structuredClone(dataset);
    for (const g of older.figures) if (g.unit === "percent") g.value *= 100;
    const { fake, actions } = workbook();
    const inserted = await actions.insertTable(
      older,
      table.id,
      { columns: ["id", "value"] },
      "selection",
    );
    const t = fake.table(inserted.tableName)!;
    const row = fake.values(inserted.address).findIndex((r) => r[0] === f.id);
    const at = `${t.sheet.name}!${String.fromCharCode(66 + t.rect.col)}${t.rect.row + row + 1}`;
    fake.getCell(t.sheet, t.rect.row + row, t.rect.col + 1).format = '0"%"';
    expect(fake.cell(at)).toMatchObject({ value: 68, text: "68%" });

    const summary = await actions.refreshAll(dataset);
    expect(summary.tables[0]).toMatchObject({ status: "updated", conflicts: [] });
    expect(summary.tables[0].valuesChanged).toBe(
      table.rows.filter((id) => byId.get(id)!.unit === "percent").length,
    );
    expect(fake.cell(at)).toMatchObject({ value: 0.68, format: "0%", text: "68%" });
    const tag = decodeTags(fake.parts.map((p) => readTagPiece(p.xml)!)).tags[0];
    const again = await actions.refreshAll(dataset);
    expect(again.tables[0]).toMatchObject({ valuesChanged: 0, conflicts: [] });
    expect(tag.datasetVersion).toBe(dataset.version);
  });
});
