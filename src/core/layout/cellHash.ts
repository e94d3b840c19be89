import type { CellValue } from "./safeText";

/** Characters per cell hash in a table tag. */
export const HASH_WIDTH = 4;
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/**
 * A 24-bit hash (4 base64url characters) of a cell's content as Excel returns it from
 * `Range.formulas`, so refresh can tell whether the cell still holds what was written. Not
 * cryptographic: the risk is a user edit that happens to collide (1 in 16.7 million), and a
 * short hash keeps tags small (a 50,000 × 5 table needs 1 MB of hashes).
 * @example cellHash(200) === cellHash(200) && cellHash(200) !== cellHash("200")
 */
export function cellHash(value: CellValue | undefined): string {
  const text =
    value === null || value === undefined || value === ""
      ? "e"
      : typeof value === "number"
        ? "n" + String(value)
        : typeof value === "boolean"
          ? "b" + String(value)
          : "s" + value;
  // FNV-1a over UTF-16 code units: fast, stable, the same in Node and browsers.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h = (h ^ (h >>> 24)) & 0xffffff;
  return (
    ALPHABET[(h >>> 18) & 63] +
    ALPHABET[(h >>> 12) & 63] +
    ALPHABET[(h >>> 6) & 63] +
    ALPHABET[h & 63]
  );
}
