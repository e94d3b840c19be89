import { createHash } from "node:crypto";
import {
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";

/**
 * Copies the seeds to `n` documents at real density: the same texts and annotations, each copy
 * under a new document id with its record ids and fact keys suffixed `-rK`, so a corpus of
 * 10,000 documents carries about 10.5 KB of text and 19 records per document, as an analyst
 * team's year of annotating would. The first copy keeps the seeds' own ids, so the shipped
 * ids still answer. The same recipe as ../shared/tools/replicate_seeds.py, kept here so the
 * bench runs from a clean checkout.
 */
export function replicateSeeds(seeds: string, n: number, out: string): { documents: number } {
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`A corpus needs at least 1 document, not ${n}.`);
  mkdirSync(join(out, "annotations"), { recursive: true });
  for (const f of readdirSync(seeds)) {
    const p = join(seeds, f);
    if (statSync(p).isFile() && !f.endsWith(".txt")) copyFileSync(p, join(out, f));
  }
  const docs = readdirSync(seeds)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => f.slice(0, -4))
    .sort();
  if (docs.length === 0) throw new Error(`${seeds} holds no .txt document to replicate.`);
  const texts = new Map(docs.map((d) => [d, readFileSync(join(seeds, `${d}.txt`), "utf8")]));
  const notes = new Map(
    docs.map((d) => [d, readFileSync(join(seeds, "annotations", `${d}.yaml`), "utf8")]),
  );
  let made = 0;
  for (let copy = 0; made < n; copy++) {
    for (const doc of docs) {
      if (made >= n) break;
      const id = copy === 0 ? doc : copyId(doc, copy, made);
      const annotation = copy === 0 ? notes.get(doc)! : renameRecords(notes.get(doc)!, copy);
      writeFileSync(
        join(out, "annotations", `${id}.yaml`),
        annotation.replace(`doc: ${doc}`, `doc: ${id}`),
      );
      writeFileSync(join(out, `${id}.txt`), texts.get(doc)!);
      made++;
    }
  }
  return { documents: made };
}

/** A document id of the seeds' shape (NNN_16 hex), distinct for each copy of each document. */
function copyId(doc: string, copy: number, made: number): string {
  const hash = createHash("sha256").update(`${doc}-${copy}`).digest("hex").slice(0, 16);
  return `${String(made % 1000).padStart(3, "0")}_${hash}`;
}

/**
 * Suffixes every record id and fact key, so copies are new records, not duplicates. A fact
 * written `null` (as drafts write it) is no key and stays null.
 */
export function renameRecords(yaml: string, copy: number): string {
  return yaml.replace(
    /^(\s*-?\s*(?:id|fact):\s*)(?!null\s*$)([A-Za-z0-9][\w.-]*)\s*$/gm,
    (_, key: string, id: string) => `${key}${id}-r${copy}`,
  );
}

/** The first figure id of the corpus's last document: a record far from the first in any layout. */
export function lastFigureId(corpus: string): string {
  const files = readdirSync(join(corpus, "annotations"))
    .filter((f) => f.endsWith(".yaml"))
    .sort();
  for (const f of files.reverse()) {
    const yaml = readFileSync(join(corpus, "annotations", f), "utf8");
    const figures = yaml.split(/^figures:\s*$/m)[1];
    const id = figures?.match(/^\s*-\s*id:\s*([\w.-]+)\s*$/m)?.[1];
    if (id) return id;
  }
  throw new Error(`No annotation in ${corpus}/annotations lists a figure.`);
}
