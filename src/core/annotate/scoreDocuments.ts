import type { DocumentAnnotation } from "../dataset/annotationSchema";
import type { TableConfig } from "../dataset/datasetConfig";
import { extractMentions } from "../extract/extractMentions";
import { draftAnnotation } from "./draftAnnotation";
import { knownRecords } from "./knownRecords";
import { addScores, scoreDraft, type DraftScore, type FieldTally } from "./scoreDraft";

export interface GoldDocument {
  text: string;
  gold: DocumentAnnotation;
}

export interface CorpusScore extends DraftScore {
  documents: number;
  /** Share of reviewed fields the analyst changes (target: under 0.25). */
  changedShare: number;
  /** Share of gold records whose draft has the right value, unit, qualifier, period or date and tables. */
  draftAccuracy: number;
  /** Share of proposals the analyst deletes. */
  deletedShare: number;
  /** Share of gold records whose value or date the extractor reads right. */
  extractorAccuracy: number;
}

/**
 * Drafts each document as a new one (knowing only the other documents' annotations, plus
 * `background` ones, never its own, and the dataset's `tables`) with its gold date, and scores
 * the draft against its gold.
 */
export function scoreDocuments(
  docs: GoldDocument[],
  background: DocumentAnnotation[] = [],
  tables: TableConfig[] = [],
): CorpusScore {
  const all = [...background, ...docs.map((d) => d.gold)];
  const scores = docs.map(({ text, gold }) => {
    const date = gold.source.published?.length === 10 ? gold.source.published : null;
    const draft = draftAnnotation(gold.doc, text, {
      date,
      known: knownRecords(all, gold.doc, tables),
    });
    const mentions = extractMentions(text, { documentDate: date ?? undefined });
    return scoreDraft(text, gold, draft, mentions, all);
  });
  const total = addScores(scores);
  const share = (n: number, of: number) => (of ? n / of : 0);
  return {
    ...total,
    documents: docs.length,
    changedShare: share(total.fields.changed, total.fields.total),
    draftAccuracy: share(total.coreRight, total.records),
    deletedShare: share(total.deleted, total.proposed),
    extractorAccuracy: share(total.extractorRight, total.records),
  };
}

/** "title 53/53, parties 52/53, …": changed of reviewed, the fields that need most review first. */
export function byField(perField: Record<string, FieldTally>): string {
  return Object.entries(perField)
    .sort(([, a], [, b]) => b.changed - a.changed || b.total - a.total)
    .map(([field, t]) => `${field} ${t.changed}/${t.total}`)
    .join(", ");
}
