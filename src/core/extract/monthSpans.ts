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
    found.push({
      kind: "date",
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      value: null,
      unit: null,
      qualifier: null,
      date: null,
      precision: null,
      note: `"${m[0]}" is the span ${start} to ${end}`,
      period: { start, end },
    });
  }
  return found;
}
