/** Excel refuses cell text longer than this. */
export const MAX_CELL_CHARS = 32767;

/** A cell value as Excel reads it back: text, number, boolean, or null for an empty cell. */
export type CellValue = string | number | boolean | null;

/**
 * Text as it may be stored in one cell: cut to Excel's 32,767 characters with a closing "…"
 * (the full text stays in the dataset and in the Trace view).
 */
export function fitText(text: string): string {
  return text.length <= MAX_CELL_CHARS ? text : text.slice(0, MAX_CELL_CHARS - 1) + "…";
}

/**
 * True when Excel would not keep `text` as the same text if it were typed or written to
 * `Range.values` in a cell without the "@" format: a formula ("=", "+", "-", "@"), a
 * quote-prefix ("'"), or something it parses (number, date, percent, boolean, error).
 */
export function isRiskyText(text: string): boolean {
  if (text === "") return false;
  // Excel trims nothing but parses " 12" as a number: any padded text goes in prefixed.
  if (/^[=+\-@']/.test(text) || text.trim() !== text) return true;
  if (/^(true|false)$/i.test(text) || /^#[A-Z0-9/!?]+$/.test(text)) return true;
  return /^[$(]?[\d.,]+%?\)?$/.test(text) || /^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?$/.test(text);
}

/**
 * What to write to `Range.values` so a text cell holds exactly `text`, whatever its number
 * format: risky text gets Excel's quote prefix ("'"), which Excel drops on entry and never
 * shows or returns. Used where the "@" format cannot be set first (Table rows.add).
 * @example excelTextInput("=HYPERLINK(\"x\")") // "'=HYPERLINK(\"x\")"
 */
export function excelTextInput(text: string): string {
  return isRiskyText(text) ? "'" + text : text;
}

/**
 * The value to write for a planned cell. Text in "@" cells is written as is except a leading
 * "'", which Excel would take as its quote prefix and drop.
 */
export function excelInput(value: CellValue, format: string): string | number | boolean {
  if (value === null) return "";
  if (typeof value !== "string") return value;
  return format === "@" ? (value.startsWith("'") ? "'" + value : value) : excelTextInput(value);
}
