import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import {
  byField,
  scoreDocuments,
  type CorpusScore,
  type GoldDocument,
} from "../../core/annotate/scoreDocuments";
import { DocumentAnnotation } from "../../core/dataset/annotationSchema";
import { readTables } from "../annotate";

interface Row {
  name: string;
  value: number | null;
  unit: string;
  detail: string;
}

/** Documents with their reviewed annotations (`<dir>/<doc>.txt`, `<dir>/annotations/<doc>.yaml`). */
export function readGold(dir: string): GoldDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({
      text: readFileSync(join(dir, f), "utf8"),
      gold: DocumentAnnotation.parse(
        parse(readFileSync(join(dir, "annotations", f.replace(/\.txt$/, ".yaml")), "utf8")),
      ),
    }));
}

const pct = (x: number) => Math.round(1000 * x) / 10;

function rows(label: string, s: CorpusScore): Row[] {
  const fieldDetail = `changed by field, most first: ${byField(s.perField)}`;
  return [
    {
      name: `annotate drafts, ${label}: fields an analyst changes`,
      value: pct(s.changedShare),
      unit: "%",
      detail: `${s.fields.changed} of ${s.fields.total} reviewed fields of ${s.records} figures and events in ${s.documents} documents (target < 25%): ${fieldDetail}`,
    },
    {
      name: `annotate drafts, ${label}: draft accuracy`,
      value: pct(s.draftAccuracy),
      unit: "%",
      detail: `${s.coreRight} of ${s.records} figures and events drafted with the right value, unit, qualifier, period or date, and tables`,
    },
    {
      name: `annotate drafts, ${label}: proposals deleted`,
      value: pct(s.deletedShare),
      unit: "%",
      detail: `${s.deleted} of ${s.proposed} proposed figures and events are not in the analyst's annotation`,
    },
    {
      name: `annotate drafts, ${label}: extractor accuracy`,
      value: pct(s.extractorAccuracy),
      unit: "%",
      detail: `${s.extractorRight} of ${s.records} figures and events whose value or date the extractor reads right in the quote`,
    },
  ];
}

/**
 * Draft accuracy of `npm run annotate`: each seed drafted knowing only the other seeds, and each
 * document of the hand-annotated test corpus (real press releases and statements the seeds do
 * not hold) drafted knowing the seeds, scored against the analyst's annotation. The bench rows
 * and README "Adding a document" (`npm run readme`) both read this one scoring.
 */
export function scoreDrafts(
  seedsDir: string,
  corpusDir: string,
): { seeds: CorpusScore; corpus: CorpusScore | null } {
  const seeds = readGold(seedsDir);
  const tables = readTables(seedsDir);
  const seedScore = scoreDocuments(seeds, [], tables);
  if (!existsSync(corpusDir)) return { seeds: seedScore, corpus: null };
  const corpus = scoreDocuments(
    readGold(corpusDir),
    seeds.map((s) => s.gold),
    tables,
  );
  return { seeds: seedScore, corpus };
}

/** The bench's `annotate drafts, …` rows. */
export function benchAnnotate(seedsDir: string, corpusDir: string): Row[] {
  const { seeds, corpus } = scoreDrafts(seedsDir, corpusDir);
  const out = rows("seeds", seeds);
  if (!corpus)
    return [
      ...out,
      {
        name: "annotate drafts, test corpus",
        value: null,
        unit: "%",
        detail: `no test corpus at ${corpusDir}`,
      },
    ];
  return [...out, ...rows("test corpus", corpus)];
}
