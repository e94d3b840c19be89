import type { DocumentAnnotation } from "../dataset/annotationSchema";
import type { TableConfig } from "../dataset/datasetConfig";
import { wordsOf } from "./wordsOf";

/** What the other documents' annotations already say, for tables, names and fact links. */
export interface KnownRecord {
  kind: "figure" | "event";
  doc: string;
  id: string;
  category: string;
  tables: string[];
  fact: string | null;
  value: number | null;
  unit: string | null;
  /** A figure's qualifier ("more_than"); null for an event. */
  qualifier: string | null;
  date: string | null;
  eventKind: string | null;
  /** Words of the metric or title and of the quote, for similarity. */
  words: Set<string>;
  /** Words of the quote alone: all a new document's proposal has to compare with. */
  quoteWords: Set<string>;
  /** The metric (figures) or title (events) the analyst wrote. */
  label: string;
  place: string | null;
}

export interface Known {
  records: KnownRecord[];
  /** Actor, party and place spellings already in the dataset, longest first. */
  names: string[];
  /** Place spellings alone, longest first. */
  places: string[];
  /** Spellings of actors and parties (who acts, never only where), longest first. */
  actors: string[];
  /** Spellings of events' parties alone (often without an acronym), longest first. */
  parties: string[];
  /** Spellings of figures' actors alone (often with an acronym: "... (CBP)"), longest first. */
  figureActors: string[];
  /** The analyst tables records can join (tables of every record of a kind left out). */
  tables: KnownTable[];
}

export interface KnownTable {
  id: string;
  kind: KnownRecord["kind"];
  /** Its title and description, lower case: what the table says it holds. */
  says: string;
}

/** Collects the records of every annotation except the one being drafted, and the tables. */
export function knownRecords(
  annotations: DocumentAnnotation[],
  exceptDoc?: string,
  tables: TableConfig[] = [],
): Known {
  const records: KnownRecord[] = [];
  const names = new Set<string>();
  const places = new Set<string>();
  const actors = new Set<string>();
  const figureActors = new Set<string>();
  const parties = new Set<string>();
  for (const ann of annotations) {
    if (ann.doc === exceptDoc) continue;
    for (const f of ann.figures) {
      records.push({
        kind: "figure",
        doc: ann.doc,
        id: f.id,
        category: f.category,
        tables: f.tables,
        fact: f.fact,
        value: f.value,
        unit: f.unit,
        qualifier: f.qualifier,
        date: f.period.start,
        eventKind: null,
        words: wordsOf(`${f.metric} ${f.quote}`),
        quoteWords: wordsOf(f.quote),
        label: f.metric,
        place: f.place,
      });
      for (const n of [f.actor, f.place]) if (n) names.add(n);
      if (f.place) places.add(f.place);
      if (f.actor) actors.add(f.actor);
      if (f.actor) figureActors.add(f.actor);
    }
    for (const e of ann.events) {
      records.push({
        kind: "event",
        doc: ann.doc,
        id: e.id,
        category: e.category,
        tables: e.tables,
        fact: e.fact,
        value: null,
        unit: null,
        qualifier: null,
        date: e.date,
        eventKind: e.kind,
        words: wordsOf(`${e.title} ${e.quote}`),
        quoteWords: wordsOf(e.quote),
        label: e.title,
        place: e.place,
      });
      for (const n of [...e.parties, e.place]) if (n) names.add(n);
      if (e.place) places.add(e.place);
      for (const p of e.parties) actors.add(p);
      for (const p of e.parties) parties.add(p);
    }
  }
  return {
    records,
    names: longestFirst(names),
    places: longestFirst(places),
    actors: longestFirst(actors),
    figureActors: longestFirst(figureActors),
    parties: longestFirst(parties),
    tables: tables.flatMap((t) =>
      t.rows === "tagged" && (t.kind === "figures" || t.kind === "events")
        ? [
            {
              id: t.id,
              kind: t.kind === "figures" ? ("figure" as const) : ("event" as const),
              says: `${t.title} ${t.description}`.toLowerCase(),
            },
          ]
        : [],
    ),
  };
}

const longestFirst = (names: Set<string>) =>
  [...names].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));

/** Jaccard similarity of two word sets. */
export function similarity(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const all = a.size + b.size - shared;
  return all ? shared / all : 0;
}

/**
 * The tables most known records of this kind that `like` accepts join (ties go to the first
 * seen), or null when none is known.
 */
export function usualTables(
  known: Known,
  kind: KnownRecord["kind"],
  like: (r: KnownRecord) => boolean,
): string[] | null {
  const counts = new Map<string, number>();
  for (const r of known.records)
    if (r.kind === kind && like(r)) {
      const key = r.tables.join(",");
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  let best: string | null = null;
  let bestCount = 0;
  for (const [key, n] of counts) if (n > bestCount) [best, bestCount] = [key, n];
  return best === null ? null : best ? best.split(",") : [];
}

/**
 * The place at least two thirds (and at least two) of the known records of this kind and
 * category share, or null: the place a sentence leaves unsaid ("overdose deaths" are US deaths).
 */
export function usualPlace(known: Known, kind: KnownRecord["kind"], category: string) {
  const same = known.records.filter((r) => r.kind === kind && r.category === category);
  const counts = new Map<string, number>();
  for (const r of same) if (r.place) counts.set(r.place, (counts.get(r.place) ?? 0) + 1);
  for (const [place, n] of counts) if (n >= 2 && n * 3 >= same.length * 2) return place;
  return null;
}
