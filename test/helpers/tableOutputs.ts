import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import type { Conflict, Dataset } from "../../src/core/dataset/schema";
import { statedValue } from "../../src/core/dataset/statedValue";
import { dateText, MONTH_NAMES } from "../../src/core/layout/dateDisplay";
import { multipleLabel } from "../../src/core/dataset/multipleLabel";
import { shownForm } from "../../src/core/dataset/tableCell";
import { tableRecords } from "../../src/core/dataset/tableRecords";
import { toCsv } from "../../src/core/dataset/toCsv";
import { isoWeekOf } from "../../src/core/dataset/isoWeek";
import { excelNumber } from "../../src/core/layout/excelValue";
import { planTable } from "../../src/core/layout/planTable";
import { buildIndex } from "../../src/core/lookup/buildIndex";
import { tableArray } from "../../src/core/lookup/tableArray";
import { buildWorkbook } from "../../src/export/buildWorkbook";
import { workbook } from "../excel/harness";

/** A cell as people read its content: text, a number, a boolean, or an ISO date at its precision. */
export type Shown = string | number | boolean;
/** Per table id, per column key, the cells of each row in row order. */
export type TableOutput = Map<string, Map<string, Shown[]>>;

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** An ISO date cut to the precision its Excel format shows. */
function isoAtFormat(iso: string, format: string): string {
  if (format === "yyyy") return iso.slice(0, 4);
  // A week is held as its Monday under '"week of "yyyy-mm-dd'; the CSV states it as 2023-W49.
  if (/week of/.test(format)) return isoWeekOf(iso.slice(0, 10));
  if (/mmm/.test(format)) return iso.slice(0, 7);
  return iso.slice(0, 10);
}

function serialToIso(serial: number, format: string): string {
  return isoAtFormat(new Date(EXCEL_EPOCH + serial * MS_PER_DAY).toISOString(), format);
}

function byColumn(keys: string[], rows: Shown[][]): Map<string, Shown[]> {
  return new Map(keys.map((k, j) => [k, rows.map((r) => r[j])]));
}

/** The CSV file of every table, read back, each cell in the form people see it. */
export function csvOutput(dataset: Dataset): TableOutput {
  const out: TableOutput = new Map();
  for (const table of dataset.tables) {
    const [header, ...rows] = parse(toCsv(dataset, table), { bom: true }) as string[][];
    const columns = table.columns;
    const records = tableRecords(dataset, table);
    expect(header).toEqual(columns.map((c) => c.key));
    const cells = rows.map((row, i) =>
      row.map((text, j): Shown => {
        if (text === "") return "";
        const type = columns[j].type;
        // CSV states a percent as the source does (68); a cell holds it as a fraction (0.68).
        if (type === "number" || type === "integer") {
          const unit = records[i].unit;
          return excelNumber(
            Number(text),
            columns[j].unit ?? (typeof unit === "string" ? unit : null),
          );
        }
        if (type === "boolean") return text === "true";
        // CSV keeps the unit code "times"; tables say what the multiple multiplies.
        const multiple = columns[j].key === "unit" ? multipleLabel(records[i]) : null;
        const sides = conflictSidesFromCsv(dataset, records[i], columns[j].key, text);
        return (multiple ?? sides ?? shownForm(columns[j].key, text)) as Shown;
      }),
    );
    out.set(table.id, byColumn(header, cells));
  }
  return out;
}

/**
 * A conflict's value and date lines as the CSV states them (107000, 2023-10), in the words a
 * table shows people: each line through the side's own unit and qualifier, or its precision.
 */
function conflictSidesFromCsv(
  dataset: Dataset,
  record: object,
  key: string,
  text: string,
): string | undefined {
  if (!("sides" in record) || !["sides.*.value", "sides.*.date"].includes(key)) return undefined;
  const sides = (record as Conflict).sides;
  return text
    .split("\n")
    .map((line, i) => {
      if (line === "") return "";
      if (key === "sides.*.date") return dateText(line);
      const figure = dataset.figures.find((f) => f.id === sides[i].ref);
      return figure ? statedValue({ ...figure, value: Number(line) }) : line;
    })
    .join("\n");
}

/** =POLICY.TABLE(id) of every table. */
export function policyTableOutput(dataset: Dataset): TableOutput {
  const index = buildIndex(dataset);
  const out: TableOutput = new Map();
  for (const table of dataset.tables) {
    const [, ...rows] = tableArray(index, table.id);
    // TABLE shows a month as the tables do ("Nov 2023"); compared here as its ISO month.
    const dated = table.columns.map((c) => c.type === "date");
    const iso = rows.map((row) => row.map((cell, j) => (dated[j] ? isoOfShown(cell) : cell)));
    out.set(
      table.id,
      byColumn(
        table.columns.map((c) => c.key),
        iso,
      ),
    );
  }
  return out;
}

/** "Nov 2023" back to "2023-11", "week of 2023-12-04" to "2023-W49"; a day or a year is already ISO. */
function isoOfShown<T>(cell: T): T | string {
  const week = typeof cell === "string" ? /^week of (\d{4}-\d{2}-\d{2})$/.exec(cell) : null;
  if (week) return isoWeekOf(week[1]);
  const m = typeof cell === "string" ? /^([A-Z][a-z]{2}) (\d{4})$/.exec(cell) : null;
  if (!m) return cell;
  const month = MONTH_NAMES.findIndex((name) => name.startsWith(m[1])) + 1;
  return `${m[2]}-${String(month).padStart(2, "0")}`;
}

/** Every table inserted by the add-in (default columns) into the Excel fake, read back. */
export async function excelInsertOutput(dataset: Dataset): Promise<TableOutput> {
  const { fake, actions } = workbook();
  const out: TableOutput = new Map();
  for (const table of dataset.tables) {
    const inserted = await actions.insertTable(dataset, table.id, {}, "newSheet");
    const plan = planTable(dataset, table.id);
    const t = fake.table(inserted.tableName)!;
    const [, ...rows] = fake.values(inserted.address);
    const cells = rows.map((row, i) =>
      row.map((v, j): Shown => {
        if (plan.columns[j].type === "date" && typeof v === "number")
          return serialToIso(v, fake.getCell(t.sheet, i + 1, j).format);
        return v as Shown;
      }),
    );
    out.set(
      table.id,
      byColumn(
        plan.columns.map((c) => c.key),
        cells,
      ),
    );
  }
  return out;
}

/** The exported workbook (every table, default columns), reopened with exceljs. */
export async function xlsxOutput(dataset: Dataset): Promise<TableOutput> {
  const book = new ExcelJS.Workbook();
  const ids = dataset.tables.map((t) => t.id);
  await book.xlsx.load((await buildWorkbook(dataset, {}, { tables: ids })).buffer as ArrayBuffer);
  const out: TableOutput = new Map();
  for (const table of dataset.tables) {
    const plan = planTable(dataset, table.id);
    const sheet = book.worksheets.find((w) => w.name === planSheet(book, plan.tableName))!;
    const cells: Shown[][] = [];
    for (let r = 2; r <= plan.values.length + 1; r++) {
      cells.push(
        plan.columns.map((_, j): Shown => {
          const cell = sheet.getRow(r).getCell(j + 1);
          const v = cell.value;
          if (v === null || v === undefined) return "";
          if (v instanceof Date) return isoAtFormat(v.toISOString(), cell.numFmt);
          if (typeof v === "object" && "text" in v) return String(v.text);
          return v as Shown;
        }),
      );
    }
    out.set(
      table.id,
      byColumn(
        plan.columns.map((c) => c.key),
        cells,
      ),
    );
  }
  return out;
}

/** The sheet holding the Excel table of this name. */
function planSheet(book: ExcelJS.Workbook, tableName: string): string {
  const sheet = book.worksheets.find((w) =>
    Object.keys((w as unknown as { tables: object }).tables).includes(tableName),
  );
  if (!sheet) throw new Error(`No sheet holds table ${tableName}`);
  return sheet.name;
}
