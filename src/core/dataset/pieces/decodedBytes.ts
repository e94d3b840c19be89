/**
 * About the memory a decoded piece takes in a JavaScript engine, for a cache bounded by what
 * it holds rather than by the bytes it fetched: parsed JSON takes several times its text
 * (every object, array and number is a heap object), and a text outside Latin-1 takes two
 * bytes a character. The model is V8's on a 64-bit machine, rounded up: a header of 24 bytes
 * an object or array (plus 8 a slot), 16 bytes a string plus 1 or 2 a character, 16 a
 * fractional number; keys of an object count as strings (JSON.parse interns them, and the ids
 * that key a shard's records are each new). `test/core/dataset/pieces/decodedBytes.test.ts`
 * compares it with the heap a real piece takes.
 * @example decodedBytes("abc") // 19
 */
export function decodedBytes(value: unknown): number {
  if (typeof value === "string") return stringBytes(value);
  if (typeof value === "number") return Number.isInteger(value) ? 0 : 16;
  if (value === null || typeof value !== "object") return 0;
  if (Array.isArray(value)) {
    let total = OBJECT + SLOT * value.length;
    for (const item of value) total += decodedBytes(item);
    return total;
  }
  let total = OBJECT;
  for (const key in value) {
    total += SLOT * 2 + stringBytes(key) + decodedBytes((value as Record<string, unknown>)[key]);
  }
  return total;
}

const OBJECT = 24;
const SLOT = 8;

function stringBytes(text: string): number {
  return 16 + (BEYOND_LATIN1.test(text) ? text.length * 2 : text.length);
}

const BEYOND_LATIN1 = /[\u0100-\uffff]/;
