import { sha256Hex } from "../dataset/contentHash";

/**
 * The seed file name for a new document: the next three-digit number after the taken ones,
 * then the first 16 hex digits of the sha256 of its text (so the same text always gets the
 * same suffix and a changed copy is visibly another file). The stem is the document id.
 * @example seedFileName("text", ["000_27c8b5ee908a7d02.txt"]) // { file: "001_982d9e3eb996f559.txt" }
 */
export function seedFileName(
  text: string,
  taken: string[],
): { file: string } | { problem: string } {
  const hex = sha256Hex(text).slice(0, 16);
  const same = taken.find((f) => f.slice(4, 20) === hex);
  if (same) return { problem: `This text is already in the seeds as ${same}.` };
  const numbers = taken.map((f) => Number(f.slice(0, 3))).filter((n) => Number.isInteger(n));
  const next = numbers.length ? Math.max(...numbers) + 1 : 0;
  if (next > 999) return { problem: "The seeds already use every number from 000 to 999." };
  return { file: `${String(next).padStart(3, "0")}_${hex}.txt` };
}
