import type {
  DocumentAnnotation,
  EventAnnotation,
  FigureAnnotation,
} from "../dataset/annotationSchema";
import { chooseMention } from "../dataset/chooseMention";
import { spanKey } from "../dataset/coverage";
import { locateQuote } from "../dataset/locateQuote";
import { verifyEvent, verifyFigure } from "../dataset/verifyRecord";
import type { Mention } from "../extract/mention";
import type { DraftDocument } from "./draftAnnotation";

/** Fields an analyst reviews in each proposal; each one that differs is one edit. */
export const FIGURE_FIELDS = [
  "value",
  "unit",
  "qualifier",
  "period",
  "tables",
  "category",
  "actor",
  "place",
  "metric",
  "fact",
] as const;
export const EVENT_FIELDS = [
  "date",
  "tables",
  "kind",
  "category",
  "parties",
  "place",
  "title",
  "fact",
] as const;
/** The fields the draft accuracy asks for: value, unit, qualifier, period or date, table. */
const CORE = new Set(["value", "unit", "qualifier", "period", "date", "tables"]);

export interface FieldTally {
  changed: number;
  total: number;
}

export interface DraftScore {
  /** Gold figures and events. */
  records: number;
  /** Gold records the draft proposed at the same mention, as the same kind. */
  matched: number;
  /** Gold records whose draft has every core field right. */
  coreRight: number;
  /** Edits over all reviewed fields of all gold records (an unmatched record: every field). */
  fields: FieldTally;
  perField: Record<string, FieldTally>;
  /** Figures and events the draft proposed, and how many of them the analyst deletes. */
  proposed: number;
  deleted: number;
  /** Gold records whose value or date the extractor reads right in the quote. */
  extractorRight: number;
}

type Record_ = FigureAnnotation | EventAnnotation;

/**
 * Normalised for comparison: free text by its words, lists as sets, dates with precision, and a
 * fact key by what it links (`linksOf`).
 */
function fieldValue(r: Record_, field: string, linksOf: (fact: string) => string): string {
  const v = (r as unknown as Record<string, unknown>)[field];
  if (field === "fact") return r.fact === null ? "null" : linksOf(r.fact);
  if (field === "period") {
    const p = (r as FigureAnnotation).period;
    return `${p.start}..${p.end}`;
  }
  if (field === "date") return `${(r as EventAnnotation).date}@${(r as EventAnnotation).precision}`;
  if (Array.isArray(v)) return v.map(words).sort().join("|");
  if (typeof v === "string") return words(v);
  return JSON.stringify(v ?? null);
}
const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9%$]+/g, " ")
    .trim();

/** The mention a record uses (its value or date), located as the build locates it. */
function spanOf(text: string, r: Record_, kind: Mention["kind"], mentions: Mention[]) {
  const at = locateQuote(text, r.quote, r.occurrence);
  if ("problem" in at) return null;
  const chosen = chooseMention(kind, at, mentions, r);
  return "mention" in chosen && chosen.mention ? spanKey(chosen.mention) : null;
}

/**
 * Compares a draft with the annotation an analyst made of the same document: per gold record,
 * which reviewed fields the draft got wrong (all of them if it proposed nothing there), and how
 * many proposals the analyst deletes. `mentions` are the document's, with its date.
 */
export function scoreDraft(
  text: string,
  gold: DocumentAnnotation,
  draft: DraftDocument,
  mentions: Mention[],
  others: DocumentAnnotation[] = [],
): DraftScore {
  const perField: Record<string, FieldTally> = {};
  const tally = (field: string, changed: boolean) => {
    const t = (perField[field] ??= { changed: 0, total: 0 });
    t.total++;
    if (changed) t.changed++;
  };
  const drafts = new Map<string, { kind: "figure" | "event"; r: Record_ }>();
  draft.figures.forEach((r) => {
    const key = spanOf(text, r, "number", mentions);
    if (key) drafts.set(key, { kind: "figure", r });
  });
  draft.events.forEach((r) => {
    const key = spanOf(text, r, "date", mentions);
    if (key) drafts.set(key, { kind: "event", r });
  });
  // A fact key means "these records state the same fact": its spelling is the analyst's free
  // choice for a new fact, and must be an existing key only to join records of other documents.
  // So two keys are the same edit-free proposal when they link the same records: the same
  // mentions of this document (by span) and the same records of other documents (by id). A key
  // that links nothing still differs from no key (the Fact column shows it).
  const elsewhere = (fact: string) =>
    others
      .filter((a) => a.doc !== gold.doc)
      .flatMap((a) =>
        [...a.figures, ...a.events].filter((r) => r.fact === fact).map((r) => `${a.doc}:${r.id}`),
      );
  const linker = (records: { r: Record_; key: string | null }[]) => (fact: string) =>
    JSON.stringify([
      ...records
        .filter((x) => x.r.fact === fact && x.key)
        .map((x) => x.key!)
        .sort(),
      ...elsewhere(fact).sort(),
    ]);
  const goldLinks = linker([
    ...gold.figures.map((r) => ({ r, key: spanOf(text, r, "number", mentions) })),
    ...gold.events.map((r) => ({ r, key: spanOf(text, r, "date", mentions) })),
  ]);
  const draftLinks = linker(
    [...drafts.values()].map(({ r }, i) => ({ r, key: [...drafts.keys()][i] })),
  );
  const used = new Set<string>();
  let matched = 0;
  let coreRight = 0;
  let extractorRight = 0;
  const score = (r: Record_, kind: "figure" | "event") => {
    const fields = kind === "figure" ? FIGURE_FIELDS : EVENT_FIELDS;
    const key = spanOf(text, r, kind === "figure" ? "number" : "date", mentions);
    const at = locateQuote(text, r.quote, r.occurrence);
    if (!("problem" in at)) {
      const check =
        kind === "figure"
          ? verifyFigure(r as FigureAnnotation, at, mentions)
          : verifyEvent(r as EventAnnotation, at, mentions);
      // The period is the analyst's reading of context; the extractor is judged on what it reads.
      const misread = [...check.problems, ...check.overrides].some((p) => p.field !== "period");
      if (!misread) extractorRight++;
    }
    const proposal = key ? drafts.get(key) : undefined;
    if (key) used.add(key);
    if (!proposal || proposal.kind !== kind) {
      fields.forEach((f) => tally(f, true));
      return;
    }
    matched++;
    let core = true;
    for (const f of fields) {
      const changed = fieldValue(r, f, goldLinks) !== fieldValue(proposal.r, f, draftLinks);
      tally(f, changed);
      if (changed && CORE.has(f)) core = false;
    }
    if (core) coreRight++;
  };
  gold.figures.forEach((r) => score(r, "figure"));
  gold.events.forEach((r) => score(r, "event"));
  const fields = Object.values(perField).reduce(
    (sum, t) => ({ changed: sum.changed + t.changed, total: sum.total + t.total }),
    { changed: 0, total: 0 },
  );
  let deleted = 0;
  for (const [key, d] of drafts) {
    const gold_ = used.has(key);
    if (!gold_) deleted++;
    else if (
      (d.kind === "figure" &&
        !gold.figures.some((g) => spanOf(text, g, "number", mentions) === key)) ||
      (d.kind === "event" && !gold.events.some((g) => spanOf(text, g, "date", mentions) === key))
    )
      deleted++;
  }
  return {
    records: gold.figures.length + gold.events.length,
    matched,
    coreRight,
    fields,
    perField,
    proposed: draft.figures.length + draft.events.length,
    deleted,
    extractorRight,
  };
}

/** Sums scores over documents. */
export function addScores(scores: DraftScore[]): DraftScore {
  const total: DraftScore = {
    records: 0,
    matched: 0,
    coreRight: 0,
    fields: { changed: 0, total: 0 },
    perField: {},
    proposed: 0,
    deleted: 0,
    extractorRight: 0,
  };
  for (const s of scores) {
    total.records += s.records;
    total.matched += s.matched;
    total.coreRight += s.coreRight;
    total.fields.changed += s.fields.changed;
    total.fields.total += s.fields.total;
    total.proposed += s.proposed;
    total.deleted += s.deleted;
    total.extractorRight += s.extractorRight;
    for (const [f, t] of Object.entries(s.perField)) {
      const into = (total.perField[f] ??= { changed: 0, total: 0 });
      into.changed += t.changed;
      into.total += t.total;
    }
  }
  return total;
}
