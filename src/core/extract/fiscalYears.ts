import { daysInMonth, isoMonth, type DocumentDate } from "./documentDate";
import type { Mention } from "./mention";
import { parseWrittenNumber } from "./wordNumbers";

const FISCAL_YEAR = /\b(?:FY|[Ff]iscal\s+[Yy]ear|[Ff]iscal)\s?['’]?(\d{4}|\d{2})\b/g;
const RELATIVE_FISCAL_YEAR =
  /\b(?:the\s+)?(previous|prior|last|this|current|next|coming)\s+fiscal\s+year\b/gi;
const COUNT = `(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven)`;
// "the first four months of", "the last quarter of", "the first half of" before a fiscal year.
const PART_BEFORE = new RegExp(
  `\\bthe\\s+(first|last)\\s+(?:(${COUNT})\\s+(months?|quarters?)|(half|quarter|month))\\s+of\\s+(?:the\\s+)?$`,
  "i",
);
const STEP: Record<string, number> = {
  previous: -1,
  prior: -1,
  last: -1,
  this: 0,
  current: 0,
  next: 1,
  coming: 1,
};

/**
 * US federal fiscal years ("FY 2023", "FY21", "Fiscal Year 23", "fiscal year 2023"), and those
 * named from the document date ("last fiscal year", "the previous fiscal year"), reported as
 * the year they are named after (precision year) with `period` giving the calendar span: FY N
 * runs from October 1 of N-1 to September 30 of N. A part of one ("the first four months of
 * fiscal year 2023") is a span: date null, `period` 2022-10-01..2023-01-31.
 * @example findFiscalYears("in FY21")[0] // date "2021", period 2020-10-01..2021-09-30
 */
export function findFiscalYears(text: string, doc: DocumentDate | null = null): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(FISCAL_YEAR)) {
    const year = m[1].length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
    found.push(withPart(text, fiscalYear(m.index, m[0], year)));
  }
  for (const m of text.matchAll(RELATIVE_FISCAL_YEAR)) {
    const step = STEP[m[1].toLowerCase()];
    if (!doc || doc.month === null) {
      found.push({
        ...fiscalYear(m.index, m[0], null),
        relative: true,
        note: `"${m[0]}" not resolved: ${doc ? "the document date has no month" : "the document has no date to resolve it against"}`,
      });
      continue;
    }
    const current = doc.year + (doc.month >= 10 ? 1 : 0);
    const mention = fiscalYear(m.index, m[0], current + step);
    mention.relative = true;
    mention.note = `"${m[0]}" resolved from the document date ${doc.iso} (in FY ${current}): ${mention.note}`;
    found.push(withPart(text, mention));
  }
  return found;
}

function fiscalYear(start: number, phrase: string, year: number | null): Mention {
  const span = year === null ? null : { start: `${year - 1}-10-01`, end: `${year}-09-30` };
  return {
    kind: "date",
    text: phrase,
    start,
    end: start + phrase.length,
    value: null,
    unit: null,
    qualifier: null,
    date: year === null ? null : String(year),
    precision: year === null ? null : "year",
    ...(span
      ? { note: `US federal fiscal year ${year}: ${span.start} to ${span.end}`, period: span }
      : {}),
  };
}

/** Widens a fiscal-year mention over "the first four months of" before it, to that part's span. */
function withPart(text: string, fy: Mention): Mention {
  if (!fy.period) return fy;
  const before = PART_BEFORE.exec(text.slice(Math.max(0, fy.start - 60), fy.start));
  if (!before) return fy;
  const which = before[1].toLowerCase();
  const word = (before[3] ?? before[4]).toLowerCase().replace(/s$/, "");
  const count = before[2]
    ? /^\d/.test(before[2])
      ? Number(before[2])
      : parseWrittenNumber(before[2])
    : 1;
  const months = word === "half" ? 6 : word === "quarter" ? 3 * count : count;
  if (months < 1 || months > 12) return fy;
  const fyStart = Number(fy.period.start.slice(0, 4)) * 12 + 9; // October, as a month index
  const [from, to] =
    which === "first" ? [fyStart, fyStart + months - 1] : [fyStart + 12 - months, fyStart + 11];
  const start = `${isoMonth(Math.floor(from / 12), (from % 12) + 1)}-01`;
  const endYear = Math.floor(to / 12);
  const endMonth = (to % 12) + 1;
  const end = `${isoMonth(endYear, endMonth)}-${String(daysInMonth(endYear, endMonth)).padStart(2, "0")}`;
  const at = fy.start - before[0].length;
  const phrase = text.slice(at, fy.end);
  return {
    ...fy,
    text: phrase,
    start: at,
    date: null,
    precision: null,
    note: `"${phrase}" is the span ${start} to ${end} of US federal fiscal year ${fy.date}`,
    period: { start, end },
  };
}
