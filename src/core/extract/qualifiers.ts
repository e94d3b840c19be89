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

const AFTER_RE = /^\s+or\s+(more|greater|above|higher)\b/i;

/** "50 or more": the hedge written after a number, and where it ends. */
export function qualifierAfter(
  text: string,
  at: number,
): { qualifier: Qualifier; end: number } | null {
  const m = AFTER_RE.exec(text.slice(at, at + 16));
  return m ? { qualifier: "at_least", end: at + m[0].length } : null;
}
