import { dateFormat } from "../layout/dateDisplay";
import type { Column, Precision } from "./schema";

export type CellValue = string | number | boolean | null;

/**
 * The cell a column shows for one record: `key` is a dot path into the record ("period.start",
 * "source.quote"); arrays of text are joined with "; "; a `*` segment fans out over an array
 * and joins one line per element ("sides.*.quote"). A path that reaches nothing gives null.
 * @example columnValue({ period: { text: "FY 2023" } }, "period.text") // "FY 2023"
 */
export function columnValue(record: unknown, key: string): CellValue {
  return toCell(resolve(record, key.split(".")));
}

function resolve(node: unknown, path: string[]): unknown {
  if (path.length === 0) return node;
  const [head, ...rest] = path;
  if (head === "*") {
    if (!Array.isArray(node)) return null;
    const cells = node.map((item) => toCell(resolve(item, rest)));
    return cells.every((c) => c === null) ? null : cells.map((c) => c ?? "").join("\n");
  }
  if (node === null || typeof node !== "object") return null;
  return resolve((node as Record<string, unknown>)[head], rest);
}

function toCell(value: unknown): CellValue {
  if (value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (Array.isArray(value)) return value.map((v) => toCell(v) ?? "").join("; ");
  return JSON.stringify(value);
}

/** The precision an ISO date string carries: "2023" year, "2023-09" month, "2023-09-23" day. */
export function precisionOf(isoDate: string): Precision | null {
  if (/^\d{4}$/.test(isoDate)) return "year";
  if (/^\d{4}-\d{2}$/.test(isoDate)) return "month";
  if (/^\d{4}-W\d{2}$/.test(isoDate)) return "week";
  if (/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return "day";
  return null;
}

/**
 * The Excel number format of one cell: a date column with `precisionFormats` formats each row
 * by the precision of its own ISO date ("mmm yyyy" for "2023-09"), so a month is never shown
 * as the first of the month; a number column with `unitFormats` formats each row by its
 * record's unit (68 percent as 68%).
 * @example cellFormat(valueColumn, 68, { unit: "percent" }) // '0"%"'
 */
export function cellFormat(column: Column, value: CellValue, record?: unknown): string {
  if (column.type === "date" && column.precisionFormats && typeof value === "string") {
    const precision = precisionOf(value);
    if (precision) return column.precisionFormats[precision] ?? dateFormat(value);
  }
  if (column.unitFormats && typeof value === "number") {
    const unit = columnValue(record, "unit");
    if (typeof unit === "string" && column.unitFormats[unit]) return column.unitFormats[unit];
  }
  return column.format;
}
