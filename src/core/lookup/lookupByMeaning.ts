import { codeLabel } from "../dataset/displayText";
import type { Figure } from "../dataset/schema";
import { badArgument, PolicyError } from "../errors";
import { spanText } from "../layout/dateDisplay";
import { isFractionUnit } from "../layout/excelValue";
import { actorMatches, isBlankActor } from "./actorNames";
import type { LookupIndex } from "./buildIndex";
import { shownId } from "./findFigure";
import { describePeriod, parsePeriod, periodInside, type QueryPeriod } from "./periodArgument";
import { suggestIds } from "./suggestIds";
import { stem, stemMatches, tokenize } from "./tokens";

export interface MeaningQuery {
  /** Words of the metric, e.g. "persons sanctioned"; an exact id also works. */
  text: string;
  /** Who reported or acted, e.g. "OFAC", "CBP", "US Treasury" (see actorNames.ts). */
  actor?: string;
  /** A period in any form parsePeriod reads: 2023, "FY23", "Nov 2023", a date serial… */
  period?: string | number;
}

/** Candidates listed in an "ambiguous" message. */
const SHOWN_CANDIDATES = 5;

/** Words that ask for a share or a multiple rather than a count. */
const RATIO_WORDS = new Set(
  [
    "share",
    "percent",
    "percentage",
    "proportion",
    "fraction",
    "rate",
    "ratio",
    "times",
    "multiple",
    "fold",
    "growth",
  ].map(stem),
);

/**
 * Verbs the documents and analysts use for the same act: "fentanyl seized" also means the
 * fentanyl DHS "stopped", "members sanctioned" those OFAC "designated". Prefixes of stems.
 */
export const SAME_ACT = [
  ["seiz", "stop", "interdict", "intercept"],
  ["sanction", "designat"],
  ["indict", "charg"],
];

/** stemMatches, where a verb of SAME_ACT also matches the others of its group. */
function wordMatches(word: string, stems: readonly string[]): boolean {
  if (stemMatches(word, stems)) return true;
  const group = SAME_ACT.find((g) => g.some((prefix) => word.startsWith(prefix)));
  return !!group && stems.some((s) => group.some((prefix) => s.startsWith(prefix)));
}

/**
 * The one figure a description names, never a guess. A figure matches when its id, metric,
 * unit, category, actor, place, period or note hold every word of the text; when its actor
 * has every word of `actor`; and when its period lies inside `period` (a figure for FY 2023
 * is not inside 2022, nor inside 2023). A share or multiple (unit percent or times) matches
 * only words that ask for one ("share", "percent", "times", "multiple"…) or the first word of
 * its metric ("potency"), so "overdose deaths" means deaths, not the share of deaths; "seized"
 * also matches "stopped" and "sanctioned" "designated" (SAME_ACT). Exactly one match is returned; several are an
 * "ambiguous" error listing them, none an "unknown_id" error listing the figures that hold the
 * words but fail the actor or period, or only quote the words.
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

/** What a query asks, read once: its words, actor and period. */
export interface ReadQuery {
  words: string[];
  asksRatio: boolean;
  actor: string | undefined;
  period: QueryPeriod | undefined;
}

/**
 * Why a figure is not what the query asks, or null when it is. Exported for the property
 * test, which checks that lookupByMeaning answers only when exactly one figure gives null.
 */
export function mismatch(
  index: LookupIndex,
  f: Figure,
  q: ReadQuery,
): "words" | "quote_only" | "ratio" | "actor" | "period" | null {
  const s = index.stems.get(f.id)!;
  const described = [...s.name, ...s.context];
  const inDescription = q.words.every((w) => wordMatches(w, described));
  if (!inDescription && !q.words.every((w) => wordMatches(w, [...described, ...s.quote]))) {
    return "words";
  }
  const actorOk = q.actor === undefined || actorMatches(f.actor, q.actor);
  const periodOk = q.period === undefined || periodInside(f.period, q.period);
  if (!inDescription) return actorOk && periodOk ? "quote_only" : "words";
  if (!actorOk) return "actor";
  if (!periodOk) return "period";
  if (isRatio(f) && !q.asksRatio && !q.words.includes(tokenize(f.metric)[0])) return "ratio";
  return null;
}

/** Reads the text, actor and period of a query; a bad period is a "bad_argument" error. */
export function readQuery(query: MeaningQuery): ReadQuery {
  const words = tokenize(query.text);
  if (words.length === 0) {
    throw badArgument("metric_or_text", query.text, 'words of a metric, e.g. "persons sanctioned"');
  }
  if (query.actor !== undefined && isBlankActor(query.actor)) {
    throw badArgument("actor", query.actor, 'an actor, e.g. "OFAC", "CBP" or "US Treasury"');
  }
  return {
    words,
    asksRatio: words.some((w) => RATIO_WORDS.has(w)),
    actor: query.actor,
    period: query.period === undefined ? undefined : parsePeriod(query.period),
  };
}

/**
 * True when no figure of `index` holds the query's words and its text is no figure's id: the
 * one answer that reads every figure (its "Did you mean" weighs all ids), so a slice of the
 * figures holding the words cannot give it.
 */
export function needsEveryFigure(index: LookupIndex, query: MeaningQuery): boolean {
  const q = readQuery(query);
  const exact = index.records.get(query.text.trim().toLowerCase());
  if (
    exact?.type === "figure" &&
    mismatch(index, exact.record, { ...q, words: [], asksRatio: true }) === null
  )
    return false;
  return index.dataset.figures.every((f) => mismatch(index, f, q) === "words");
}

function findByMeaning(index: LookupIndex, query: MeaningQuery): Figure {
  const q = readQuery(query);
  const figures = index.dataset.figures;
  const exact = index.records.get(query.text.trim().toLowerCase());
  if (exact?.type === "figure") {
    const why = mismatch(index, exact.record, { ...q, words: [], asksRatio: true });
    if (why === null) return exact.record;
  }
  const why = new Map(figures.map((f) => [f, mismatch(index, f, q)]));
  const matches = figures.filter((f) => why.get(f) === null);
  if (matches.length === 1) return matches[0];

  const described = describeQuery(query, q.period);
  if (matches.length > 1) {
    throw new PolicyError(
      "ambiguous",
      `${matches.length} figures match ${described}: ${listed(matches)}. ` +
        "Add an actor or period, or use POLICY.VALUE with one of these ids.",
    );
  }
  const near = figures.filter((f) => why.get(f) !== "words");
  if (near.length === 0) {
    const ids = suggestIds(index.figureIds, query.text);
    throw new PolicyError(
      "unknown_id",
      `No figure matches ${described}.` + (ids.length ? ` Did you mean ${ids.join(", ")}?` : ""),
    );
  }
  const reasons = near.slice(0, SHOWN_CANDIDATES).map((f) => {
    const reason = REASONS[why.get(f) as keyof typeof REASONS];
    return `${candidateLabel(f)}: ${reason(f, q)}`;
  });
  const more = near.length > SHOWN_CANDIDATES ? `; and ${near.length - SHOWN_CANDIDATES} more` : "";
  throw new PolicyError(
    "unknown_id",
    `No figure matches ${described}. Near: ${reasons.join("; ")}${more}.`,
  );
}

const REASONS = {
  quote_only: () => "only its quote holds every word",
  ratio: (f: Figure) =>
    f.unit === "percent"
      ? 'a share: add "share" or "percent" to the words'
      : 'a multiple: add "times" or "multiple" to the words',
  actor: (f: Figure) => `its actor is ${f.actor ?? "not stated"}`,
  period: (f: Figure, q: ReadQuery) =>
    f.period.start === null || f.period.end === null
      ? `its period "${f.period.text ?? "not stated"}" has no fixed start and end`
      : `its period ${spanText(f.period.start, f.period.end)} is not inside ${describePeriod(q.period!)}`,
};

function isRatio(f: Figure): boolean {
  return isFractionUnit(f.unit) || f.unit === "times";
}

function listed(figures: Figure[]): string {
  const shown = figures.slice(0, SHOWN_CANDIDATES).map(candidateLabel).join("; ");
  const more =
    figures.length > SHOWN_CANDIDATES ? `; and ${figures.length - SHOWN_CANDIDATES} more` : "";
  return shown + more;
}

function describeQuery(q: MeaningQuery, period: QueryPeriod | undefined): string {
  return (
    `"${shownId(q.text)}"` +
    (q.actor ? ` with actor "${shownId(q.actor)}"` : "") +
    (period ? ` in period ${describePeriod(period)}` : "")
  );
}

/** A candidate as the message lists it: id (value unit, actor, period). */
export function candidateLabel(f: Figure): string {
  const context = [f.actor, f.period.text].filter(Boolean).join(", ");
  return `${f.id} (${f.value} ${codeLabel(f.unit)}${context ? `, ${context}` : ""})`;
}
