import type { Figure } from "../dataset/schema";
import { badArgument, PolicyError } from "../errors";
import type { LookupIndex } from "./buildIndex";
import { shownId } from "./findFigure";
import { suggestIds } from "./suggestIds";
import { stemMatches, tokenize } from "./tokens";

export interface MeaningQuery {
  /** Words of the metric, e.g. "persons sanctioned"; an exact id also works. */
  text: string;
  /** Matched against the figure's actor, e.g. "OFAC" or "Treasury". */
  actor?: string;
  /** A year, fiscal year or ISO date, e.g. "2023", "FY 2023", "2023-10". */
  period?: string;
}

/** Candidates listed in an "ambiguous" message. */
const SHOWN_CANDIDATES = 5;

/**
 * The one figure a description names. Every word of the text must match the figure; figures
 * whose id or metric hold all the words win over those that need actor, unit, period or the
 * quote. Several equally good figures are an "ambiguous" error listing them (never a guess);
 * none is an "unknown_id" error with the nearest ids.
 * @example lookupByMeaning(index, { text: "pill presses", actor: "DHS" }).id // "dhs-pill-presses-seized-fy2023"
 */
export function lookupByMeaning(index: LookupIndex, query: MeaningQuery): Figure {
  // A workbook repeats the same few LOOKUPs on every recalculation: answer each once per index.
  let cache = answers.get(index);
  if (!cache || cache.size > MAX_CACHED) answers.set(index, (cache = new Map()));
  const key = JSON.stringify([query.text, query.actor ?? null, query.period ?? null]);
  const known = cache.get(key);
  if (known instanceof PolicyError) throw known;
  if (known) return known;
  try {
    const figure = findByMeaning(index, query);
    cache.set(key, figure);
    return figure;
  } catch (error) {
    if (error instanceof PolicyError) cache.set(key, error);
    throw error;
  }
}

const MAX_CACHED = 10_000;
const answers = new WeakMap<LookupIndex, Map<string, Figure | PolicyError>>();

function findByMeaning(index: LookupIndex, query: MeaningQuery): Figure {
  const exact = index.records.get(query.text.trim().toLowerCase());
  const pool = index.dataset.figures.filter(
    (f) => matchesActor(f, query.actor) && matchesPeriod(f, query.period),
  );
  if (exact?.type === "figure" && pool.includes(exact.record)) return exact.record;

  const words = tokenize(query.text);
  if (words.length === 0) {
    throw badArgument("metric_or_text", query.text, 'words of a metric, e.g. "persons sanctioned"');
  }
  const tiers = [
    pool.filter((f) => words.every((w) => stemMatches(w, index.stems.get(f.id)!.name))),
    pool.filter((f) => words.every((w) => stemMatches(w, contextStems(index, f)))),
    pool.filter((f) => words.every((w) => stemMatches(w, allStems(index, f)))),
  ];
  const matches = tiers.find((t) => t.length > 0) ?? [];
  if (matches.length === 1) return matches[0];

  const wanted = query.text.trim().toLowerCase();
  const sameMetric = matches.filter((f) => f.metric.toLowerCase() === wanted);
  if (sameMetric.length === 1) return sameMetric[0];

  const described = describeQuery(query);
  if (matches.length === 0) {
    const near = suggestIds(
      pool.length ? pool.map((f) => f.id) : index.dataset.figures.map((f) => f.id),
      query.text,
    );
    throw new PolicyError(
      "unknown_id",
      `No figure matches ${described}.` + (near.length ? ` Did you mean ${near.join(", ")}?` : ""),
    );
  }
  const shown = matches.slice(0, SHOWN_CANDIDATES).map(candidateLabel).join("; ");
  const more =
    matches.length > SHOWN_CANDIDATES ? `; and ${matches.length - SHOWN_CANDIDATES} more` : "";
  throw new PolicyError(
    "ambiguous",
    `${matches.length} figures match ${described}: ${shown}${more}. ` +
      "Add an actor or period, or use POLICY.VALUE with one of these ids.",
  );
}

function contextStems(index: LookupIndex, f: Figure): string[] {
  const s = index.stems.get(f.id)!;
  return [...s.name, ...s.context];
}

function allStems(index: LookupIndex, f: Figure): string[] {
  const s = index.stems.get(f.id)!;
  return [...s.name, ...s.context, ...s.quote];
}

/** Letters and digits only, so "U.S. Treasury" contains "us treasury" and "FY2023" "FY 2023". */
function compact(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}

function matchesActor(f: Figure, actor: string | undefined): boolean {
  if (!actor) return true;
  const wanted = compact(actor);
  return wanted !== "" && f.actor !== null && compact(f.actor).includes(wanted);
}

function matchesPeriod(f: Figure, period: string | undefined): boolean {
  if (!period) return true;
  const wanted = period.trim().toLowerCase();
  if (f.period.start?.startsWith(wanted) || f.period.end?.startsWith(wanted)) return true;
  return f.period.text !== null && compact(f.period.text).includes(compact(wanted));
}

function describeQuery(q: MeaningQuery): string {
  return (
    `"${shownId(q.text)}"` +
    (q.actor ? ` with actor "${shownId(q.actor)}"` : "") +
    (q.period ? ` in period "${shownId(q.period)}"` : "")
  );
}

function candidateLabel(f: Figure): string {
  const context = [f.actor, f.period.text].filter(Boolean).join(", ");
  return `${f.id} (${f.value} ${f.unit}${context ? `, ${context}` : ""})`;
}
