import type { Qualifier, Unit } from "../dataset/schema";
import type { Span } from "./spans";
import { FRACTIONS, parseWrittenNumber, WRITTEN_NUMBER } from "./wordNumbers";

/** A number read from a phrase that fixes its own unit, as findNumbers' cores are. */
export interface ShareCore extends Span {
  value: number;
  unit: Unit;
  qualifier?: Qualifier;
}

const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+|\\d+|${WRITTEN_NUMBER.source.replace(/^\\b|\\b$/g, "")})`;
const PART = `(?:half|thirds?|quarters?|fourths?|fifths?)`;
// "two thirds", "three quarters": a fraction written with a space, as the hyphenated one is.
const SPACED_FRACTION = new RegExp(
  `\\b(one|two|three|four)\\s+(${PART})\\b|\\b(a)\\s+(half|third|quarter|fifth)(?=\\s+of\\b)`,
  "gi",
);
// "the first three quarters", "two quarters of 2023" count quarters of a year, not shares.
const QUARTER_BEFORE = /\b(?:first|last|past|next|previous|consecutive|the|straight)\s+$/i;
const QUARTER_AFTER = /^\s+(?:of\s+(?:the\s+)?(?:FY|fiscal|year|calendar|\d{4})|in\s+a\s+row)/i;
const OUT_OF = new RegExp(
  `\\b(${NUMBER})\\s+(?:out\\s+of\\s+(?:every\\s+)?|in\\s+every\\s+)(${NUMBER})\\b`,
  "gi",
);
// "seven in 10" as well as "seven in ten", but not "five in 10 days": a whole followed by a span
// of time counts the time, not a share.
const IN_WORDS =
  /\b(one|two|three|four|five|six|seven|eight|nine)\s+in\s+(two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred|100|10|20)\b(?!\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b)/gi;

const percentOf = (part: number, whole: number) => Math.round((part / whole) * 10000) / 100;
const numberOf = (word: string) =>
  /^\d/.test(word) ? Number(word.replace(/,/g, "")) : parseWrittenNumber(word);

/**
 * Shares written in words: fractions with a space ("two thirds", "a quarter of") and ratios
 * ("three out of every four", "six out of 10", "one in five"), as a percent of the whole.
 * @example findShareCores("three out of every four pills")[0].value // 75
 */
export function findShareCores(text: string): ShareCore[] {
  const cores: ShareCore[] = [];
  for (const m of text.matchAll(SPACED_FRACTION)) {
    const [count, part] = m[1] ? [m[1], m[2]] : ["one", m[4]];
    const key = `${count.toLowerCase()}-${part.toLowerCase()}`;
    const value = FRACTIONS[key];
    if (value === undefined) continue;
    const end = m.index + m[0].length;
    if (/quarter/i.test(part) && m[1]) {
      if (QUARTER_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
      if (QUARTER_AFTER.test(text.slice(end, end + 30))) continue;
    }
    cores.push({ start: m.index, end, value, unit: "percent" });
  }
  for (const re of [OUT_OF, IN_WORDS]) {
    for (const m of text.matchAll(re)) {
      const part = numberOf(m[1]);
      const whole = numberOf(m[2]);
      if (!(whole > 0) || part > whole) continue;
      cores.push({
        start: m.index,
        end: m.index + m[0].length,
        value: percentOf(part, whole),
        unit: "percent",
      });
    }
  }
  return cores;
}
