import { badArgument } from "../errors";

/** A rectangle of cells, zero-based, inclusive, on a named sheet. */
export interface CellRect {
  sheet: string;
  row: number;
  col: number;
  lastRow: number;
  lastCol: number;
}

/** "A" for 0, "Z" for 25, "AA" for 26. */
export function columnLetters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  }
  return s;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A sheet name as it appears in an address: quoted when it has anything but letters/digits. */
export function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** "Sheet1!B2:D4" (or "B2" for a single cell). */
export function toAddress(rect: CellRect): string {
  const a = `${columnLetters(rect.col)}${rect.row + 1}`;
  const b = `${columnLetters(rect.lastCol)}${rect.lastRow + 1}`;
  return `${quoteSheet(rect.sheet)}!${a === b ? a : `${a}:${b}`}`;
}

/**
 * Parses an address as Excel returns it ("Sheet1!B2:D4", "'My sheet'!A1", "$A$1").
 * @example parseAddress("'Q''s'!B2:C3") // { sheet: "Q's", row: 1, col: 1, lastRow: 2, lastCol: 2 }
 */
export function parseAddress(address: string): CellRect {
  const m =
    /^(?:(?:'((?:[^']|'')+)'|([^!]+))!)?\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(
      address.trim(),
    );
  if (!m) throw badArgument("address", address, 'an A1 address such as "Sheet1!B2:D4"');
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? "");
  const col = columnIndex(m[3]);
  const row = Number(m[4]) - 1;
  const lastCol = m[5] ? columnIndex(m[5]) : col;
  const lastRow = m[6] ? Number(m[6]) - 1 : row;
  return { sheet, row, col, lastRow, lastCol };
}

/** True when the cell (row, col) lies inside the rectangle. */
export function containsCell(rect: CellRect, row: number, col: number): boolean {
  return row >= rect.row && row <= rect.lastRow && col >= rect.col && col <= rect.lastCol;
}
