import type { Qualifier } from "../dataset/schema";

const BEFORE: [string, Qualifier][] = [
  ["no more than", "up_to"],
  ["not more than", "up_to"],
  ["no fewer than", "at_least"],
  ["no less than", "at_least"],
  ["not less than", "at_least"],
  ["more than", "more_than"],
  ["greater than", "more_than"],
  ["upwards of", "more_than"],
  ["in excess of", "more_than"],
  ["just over", "more_than"],
  ["well over", "more_than"],
  ["over", "more_than"],
  ["exceeding", "more_than"],
  ["at least", "at_least"],
  ["a minimum of", "at_least"],
  ["almost", "nearly"],
  ["nearly", "nearly"],
  ["close to", "nearly"],
  ["just under", "less_than"],
  ["approximately", "about"],
  ["roughly", "about"],
  ["around", "about"],
  ["about", "about"],
  ["some", "about"],
  ["an estimated", "about"],
  ["the estimated", "about"],
  ["up to", "up_to"],
  ["as many as", "up_to"],
  ["as much as", "up_to"],
  ["at most", "up_to"],
  ["a maximum of", "up_to"],
  ["less than", "less_than"],
  ["fewer than", "less_than"],
  ["under", "less_than"],
  ["below", "less_than"],
];

const QUALIFIER_WORDS = new Map(BEFORE);
// Longest phrases first, so "no more than" wins over "more than".
const BEFORE_RE = new RegExp(
  `(?<![\\p{L}\\p{Nd}])(${BEFORE.map(([w]) => w.replace(/ /g, "\\s+"))
    .sort((a, b) => b.length - a.length)
    .join("|")})\\s+$`,
  "iu",
);
const LOOKBACK = 24;

/**
 * The hedge written just before a number ("more than 3,600", "almost five times"), with
 * where it starts so the mention's span can include it.
 * @example qualifierBefore("stopped over 43,000", 13) // { qualifier: "more_than", start: 8 }
 */
export function qualifierBefore(
  text: string,
  at: number,
): { qualifier: Qualifier; start: number } | null {
  const from = Math.max(0, at - LOOKBACK);
  const m = BEFORE_RE.exec(text.slice(from, at));
  if (!m) return null;
  const start = from + m.index;
  if (start > 0 && /[\p{L}\p{Nd}]/u.test(text[start - 1])) return null;
  const words = m[1].toLowerCase().replace(/\s+/g, " ");
  return { qualifier: QUALIFIER_WORDS.get(words)!, start };
}

const AFTER_RE = /^\s+or\s+(more|greater|above|higher|over|less|fewer|lower|below|under)\b/i;
const AT_MOST = new Set(["less", "fewer", "lower", "below", "under"]);

/**
 * "50 or more", "10 years or less": the hedge written after a number, and where it ends.
 * Both bounds include the number itself, so they read at_least and up_to.
 */
export function qualifierAfter(
  text: string,
  at: number,
): { qualifier: Qualifier; end: number } | null {
  const m = AFTER_RE.exec(text.slice(at, at + 16));
  if (!m) return null;
  const qualifier = AT_MOST.has(m[1].toLowerCase()) ? "up_to" : "at_least";
  return { qualifier, end: at + m[0].length };
}

// "an estimated street value of $384,600": the estimate hedges a number a few words on.
// "... value estimated at $9,000" likewise.
const ESTIMATED_BEFORE =
  /(?:(?<![\p{L}\p{Nd}])(?:an?|the)\s+(?:estimated|predicted|projected)\s+(?:[\p{L}-]+\s+){1,3}(?:of|at)|\b(?:estimated|predicted|projected)\s+at)\s+$/iu;
// "the 111,029 deaths estimated in 2022", "101,263 predicted overdose deaths".
const ESTIMATE_WORD =
  /^\s+(?:(?:were|was|are|is|been|being)\s+)?(?:estimated|predicted|projected)\b/iu;
const ESTIMATE_INSIDE = /\b(?:estimated|predicted|projected)\b/i;

/**
 * Whether a number is an estimate or prediction: named as one a few words before it, inside
 * its unit phrase, or just after it. Such a figure is about its value, as "nearly" is.
 */
export function isEstimate(text: string, start: number, end: number, valueEnd: number): boolean {
  return (
    ESTIMATED_BEFORE.test(text.slice(Math.max(0, start - 48), start)) ||
    ESTIMATE_INSIDE.test(text.slice(valueEnd, end)) ||
    ESTIMATE_WORD.test(text.slice(end, end + 40))
  );
}
