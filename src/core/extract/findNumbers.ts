import type { Qualifier, Unit } from "../dataset/schema";
import type { Mention } from "./mention";
import { isEstimate, qualifierAfter, qualifierBefore } from "./qualifiers";
import { findShareCores } from "./sharePhrases";
import { selectNonOverlapping, type Span } from "./spans";
import { unitAfter, unitOfNoun } from "./units";
import {
  FOLD_WORD,
  FRACTIONS,
  SCALES,
  VAGUE_AMOUNTS,
  WRITTEN_NUMBER,
  parseWrittenNumber,
} from "./wordNumbers";

/** Where a number sits before its unit and hedge are read. */
interface Core extends Span {
  value: number;
  /** Set when the phrase itself fixes the unit ("two-thirds", "sevenfold", "Title VIII"). */
  unit?: Unit;
  /** Set when the phrase itself fixes the hedge ("a majority" is more than half). */
  qualifier?: Qualifier;
  /** Labels such as "p.36" and "Title VIII" take no hedge and no unit noun. */
  label?: boolean;
  /** "one" is a pronoun ("one of the") unless a unit noun follows it directly. */
  needsUnit?: boolean;
  digits?: boolean;
}

const DIGITS = /(?<![\p{L}\p{Nd}_])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/gu;
// Letters glued to digits that still leave a number: ordinals, plurals/decades, units.
const GLUED = /^(?:st|nd|rd|th|s|x|mg|kg|lbs?|bn|m|b|k)(?![\p{L}\p{Nd}])/iu;
const FRACTION = new RegExp(`\\b(?:${Object.keys(FRACTIONS).join("|")})\\b`, "gi");
const HALF = /(?<!\b(?:first|second|last|latter|other|the)\s+)\bhalf(?=\s+of\b)/gi;
const MAJORITY = /\b(?:a|the)\s+majority\b/gi;
const VAGUE = new RegExp(
  `\\b(?:${Object.keys(VAGUE_AMOUNTS)
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/ /g, "\\s+"))
    .join("|")})\\b`,
  "gi",
);
const TWICE = /\btwice\b/gi;
const ROMAN_LABEL =
  /\b(?:Title|Article|Chapter|Part|Section|Volume|Subtitle|Division|Phase|Annex)\s+([IVXLCDM]+)\b/g;
const PAGE_BEFORE = /\b(?:pp?|No|Nos|no)\.\s?$/;
const MONEY_BEFORE = /(?:US)?\$\s?$/;
const SCALE_AFTER = /^\s+(hundred|thousand|million|billion|trillion)\b/i;
const GLUED_SCALE = /^(bn|m|b|k)\b/i;
const LABEL_BEFORE =
  /\b(?:Section|Sections|Article|Title|Rule|Chapter|Part|Step|Phase|Stage|Table|Figure|Item|Schedule|Level|Tier|Category|Class|Division|Page|Exhibit|Appendix|Annex|Paragraph|Clause|Count|Box|Line)\s+$/;
const NAME_BEFORE = /(?<![\p{L}\p{Nd}])[A-Z][A-Za-z]{0,5}-$/u;
const NAME_AFTER = /^-[A-Z]{1,2}(?![\p{L}\p{Nd}])/u;
const GLUED_SCALES: Record<string, number> = { bn: 1e9, b: 1e9, m: 1e6, k: 1e3 };
const PERCENT_AFTER = /^(?:\s?%|(?:\s+|-)(?:percent|per\s+cent|percentage\s+points?)\b)/i;
const TIMES_AFTER = /^(?:(?:\s+|-)times\b|(?:-|\s)?fold\b|x(?![\p{L}\p{Nd}]))/iu;
const DOLLARS_AFTER = /^\s+(?:dollars|USD)\b/;
const HYPHEN_NOUN = /^-(\p{L}+)\b/u;
const DURATION_AFTER = /^-(day|week|month|year)s?(?:-old)?\b/i;
const AGED_BEFORE = /\b(?:aged|ages|age)\s+$/i;
const RANGE_JOIN = /^\s*(?:to|-|–|—|through)\s*$/;
const CHANGE_BEFORE =
  /\b(?:rose|risen|fell|fallen|grew|grown|increased|decreased|dropped|declined|jumped|climbed|surged|soared|slipped|plunged|up|down)(?:\s+by)?\s+$/i;
const LIST_MARKER = /(?:^|\n)[ \t]*$/;

/**
 * Every numeric mention outside the blocked spans (the dates), with value, unit and hedge.
 * The span covers the hedge, the number and the noun that names the unit: "over 43,000 pounds".
 */
export function findNumbers(text: string, blocked: Span[]): Mention[] {
  const cores = selectNonOverlapping(findCores(text), blocked);
  const walls = [...blocked].sort((a, b) => a.start - b.start);
  const mentions: Mention[] = [];
  let w = 0;
  let floor = 0;
  for (let i = 0; i < cores.length; i++) {
    while (w < walls.length && walls[w].end <= cores[i].start)
      floor = Math.max(floor, walls[w++].end);
    if (cores[i].start < floor) continue;
    const limit = Math.min(cores[i + 1]?.start ?? text.length, walls[w]?.start ?? text.length);
    const mention = readMention(text, cores[i], floor, limit);
    if (mention) {
      mention.text = text.slice(mention.start, mention.end);
      mentions.push(mention);
      floor = mention.end;
    }
  }
  shareRangeUnits(text, mentions);
  return mentions;
}

function findCores(text: string): Core[] {
  const cores: Core[] = [];
  for (const m of text.matchAll(DIGITS)) {
    const start = m.index;
    const end = start + m[0].length;
    const glued = /^[\p{L}]/u.test(text[end] ?? "") ? GLUED.exec(text.slice(end, end + 4)) : null;
    if (/^[\p{L}]/u.test(text[end] ?? "") && !glued) continue;
    if (m[0].length <= 2 && /^[.)]\s/.test(text.slice(end, end + 2))) {
      if (LIST_MARKER.test(text.slice(Math.max(0, start - 20), start))) continue;
    }
    // "M-30 pills" (an imprint), "AR-15", "COVID-19", "Form 10-K": names, not amounts.
    if (NAME_BEFORE.test(text.slice(Math.max(0, start - 8), start))) continue;
    if (NAME_AFTER.test(text.slice(end, end + 4))) continue;
    const value = Number(m[0].replace(/,/g, ""));
    const page = PAGE_BEFORE.exec(text.slice(Math.max(0, start - 5), start));
    if (page) cores.push({ start: start - page[0].length, end, value, label: true });
    else cores.push({ start, end, value, digits: true });
  }
  for (const m of text.matchAll(WRITTEN_NUMBER)) {
    // "16 million": the scale word belongs to the digits before it.
    if (/\d\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    const value = parseWrittenNumber(m[0]);
    cores.push({
      start: m.index,
      end: m.index + m[0].length,
      value,
      needsUnit: m[0].toLowerCase() === "one",
    });
  }
  for (const m of text.matchAll(FOLD_WORD)) {
    const value = parseWrittenNumber(m[1]);
    cores.push({ start: m.index, end: m.index + m[0].length, value, unit: "times" });
  }
  for (const m of text.matchAll(FRACTION)) {
    const value = FRACTIONS[m[0].toLowerCase()];
    cores.push({ start: m.index, end: m.index + m[0].length, value, unit: "percent" });
  }
  cores.push(...findShareCores(text));
  for (const m of text.matchAll(HALF)) {
    cores.push({ start: m.index, end: m.index + m[0].length, value: 50, unit: "percent" });
  }
  for (const m of text.matchAll(MAJORITY)) {
    const end = m.index + m[0].length;
    cores.push({ start: m.index, end, value: 50, unit: "percent", qualifier: "more_than" });
  }
  for (const m of text.matchAll(VAGUE)) {
    const value = VAGUE_AMOUNTS[m[0].toLowerCase().replace(/\s+/g, " ")];
    cores.push({ start: m.index, end: m.index + m[0].length, value, qualifier: "more_than" });
  }
  for (const m of text.matchAll(TWICE)) {
    cores.push({ start: m.index, end: m.index + m[0].length, value: 2, unit: "times" });
  }
  for (const m of text.matchAll(ROMAN_LABEL)) {
    const value = romanValue(m[1]);
    if (value !== null) {
      cores.push({ start: m.index, end: m.index + m[0].length, value, unit: "count", label: true });
    }
  }
  return cores;
}

function readMention(text: string, core: Core, floor: number, limit: number): Mention | null {
  let { start, end, value } = core;
  let unit: Unit | null = core.unit ?? null;
  let qualifier: Qualifier | null = core.qualifier ?? null;
  if (core.label) return numberMention(start, end, value, "count", "exact");

  if (!unit) {
    const money = MONEY_BEFORE.exec(text.slice(Math.max(floor, start - 4), start));
    if (money) {
      start -= money[0].length;
      unit = "USD";
    }
  }
  if (core.digits) {
    // "$2.3bn", "1.5K": a glued scale letter is read for money, a K always, and an m, b or bn
    // before a unit noun ("250M people", "2.5M pounds"), so a bare "5m" stays unread (metres?).
    const glued = GLUED_SCALE.exec(text.slice(end, end + 3));
    const nounAfter =
      glued && unit !== "USD" && glued[1].toLowerCase() !== "k"
        ? unitAfter(text, end + glued[0].length, limit)
        : null;
    const scale =
      SCALE_AFTER.exec(text.slice(end, end + 12)) ??
      (unit === "USD" || nounAfter || glued?.[1].toLowerCase() === "k" ? glued : null);
    if (scale) {
      const word = scale[1].toLowerCase();
      // toPrecision: 1.15 × 1,000 is 1149.9999999999998 in binary floating point.
      value = Number((value * (GLUED_SCALES[word] ?? SCALES[word])).toPrecision(12));
      end += scale[0].length;
    }
  }
  const after = text.slice(end, end + 24);
  let m: RegExpExecArray | null;
  if (!unit && (m = PERCENT_AFTER.exec(after))) {
    unit = "percent";
    end += m[0].length;
  } else if (!unit && (m = TIMES_AFTER.exec(after))) {
    unit = "times";
    end += m[0].length;
  } else if (unit === "USD" && (m = DOLLARS_AFTER.exec(after))) {
    end += m[0].length;
  } else if (!unit && (m = DOLLARS_AFTER.exec(after))) {
    unit = "USD";
    end += m[0].length;
  } else if (!unit && (m = DURATION_AFTER.exec(after))) {
    unit = m[1].toLowerCase() === "year" ? "years" : "count";
    end += m[0].length;
  } else if (!unit && (m = HYPHEN_NOUN.exec(after)) && unitOfNoun(m[1])) {
    // "a 1,000-pound shipment", "a 50-member task force"
    unit = unitOfNoun(m[1]);
    end += m[0].length;
  } else if (core.digits && /^(?:st|nd|rd|th|s)\b/i.test(after)) {
    end += /^[a-z]+/i.exec(after)![0].length;
  } else if (core.digits && /^(?:mg|kg|lbs?)\b/i.test(after)) {
    const word = /^[a-z]+/i.exec(after)![0];
    unit = unitOfNoun(word);
    end += word.length;
  }
  const orMore = !core.qualifier ? qualifierAfter(text, end) : null;
  if (orMore && orMore.end <= limit) {
    qualifier = orMore.qualifier;
    end = orMore.end;
  }
  if (!unit) {
    // "Section 5 requires": a number that labels a part reads no noun after it.
    const open = !LABEL_BEFORE.test(text.slice(Math.max(floor, start - 12), start));
    const noun = unitAfter(text, end, limit, open);
    if (noun && !(core.needsUnit && !/^\s+\S+$/.test(text.slice(end, noun.end)))) {
      unit = noun.unit;
      end = noun.end;
    }
  }
  if (core.needsUnit && !unit) return null;
  if (!unit && AGED_BEFORE.test(text.slice(Math.max(floor, start - 6), start))) unit = "years";
  // "400 grams or more": the hedge may follow the unit noun.
  const afterUnit = !qualifier ? qualifierAfter(text, end) : null;
  if (afterUnit && afterUnit.end <= limit) {
    qualifier = afterUnit.qualifier;
    end = afterUnit.end;
  }
  if (!qualifier) {
    const hedge = qualifierBefore(text, start);
    if (hedge && hedge.start >= floor) {
      qualifier = hedge.qualifier;
      start = hedge.start;
    }
  }
  if (!qualifier && isEstimate(text, start, end, core.end)) qualifier = "about";
  return numberMention(start, end, value, unit ?? "count", qualifier ?? "exact");
}

function numberMention(
  start: number,
  end: number,
  value: number,
  unit: Unit,
  qualifier: Qualifier,
): Mention {
  return {
    kind: "number",
    text: "",
    start,
    end,
    value,
    unit,
    qualifier,
    date: null,
    precision: null,
  };
}

/** "17 to 70 percent", "aged 18-45": a bare number joined to a unit-bearing one shares its unit. */
function shareRangeUnits(text: string, mentions: Mention[]): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const [a, b] = [mentions[i], mentions[i + 1]];
    const join = text.slice(a.end, b.start);
    const between =
      /^\s+and\s+$/.test(join) && /\bbetween\s+$/i.test(text.slice(0, a.start).slice(-12));
    if (!RANGE_JOIN.test(join) && !between) continue;
    // "rose 4.2% to 98,310": a change, then the level it reached, not a range of percents.
    if (
      /^\s*to\s*$/.test(join) &&
      CHANGE_BEFORE.test(text.slice(Math.max(0, a.start - 24), a.start))
    )
      continue;
    if (a.unit === "count" && b.unit !== "count" && b.unit !== "USD") a.unit = b.unit;
    else if (b.unit === "count" && a.unit !== "count" && a.unit !== "USD") b.unit = a.unit;
  }
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

function romanValue(numeral: string): number | null {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const v = ROMAN[numeral[i]];
    const next = ROMAN[numeral[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 ? total : null;
}
