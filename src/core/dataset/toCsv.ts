import { PolicyError } from "../errors";
import type { CellValue } from "./columnValue";
import { recordCell } from "./tableCell";
import type { Dataset, Table } from "./schema";
import { tableRecords } from "./tableRecords";

/**
 * Excel on Windows reads a CSV without this signature in the system code page, so ’ é ó
 * arrive garbled; with it, as UTF-8. Frictionless readers are told by `encoding: utf-8-sig`.
 */
export const UTF8_BOM = "\uFEFF";

/** A table as a person shaped it in the pane: some of its columns, some rows, in an order. */
export interface CsvShape {
  /**
   * Column keys (recordCell paths, as planTable's columns name them: "metric", "source.url") to
   * write, in this order; default: every column of the table.
   */
  columns?: readonly string[];
  /** Row ids to write, in this order (default: every row as the table lists them). */
  rowIds?: readonly string[];
}

/**
 * One table as RFC 4180 CSV behind a UTF-8 byte order mark: a header of column keys, CRLF line
 * ends, fields quoted when they hold a comma, quote or line break (quotes doubled). Partial
 * dates stay ISO strings ("2023-09"); null is an empty field; text that a spreadsheet would
 * evaluate is neutralised (see csvField). Without `shape` it is the published table's file.
 */
export function toCsv(dataset: Dataset, table: Table, shape: CsvShape = {}): string {
  return [...toCsvLines(dataset, table, shape)].join("");
}

/**
 * toCsv's text one line at a time (the first with the byte order mark), so a table of hundreds
 * of thousands of rows is written without holding its every cell and line at once.
 */
export function* toCsvLines(
  dataset: Dataset,
  table: Table,
  shape: CsvShape = {},
): Generator<string> {
  const keys = shape.columns ?? table.columns.map((c) => c.key);
  const byId = new Map(tableRecords(dataset, table).map((r) => [r.id, r]));
  const records = (shape.rowIds ?? table.rows).map((id) => {
    const record = byId.get(id);
    if (!record) throw new PolicyError("bad_argument", `Table "${table.id}" has no row "${id}".`);
    return record;
  });
  yield UTF8_BOM + keys.map((k) => csvField(k)).join(",") + "\r\n";
  for (const record of records)
    yield keys.map((k) => csvField(recordCell(dataset, record, k))).join(",") + "\r\n";
}

/**
 * Text beginning with one of these is a formula (or becomes one) when a spreadsheet opens the
 * CSV: OWASP's CSV injection list.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field. Text starting with =, +, -, @, tab or CR gets a leading apostrophe and quotes, as
 * OWASP recommends, so Excel and LibreOffice show it as text; numbers (-5) stay numbers.
 * @example csvField('He said "no", twice') // '"He said ""no"", twice"'
 * @example csvField("=HYPERLINK(\"x\")") // '"\'=HYPERLINK(""x"")"'
 */
export function csvField(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "string" && FORMULA_START.test(value))
    return `"'${value.replace(/"/g, '""')}"`;
  const text = typeof value === "number" ? numberText(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Plain decimal notation: CSV readers do not all accept 1e+21. */
function numberText(n: number): string {
  return Number.isInteger(n) && Math.abs(n) >= 1e21 ? BigInt(n).toString() : String(n);
}
