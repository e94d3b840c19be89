import { isFractionUnit } from "./excelValue";
import type { Column } from "../dataset/schema";
import { unitFormat } from "../dataset/unitRegistry";

/** The Excel format of a text cell: whatever is written stays text, even "=1+1". */
export const TEXT_FORMAT = "@";

/** Date cells are formatted by their precision: see dateDisplay.ts. */
export { dateFormat } from "./dateDisplay";

/**
 * The number format of one numeric cell, given the value as the dataset states it. A column
 * with a unit of its own uses the dataset's format; a column mixing units (a figures table's
 * "value") is formatted by the row's unit: "$#,##0" for USD, "0%" for percent (the cell holds
 * the fraction, see excelValue.ts), the unit registry's format otherwise ("#,##0" for counts,
 * multiples included). Decimals are added
 * when the stated value has them, so 66.67 percent shows as 66.67%.
 * @example numberFormat(column, 16000000, "USD") // "$#,##0"
 * @example numberFormat(column, 12.5, "percent") // "0.0%"
 */
export function numberFormat(column: Column, value: number, rowUnit: string | null): string {
  const unit = column.unit ?? rowUnit;
  let format: string;
  if (isFractionUnit(unit)) format = "0%";
  else if (column.unit === null && unit === "USD") format = "$#,##0";
  else if (column.unit === null && unit) format = unitFormat(unit);
  else if (column.unit === null || /^(General|@)$/i.test(column.format)) format = "#,##0";
  else format = column.format;
  return withDecimals(format, value);
}

/** The format of a figure's value on its own (a single cell, a card), by the figure's unit. */
export function figureFormat(figure: { value: number; unit: string }): string {
  return numberFormat(
    {
      key: "value",
      title: "Value",
      type: "number",
      unit: null,
      format: "#,##0",
      description: null,
    },
    figure.value,
    figure.unit,
  );
}

/** Adds as many decimals as `value` has (up to 4) to a format that has none. */
function withDecimals(format: string, value: number): string {
  if (Number.isInteger(value) || format.includes(".")) return format;
  const decimals = Math.min(4, (String(value).split(".")[1] ?? "").length);
  const at = format.lastIndexOf("0");
  if (at < 0 || decimals === 0) return format;
  return format.slice(0, at + 1) + "." + "0".repeat(decimals) + format.slice(at + 1);
}
