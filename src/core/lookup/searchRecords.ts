import type { Event, Figure } from "../dataset/schema";
import { badArgument } from "../errors";
import { dateText } from "../layout/dateDisplay";
import type { LookupIndex } from "./buildIndex";
import { isoBounds } from "./excelDate";
import type { FigureOrEvent } from "./fields";
import { stemMatches, tokenize } from "./tokens";

/** What to look for. Every given part must hold for a record to be a hit. */
export interface SearchQuery {
  /** Words that must all occur (id, metric/title, unit, actor, parties, period, quote); "" for any. */
  text: string;
  /** Only figures or only events; both when omitted. */
  types?: readonly ("figure" | "event")[];
  /** One of the dataset's categories, e.g. "sanctions". */
  category?: string;
  /** A source id such as "000_27c8b5ee908a7d02", or words of its title or publisher. */
  source?: string;
  /** Inclusive ISO bounds (YYYY, YYYY-MM or YYYY-MM-DD). A figure is in range when its period
   *  overlaps it (an open end runs on), an event when its date does; records without
   *  dates are then left out. */
  from?: string;
  to?: string;
  /** Most hits returned, best first (default 20). */
  max?: number;
}

export interface SearchHit {
  id: string;
  type: "figure" | "event";
  /** The figure's value; null for an event. */
  value: number | null;
  /** The figure's unit; null for an event. */
  unit: string | null;
  /** The event's ISO date (or the figure's period end); null when the dataset has none. */
  date: string | null;
  /** The figure's metric or the event's title. */
  what: string;
  quote: string;
  doc: string;
  /** "Publisher, date" of the source document. */
  source: string;
  /** Higher is better: words in the id or metric/title count 3, in context 2, in the quote 1. */
  score: number;
}

/**
 * Text search over figures and events with optional filters; the engine behind POLICY.SEARCH
 * and the task pane's Search view. Results are sorted by score, then figures before events,
 * then id, so the same query always lists the same hits in the same order.
 * @example searchRecords(index, { text: "pill presses", from: "2023" })[0].id // "dhs-pill-presses-seized-fy2023"
 */
export function searchRecords(index: LookupIndex, query: SearchQuery): SearchHit[] {
  const words = tokenize(query.text);
  const range = dateRange(query.from, query.to);
  const sourceIds = query.source === undefined ? undefined : matchSources(index, query.source);
  const hits: SearchHit[] = [];
  for (const found of index.records.values()) {
    const r = found.record;
    if (query.types && !query.types.includes(found.type)) continue;
    if (query.category && r.category !== query.category.trim().toLowerCase()) continue;
    if (sourceIds && !sourceIds.has(r.source.doc)) continue;
    if (range && !inRange(found, range)) continue;
    const score = scoreRecord(index, r.id, words);
    if (score === 0 && words.length > 0) continue;
    hits.push(toHit(index, found, score));
  }
  hits.sort(
    (a, b) =>
      b.score - a.score ||
      (a.type === b.type ? 0 : a.type === "figure" ? -1 : 1) ||
      a.id.localeCompare(b.id),
  );
  return hits.slice(0, query.max ?? 20);
}

function scoreRecord(index: LookupIndex, id: string, words: string[]): number {
  if (words.length === 0) return 1;
  const s = index.stems.get(id)!;
  let score = 0;
  for (const w of words) {
    if (stemMatches(w, s.name)) score += 3;
    else if (stemMatches(w, s.context)) score += 2;
    else if (stemMatches(w, s.quote)) score += 1;
    else return 0;
  }
  return score;
}

function matchSources(index: LookupIndex, source: string): Set<string> {
  return sourcesMatching(index.dataset.sources, source);
}

/** The ids of the documents `source` names: by id, or by words of their title or publisher. */
export function sourcesMatching(
  sources: readonly { id: string; title: string | null; publisher: string | null }[],
  source: string,
): Set<string> {
  const wanted = source.trim().toLowerCase();
  const words = tokenize(wanted);
  const ids = sources
    .filter(
      (s) =>
        s.id === wanted ||
        (words.length > 0 &&
          words.every((w) => stemMatches(w, tokenize(`${s.title ?? ""} ${s.publisher ?? ""}`)))),
    )
    .map((s) => s.id);
  return new Set(ids);
}

/** The inclusive ISO day bounds of From and To; undefined when neither is given. */
export function dateRange(from?: string, to?: string): [string, string] | undefined {
  if (!from && !to) return undefined;
  const check = (name: string, v?: string) => {
    if (v !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) {
      throw badArgument(name, v, "an ISO date such as 2023, 2023-10 or 2023-10-03");
    }
  };
  check("from", from);
  check("to", to);
  const range: [string, string] = [
    from ? isoBounds(from)[0] : "0000-01-01",
    to ? isoBounds(to)[1] : "9999-12-31",
  ];
  // A range that ends before it starts matches nothing; say so rather than show no results.
  if (range[0] > range[1])
    throw badArgument("from", from!, `a date on or before the To date (${to}), or swap them`);
  return range;
}

function inRange(found: FigureOrEvent, range: [string, string]): boolean {
  if (found.type === "event")
    return datesInRange("event", found.record.date, found.record.date, range);
  const { start, end } = found.record.period;
  return datesInRange("figure", start, end, range);
}

/**
 * True when a record's dates meet [from, to]: an event's date, or a figure's period, whose one
 * open end ("since 2020") runs on in that direction; a record without dates never does.
 */
export function datesInRange(
  type: "figure" | "event",
  startDate: string | null,
  endDate: string | null,
  [from, to]: [string, string],
): boolean {
  let start = startDate;
  let end = endDate;
  if (type === "figure") {
    if (!start && !end) return false;
    start = start ?? "0000";
    end = end ?? "9999";
  }
  if (!start || !end) return false;
  return isoBounds(start)[0] <= to && isoBounds(end)[1] >= from;
}

function toHit(index: LookupIndex, found: FigureOrEvent, score: number): SearchHit {
  const r = found.record;
  const src = index.sources.get(r.source.doc);
  const source = src
    ? `${src.publisher ?? src.title}, ${src.published ? dateText(src.published) : "undated"}`
    : r.source.doc;
  const base = { id: r.id, quote: r.source.quote, doc: r.source.doc, source, score };
  if (found.type === "figure") {
    const f: Figure = found.record;
    return {
      ...base,
      type: "figure",
      value: f.value,
      unit: f.unit,
      date: f.period.end,
      what: f.metric,
    };
  }
  const e: Event = found.record;
  return { ...base, type: "event", value: null, unit: null, date: e.date, what: e.title };
}
