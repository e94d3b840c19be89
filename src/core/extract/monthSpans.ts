import { daysInMonth, isoMonth } from "./documentDate";
import type { Mention } from "./mention";
import { parseWrittenNumber } from "./wordNumbers";

const MONTHS =
  "january february march april may june july august september october november december".split(
    " ",
  );
const MONTH = `(${MONTHS.map((m) => m[0].toUpperCase() + m.slice(1)).join("|")}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?`;
const COUNT = `(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four|thirty-six)`;
// "the 12-month period through December 2023", "the 12 months ending September 2023",
// "the year ending in March 2024", "the six months to June 2023".
const SPAN = new RegExp(
  `\\b(?:the\\s+)?(?:(?:past|last|previous)\\s+)?(?:${COUNT}[-\\s]months?|(year))(?:\\s+period)?\\s+` +
    `(?:through|thru|ending(?:\\s+in)?|ended(?:\\s+in)?|to|up\\s+to)\\s+${MONTH},?\\s+(\\d{4})\\b`,
  "gi",
);

// "between May 2020 and late-September 2022", "from March 2019 through mid-June 2021".
const EDGE = `(?:(?:early|mid|late)[\\s-]+)?${MONTH},?\\s+(\\d{4})`;
const BETWEEN = new RegExp(
  `\\b(?:(?:between\\s+${EDGE}\\s+and)|(?:from\\s+${EDGE}\\s+(?:to|through|thru|until)))\\s+${EDGE}\\b`,
  "gi",
);

/**
 * Spans of whole months that end in a named month: "the 12-month period through December
 * 2023" is 2023-01-01..2023-12-31, reported as a date mention with a null date and `period`
 * (not as a count of 12 and a month).
 * @example findMonthSpans("the 12 months ending September 2023")[0].period
 * // { start: "2022-10-01", end: "2023-09-30" }
 */
export function findMonthSpans(text: string): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(SPAN)) {
    const months = m[2] ? 12 : /^\d/.test(m[1]) ? Number(m[1]) : parseWrittenNumber(m[1]);
    const endMonth =
      MONTHS.findIndex((name) => name.startsWith(m[3].toLowerCase().slice(0, 3))) + 1;
    const endYear = Number(m[4]);
    if (months < 1 || months > 120 || endMonth < 1) continue;
    const last = endYear * 12 + endMonth - 1;
    const first = last - months + 1;
    const start = `${isoMonth(Math.floor(first / 12), (first % 12) + 1)}-01`;
    const end = `${isoMonth(endYear, endMonth)}-${String(daysInMonth(endYear, endMonth)).padStart(2, "0")}`;
    found.push(spanMention(m[0], m.index, start, end));
  }
  for (const m of text.matchAll(BETWEEN)) {
    // Groups: between's month and year, from's month and year, then the closing month and year.
    const [fromMonth, fromYear] = m[1] ? [m[1], m[2]] : [m[3], m[4]];
    const first = monthIndex(fromMonth);
    const last = monthIndex(m[5]);
    const [y1, y2] = [Number(fromYear), Number(m[6])];
    if (y2 * 12 + last <= Number(y1) * 12 + first) continue;
    const start = `${isoMonth(y1, first)}-01`;
    const end = `${isoMonth(y2, last)}-${String(daysInMonth(y2, last)).padStart(2, "0")}`;
    found.push(spanMention(m[0], m.index, start, end));
  }
  return found;
}

function monthIndex(name: string): number {
  return MONTHS.findIndex((month) => month.startsWith(name.toLowerCase().slice(0, 3))) + 1;
}

function spanMention(text: string, at: number, start: string, end: string): Mention {
  return {
    kind: "date",
    text,
    start: at,
    end: at + text.length,
    value: null,
    unit: null,
    qualifier: null,
    date: null,
    precision: null,
    note: `"${text}" is the span ${start} to ${end}`,
    period: { start, end },
  };
}
