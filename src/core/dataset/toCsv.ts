import type { CellValue } from "./columnValue";
import { recordCell } from "./tableCell";
import type { Dataset, Table } from "./schema";
import { tableRecords } from "./tableRecords";

/**
 * One table as RFC 4180 CSV: a header of column keys, CRLF line ends, fields quoted when they
 * hold a comma, quote or line break (quotes doubled). Partial dates stay ISO strings ("2023-09");
 * null is an empty field.
 */
export function toCsv(dataset: Dataset, table: Table): string {
  const lines = [table.columns.map((c) => csvField(c.key))];
  for (const record of tableRecords(dataset, table))
    lines.push(table.columns.map((c) => csvField(recordCell(dataset, record, c.key))));
  return lines.map((cells) => cells.join(",") + "\r\n").join("");
}

/** @example csvField('He said "no", twice') // '"He said ""no"", twice"' */
export function csvField(value: CellValue): string {
  if (value === null) return "";
  const text = typeof value === "number" ? numberText(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Plain decimal notation: CSV readers do not all accept 1e+21. */
function numberText(n: number): string {
  return Number.isInteger(n) && Math.abs(n) >= 1e21 ? BigInt(n).toString() : String(n);
}
