import type { Column, Dataset } from "../dataset/schema";
import { excelDateSerialIn, type DateSystem } from "../lookup/excelDate";
import { cellHash } from "./cellHash";
import { excelNumber } from "./excelValue";
import { dateFormat, numberFormat, TEXT_FORMAT } from "./numberFormats";
import { fitText, type CellValue } from "./safeText";
import { badArgument } from "../errors";
import { rowFilter } from "../lookup/tableArray";
import { availableColumns, chosenColumns, findTable, readColumn } from "./tableColumns";
import { tableRecords } from "../dataset/tableRecords";
import { SOURCES_SHEET_NAME, SOURCES_TABLE_NAME, sheetName, tableName } from "./tableName";
import type { TableChoice } from "./workbookTypes";

export interface PlannedColumn {
  key: string;
  title: string;
  type: Column["type"];
  /** The format of every cell of the column, or null when rows differ (units, date precision). */
  format: string | null;
  /** Width in characters of the default font (Excel's column width unit). */
  width: number;
  /** Cells hold URLs written as hyperlinks. */
  link: boolean;
}

/** Everything both writers (Office.js and exceljs) need to put one table into a workbook. */
export interface CellPlan {
  tableId: string;
  title: string;
  /** Unique among the names passed in, "PT_" + the table id in CamelCase. */
  tableName: string;
  /** A valid, unique sheet name for "insert on a new sheet" and the exported workbook. */
  sheetName: string;
  columns: PlannedColumn[];
  header: string[];
  /**
   * Body rows: numbers as Excel holds them (a percent as its fraction, excelValue.ts), dates as
   * Excel serials, text as text, null for empty.
   */
  values: CellValue[][];
  /** Body rows: "@" on text, the unit's format on numbers, the precision's format on dates. */
  numberFormats: string[][];
  /** The record id of each body row. */
  rowIds: string[];
  /** cellHash of each body cell as Excel will return it. */
  hashes: string[][];
  /** Documents the rows come from, for the Sources sheet. */
  docs: string[];
  datasetVersion: string;
  contentHash: string;
  choice: TableChoice;
}

export interface PlanOptions {
  /** Table names already in the workbook. */
  existingTableNames?: readonly string[];
  /** Sheet names already in the workbook. */
  existingSheetNames?: readonly string[];
  /** The workbook's date system; dates are written as its serials (1900 when not given). */
  dateSystem?: DateSystem;
}

/**
 * Plans one dataset table as cells, honouring the user's choice of columns, filter and sort.
 * Pure: the Office.js writer and the exceljs export both execute this plan.
 * @example planTable(dataset, "sanctions", {}).tableName // "PT_Sanctions"
 */
export function planTable(
  dataset: Dataset,
  tableId: string,
  choice: TableChoice = {},
  options: PlanOptions = {},
): CellPlan {
  const table = findTable(dataset, tableId);
  const columns = chosenColumns(dataset, tableId, choice);
  let records = tableRecords(dataset, table);
  const raw = (r: (typeof records)[number], key: string) => readColumn(dataset, r, key);

  if (choice.where?.trim()) records = records.filter(rowFilter(dataset, table, choice.where));
  const needle = choice.filter?.trim().toLowerCase();
  if (needle) {
    const searched = freeTextColumns(columns);
    records = records.filter((r) =>
      searched.some((c) => displayText(raw(r, c.key)).toLowerCase().includes(needle)),
    );
  }
  if (choice.sort) {
    const { key, direction } = choice.sort;
    const keys = availableColumns(dataset, tableId).map((c) => c.key);
    if (!keys.includes(key)) {
      throw badArgument("sort key", key, `column keys of table "${tableId}": ${keys.join(", ")}`);
    }
    const sign = direction === "descending" ? -1 : 1;
    records = records
      .map((r, i) => ({ r, i, v: raw(r, key) }))
      .sort((a, b) => compareRaw(a.v, b.v, sign) || a.i - b.i)
      .map((x) => x.r);
  }

  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const docs = new Set<string>();
  for (const record of records) {
    const unit = typeof record.unit === "string" ? record.unit : null;
    const row: CellValue[] = [];
    const formats: string[] = [];
    for (const column of columns) {
      const [value, format] = cell(
        column,
        raw(record, column.key),
        unit,
        options.dateSystem ?? "1900",
      );
      row.push(value);
      formats.push(format);
    }
    values.push(row);
    numberFormats.push(formats);
    const doc = (record.source as { doc?: string } | undefined)?.doc;
    if (doc) docs.add(doc);
    else if (table.kind === "sources") docs.add(record.id);
  }

  const header = uniqueTitles(columns.map((c) => c.title));
  return {
    tableId,
    title: table.title,
    // A dataset table with the id "sources" must not take the Sources list's name or sheet.
    tableName: tableName(tableId, [...(options.existingTableNames ?? []), SOURCES_TABLE_NAME]),
    sheetName: sheetName(table.title, [...(options.existingSheetNames ?? []), SOURCES_SHEET_NAME]),
    columns: columns.map((c, j) => ({
      key: c.key,
      title: header[j],
      type: c.type,
      format: uniform(numberFormats.map((f) => f[j])) ?? (values.length ? null : defaultFormat(c)),
      width: columnWidth(header[j], values, j, c.type),
      link: c.type === "string" && /(^|\.)url$/.test(c.key),
    })),
    header,
    values,
    numberFormats,
    rowIds: records.map((r) => r.id),
    hashes: values.map((row) => row.map(cellHash)),
    docs: [...docs].sort(),
    datasetVersion: dataset.version,
    contentHash: dataset.contentHash,
    choice,
  };
}

/**
 * Where a row came from (its quote, the document's URL and id) rather than what it says: free
 * text over them kept almost every row ("2023" is in most quotes and URLs of 2023 documents).
 */
const PROVENANCE_KEYS = new Set(["source.quote", "source.url", "source.doc"]);

/**
 * The chosen columns free text searches: all but the provenance ones, unless those are all
 * that is chosen (then a filter over them is what the person asked for).
 */
export function freeTextColumns<C extends { key: string }>(columns: readonly C[]): C[] {
  const said = columns.filter((c) => !PROVENANCE_KEYS.has(c.key));
  return said.length ? said : [...columns];
}

function cell(
  column: Column,
  value: unknown,
  unit: string | null,
  dateSystem: DateSystem,
): [CellValue, string] {
  if (value === null || value === undefined || value === "") return [null, defaultFormat(column)];
  switch (column.type) {
    case "date":
      return typeof value === "string"
        ? [excelDateSerialIn(value, dateSystem), dateFormat(value)]
        : [null, defaultFormat(column)];
    case "number":
    case "integer":
      return typeof value === "number"
        ? [excelNumber(value, column.unit ?? unit), numberFormat(column, value, unit)]
        : [fitText(String(value)), TEXT_FORMAT];
    case "boolean":
      return [Boolean(value), "General"];
    default:
      return [fitText(String(value)), TEXT_FORMAT];
  }
}

function defaultFormat(column: Column): string {
  if (column.type === "string") return TEXT_FORMAT;
  if (column.type === "date") return "yyyy-mm-dd";
  if (column.type === "boolean") return "General";
  return column.unit === null || /^(General|@)$/i.test(column.format) ? "#,##0" : column.format;
}

function uniform(formats: string[]): string | null {
  return formats.length && formats.every((f) => f === formats[0]) ? formats[0] : null;
}

function displayText(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

function compareRaw(a: unknown, b: unknown, sign: number): number {
  const aNull = a === null || a === undefined || a === "";
  const bNull = b === null || b === undefined || b === "";
  if (aNull || bNull) return aNull === bNull ? 0 : aNull ? 1 : -1; // empty last either way
  if (typeof a === "number" && typeof b === "number") return sign * (a - b);
  const x = String(a).toLowerCase();
  const y = String(b).toLowerCase();
  return sign * (x < y ? -1 : x > y ? 1 : 0);
}

function uniqueTitles(titles: string[]): string[] {
  const seen = new Map<string, number>();
  return titles.map((t) => {
    const n = (seen.get(t.toLowerCase()) ?? 0) + 1;
    seen.set(t.toLowerCase(), n);
    return n === 1 ? t : `${t} (${n})`;
  });
}

/** Wide enough for the header and typical content (first 200 rows), capped for long quotes. */
function columnWidth(
  title: string,
  values: CellValue[][],
  j: number,
  type: Column["type"],
): number {
  if (type === "date") return Math.max(12, title.length + 3);
  let longest = title.length + 3; // room for the filter button
  for (const row of values.slice(0, 200)) {
    const v = row[j];
    const len =
      typeof v === "number" ? String(Math.round(v)).length * 1.35 + 2 : String(v ?? "").length;
    longest = Math.max(longest, len);
  }
  return Math.min(60, Math.max(8, Math.ceil(longest + 1)));
}
