import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const SEEDS = join(__dirname, "../../../seeds");

/** The text of the seed whose file name starts with `prefix` ("003"). */
export function seedText(prefix: string): string {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix) && f.endsWith(".txt"));
  if (!file) throw new Error(`no seed ${prefix}*.txt in ${SEEDS}`);
  return readFileSync(join(SEEDS, file), "utf8");
}

/** The document dates the seeds state (001 and 004 state none). */
export const SEED_DATES: Record<string, string | null> = {
  "000": "2023-12-04",
  "001": null,
  "002": "2023-10-26",
  "003": "2024-03-20",
  "004": null,
};
