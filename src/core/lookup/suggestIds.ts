import { distance } from "fastest-levenshtein";
import { stem } from "./tokens";

/** Long input is cut before comparing, so a pasted paragraph costs no more than an id. */
const MAX_QUERY = 100;

/**
 * The `count` ids nearest to what was typed, best first: shared words (with plural and prefix
 * tolerance) count most, then edit distance, so "treasury-sanction" finds
 * "treasury-sanctions-since-eo" before a short id a few letters away.
 * @example suggestIds(["dhs-pill-presses-seized-fy2023", "us-overdose-deaths-2022"], "pill-presses") // ["dhs-pill-presses-seized-fy2023", "us-overdose-deaths-2022"]
 */
export function suggestIds(ids: readonly string[], typed: string, count = 3): string[] {
  const query = typed.trim().toLowerCase().slice(0, MAX_QUERY);
  const queryWords = words(query);
  return ids
    .map((id) => ({ id, score: similarity(query, queryWords, id) }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, count)
    .map((s) => s.id);
}

function words(text: string): string[] {
  return text
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map(stem);
}

function similarity(query: string, queryWords: string[], id: string): number {
  if (!query) return 0;
  const idWords = words(id);
  const shared = queryWords.filter((q) =>
    idWords.some((w) => w === q || (q.length >= 3 && (w.startsWith(q) || q.startsWith(w)))),
  ).length;
  const wordScore = queryWords.length ? shared / Math.max(queryWords.length, 1) : 0;
  const coverage = idWords.length ? shared / idWords.length : 0;
  const editScore = 1 - distance(query, id) / Math.max(query.length, id.length);
  const contains = id.includes(query) ? 1 : 0;
  return 0.5 * wordScore + 0.1 * coverage + 0.3 * editScore + 0.1 * contains;
}
