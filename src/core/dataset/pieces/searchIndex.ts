import MiniSearch, { type Options } from "minisearch";
import type { Event, Figure } from "../schema";

/** What a search hit shows without fetching its record. */
export interface SearchEntry {
  id: string;
  type: "figure" | "event";
  /** The figure's metric or the event's title. */
  what: string;
  value: number | null;
  unit: string | null;
  /** The event's date or the figure's period end. */
  date: string | null;
  doc: string;
}

interface IndexedRecord extends SearchEntry {
  words: string;
  context: string;
  quote: string;
}

/**
 * One definition for the build that writes the index and the pane that reads it: MiniSearch
 * refuses to load an index with other fields, so both must use these options.
 */
export const SEARCH_OPTIONS: Options<IndexedRecord> = {
  fields: ["words", "what", "context", "quote"],
  storeFields: ["type", "what", "value", "unit", "date", "doc"],
  searchOptions: { boost: { words: 3, what: 3, context: 2 }, prefix: true, combineWith: "AND" },
};

/** The serialized search index over every figure and event, written as the search piece. */
export function buildSearchIndex(figures: readonly Figure[], events: readonly Event[]): string {
  const index = new MiniSearch<IndexedRecord>(SEARCH_OPTIONS);
  index.addAll([
    ...figures.map((f) => ({
      id: f.id,
      type: "figure" as const,
      words: f.id.replace(/-/g, " "),
      what: f.metric,
      context: [f.unit.replace(/_/g, " "), f.category, f.actor, f.place, f.period.text]
        .filter(Boolean)
        .join(" "),
      quote: f.source.quote,
      value: f.value,
      unit: f.unit,
      date: f.period.end ?? f.period.start ?? null,
      doc: f.source.doc,
    })),
    ...events.map((e) => ({
      id: e.id,
      type: "event" as const,
      words: e.id.replace(/-/g, " "),
      what: e.title,
      context: [e.kind, e.category, e.place, ...e.parties].filter(Boolean).join(" "),
      quote: e.source.quote,
      value: null,
      unit: null,
      date: e.date,
      doc: e.source.doc,
    })),
  ]);
  return JSON.stringify(index);
}

/** The index in a search piece's text, ready to query. */
export function loadSearchIndex(json: string): MiniSearch<IndexedRecord> {
  return MiniSearch.loadJSON<IndexedRecord>(json, SEARCH_OPTIONS);
}

/** The hits for `text`, best first, as the search piece stores them. */
export function searchPiece(
  index: MiniSearch<IndexedRecord>,
  text: string,
  max = 20,
): SearchEntry[] {
  return index
    .search(text)
    .slice(0, max)
    .map((hit) => ({
      id: hit.id as string,
      type: hit.type as SearchEntry["type"],
      what: hit.what as string,
      value: (hit.value as number | null) ?? null,
      unit: (hit.unit as string | null) ?? null,
      date: (hit.date as string | null) ?? null,
      doc: hit.doc as string,
    }));
}
