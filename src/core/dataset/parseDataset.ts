import { z } from "zod";
import { PolicyError } from "../errors";
import { contentHash, sha256Hex } from "./contentHash";
import { issuePath, listProblems } from "./issuePath";
import { Dataset, type Dataset as DatasetT, type SourceRef } from "./schema";

/**
 * Validates untrusted JSON as a dataset: the zod schema, then what a schema cannot say
 * (unique ids, references, quotes equal to the document text at their offsets, hashes).
 * Throws one PolicyError("invalid_dataset") listing up to 10 problems, each naming the
 * record and field; nothing is returned unless everything holds.
 */
export function parseDataset(input: unknown): DatasetT {
  const parsed = Dataset.safeParse(input);
  if (!parsed.success) throw datasetError(parsed.error.issues.map((i) => describeIssue(input, i)));
  const problems = crossCheck(parsed.data);
  if (problems.length) throw datasetError(problems);
  return parsed.data;
}

/**
 * parseDataset for a dataset this process built and owns: each record is parsed on its own and
 * put in place of the one it was parsed from, so the dataset is held once rather than beside a
 * whole parsed copy (at 10,000 documents that copy took the build past 2 GB). Returns what
 * parseDataset returns, the same records with the same keys in the same order; on any problem
 * it throws parseDataset's own error. `built` is used up: read only the result.
 */
export function parseBuiltDataset(built: DatasetT): DatasetT {
  for (const key of RECORD_LISTS) {
    const list = built[key] as unknown[];
    const record = Dataset.shape[key].element;
    for (let i = 0; i < list.length; i++) {
      const parsed = record.safeParse(list[i]);
      if (!parsed.success) return parseDataset(built);
      list[i] = parsed.data;
    }
  }
  // The top level (version, hashes, no unknown key, at least one source) with one record
  // each; its keys come out in the schema's order, which the lists then take again.
  const top = Dataset.safeParse({
    ...built,
    ...Object.fromEntries(RECORD_LISTS.map((key) => [key, built[key].slice(0, 1)])),
  });
  if (!top.success) return parseDataset(built);
  const parsed: DatasetT = { ...top.data };
  for (const key of RECORD_LISTS) (parsed as Record<string, unknown>)[key] = built[key];
  const problems = crossCheck(parsed);
  if (problems.length) throw datasetError(problems);
  return parsed;
}

const RECORD_LISTS = ["sources", "tables", "figures", "events", "conflicts"] as const;

function datasetError(problems: string[]): PolicyError {
  return new PolicyError("invalid_dataset", listProblems("The dataset is invalid", problems));
}

/** "figures[3] (id "x").source.quote: message" */
function describeIssue(input: unknown, issue: z.core.$ZodIssue): string {
  return `${issuePath(input, issue.path)}: ${issue.message}`;
}

function crossCheck(d: DatasetT): string[] {
  const problems: string[] = [];
  const texts = new Map<string, string>();
  d.sources.forEach((s, i) => {
    if (texts.has(s.id)) problems.push(`sources[${i}] (id "${s.id}").id: duplicate source id`);
    texts.set(s.id, s.text);
    if (sha256Hex(s.text) !== s.sha256)
      problems.push(`sources[${i}] (id "${s.id}").sha256: does not match the sha256 of its text`);
  });

  const checkSource = (where: string, ref: SourceRef) => {
    const text = texts.get(ref.doc);
    if (text === undefined) {
      problems.push(`${where}.source.doc: no source has id "${ref.doc}"`);
      return;
    }
    if (ref.end > text.length) {
      problems.push(
        `${where}.source.end: ${ref.end} is past the end of ${ref.doc} (${text.length} characters)`,
      );
    } else if (text.slice(ref.start, ref.end) !== ref.quote) {
      problems.push(
        `${where}.source.quote: does not match the text of ${ref.doc} at [${ref.start}, ${ref.end}) ` +
          `("${text.slice(ref.start, Math.min(ref.end, ref.start + 60))}")`,
      );
    }
  };

  const recordIds = new Map<string, "figures" | "events">();
  const seen = (kind: "figures" | "events", id: string, where: string) => {
    if (recordIds.has(id))
      problems.push(`${where}.id: duplicate id "${id}" (also in ${recordIds.get(id)})`);
    recordIds.set(id, kind);
  };
  d.figures.forEach((f, i) => {
    const where = `figures[${i}] (id "${f.id}")`;
    seen("figures", f.id, where);
    checkSource(where, f.source);
  });
  d.events.forEach((e, i) => {
    const where = `events[${i}] (id "${e.id}")`;
    seen("events", e.id, where);
    checkSource(where, e.source);
  });

  const conflictIds = new Set<string>();
  d.conflicts.forEach((c, i) => {
    const where = `conflicts[${i}] (id "${c.id}")`;
    if (conflictIds.has(c.id)) problems.push(`${where}.id: duplicate conflict id`);
    conflictIds.add(c.id);
    c.sides.forEach((side, j) => {
      if (!recordIds.has(side.ref))
        problems.push(`${where}.sides[${j}].ref: no figure or event has id "${side.ref}"`);
    });
  });

  const tableIds = new Set<string>();
  const sourceIds = new Set(d.sources.map((s) => s.id));
  d.tables.forEach((t, i) => {
    const where = `tables[${i}] (id "${t.id}")`;
    if (tableIds.has(t.id)) problems.push(`${where}.id: duplicate table id`);
    tableIds.add(t.id);
    t.rows.forEach((ref, j) => {
      const ok =
        t.kind === "sources"
          ? sourceIds.has(ref)
          : t.kind === "conflicts"
            ? conflictIds.has(ref)
            : recordIds.get(ref) === t.kind;
      if (!ok) problems.push(`${where}.rows[${j}]: "${ref}" is not one of the dataset's ${t.kind}`);
    });
  });

  const expected = contentHash(d as unknown as Record<string, unknown>);
  if (problems.length === 0 && expected !== d.contentHash)
    problems.push(`contentHash: is ${d.contentHash} but the content hashes to ${expected}`);
  return problems;
}
