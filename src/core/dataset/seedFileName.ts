import { sha256Hex } from "./contentHash";
import { PolicyError } from "../errors";

const SEED_FILE = /^(\d{3})_[0-9a-f]{16}\.txt$/;

/**
 * The file name of a new seed document: the next free three-digit number, then the first 16 hex
 * digits of the sha256 of its text, so the same text always gets the same id and two documents
 * cannot collide by accident. The stem is the document id; it never changes once annotated,
 * even when the text is corrected (the dataset records the current text's full sha256).
 * @example seedFileName(["000_27c8b5ee908a7d02.txt"], "text") // "001_982d9e3eb996f559.txt"
 */
export function seedFileName(existing: string[], text: string): string {
  const hex = sha256Hex(text).slice(0, 16);
  const same = existing.find((f) => f.endsWith(`_${hex}.txt`));
  if (same) throw new PolicyError("bad_argument", `This text is already in the seeds as ${same}.`);
  const numbers = existing.map((f) => SEED_FILE.exec(f)).filter((m) => m !== null);
  const next = numbers.length ? Math.max(...numbers.map((m) => Number(m[1]))) + 1 : 0;
  if (next > 999)
    throw new PolicyError("bad_argument", "The seeds hold 1,000 documents, the most NNN allows.");
  return `${String(next).padStart(3, "0")}_${hex}.txt`;
}
