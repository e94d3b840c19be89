/**
 * Excel on the web rejects a request over 5 MB. Writers aim each request at this budget,
 * leaving room for the object paths and per-operation overhead a request also carries.
 */
export const REQUEST_BUDGET_BYTES = 4_000_000;

/** UTF-8 bytes of a value serialised as JSON, as it travels in an Office.js request. */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? "";
  let bytes = json.length;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c >= 0x80) bytes += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
  }
  return bytes;
}

/**
 * Splits items (rows) into consecutive [start, end) chunks whose sizes add up to at most
 * `budget` bytes; an item larger than the budget gets a chunk of its own.
 * @example chunkBySize([3, 3, 3], 6) // [[0, 2], [2, 3]]
 */
export function chunkBySize(sizes: readonly number[], budget = REQUEST_BUDGET_BYTES) {
  const chunks: [number, number][] = [];
  let start = 0;
  let total = 0;
  sizes.forEach((size, i) => {
    if (i > start && total + size > budget) {
      chunks.push([start, i]);
      start = i;
      total = 0;
    }
    total += size;
  });
  if (sizes.length > start) chunks.push([start, sizes.length]);
  return chunks;
}
