import type { Precision } from "../dataset/schema";
import { addDays, atPrecision, isoDay, type DocumentDate } from "./documentDate";
import { withWeek } from "./relativeDates";
import type { Mention } from "./mention";
import { parseWrittenNumber } from "./wordNumbers";

const COUNTED =
  /^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3}|a\s+few|several)\s+(day|week|month|year)s?\s+(earlier|later|prior|before|after)$/i;
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const WEEKDAY = new RegExp(`^(?:(last|this|next)\\s+)?(${WEEKDAYS.join("|")})$`, "i");
const WEEK = /^(?:(?:earlier|later)\s+)?(this|last|next)\s+week$/i;
// A sentence ends at ". ", "! ", "? " or a line break; a paragraph at a blank line.
const SENTENCE_END = /[.!?]["”’)]?\s+(?=\S)|\n/g;
const PARAGRAPH_END = /\n\s*\n/g;
// An embedded post or quoted statement: inside quote marks, or a paragraph naming a handle.
const QUOTE_OPEN = /[“"]/g;
// "compared with 14,700 pounds in the previous fiscal year" after "Last fiscal year, …".
const PREVIOUS_FISCAL_YEAR = /^(?:the\s+)?(?:previous|prior)\s+fiscal\s+year$/i;
const NAMES_FISCAL_YEAR = /\bFY|\bfiscal\b/i;

/**
 * Resolves relative dates from the nearest date the text states instead of the document date:
 * "one year earlier" and "a few days earlier" count from the last absolute date in the same or
 * the previous sentence (a month stays a month: "In March 2023 ... One year earlier" is March
 * 2022), and a weekday inside a quoted statement or embedded post resolves from the full date
 * that block carries. "A few days" is approximate: the note says so and `period` gives the
 * range (two to seven days before or after). "The previous fiscal year" after a fiscal year
 * stated in the same or the previous sentence is the year before that one.
 */
export function anchorRelativeDates(text: string, mentions: Mention[], doc: DocumentDate | null) {
  const absolute = mentions.filter((m) => m.kind === "date" && !m.relative && m.date !== null);
  return mentions.map((m) => {
    if (m.kind !== "date" || !m.relative) return m;
    if (PREVIOUS_FISCAL_YEAR.test(m.text))
      return yearBeforeStatedFiscalYear(text, m, mentions) ?? m;
    const counted = COUNTED.exec(m.text);
    if (counted && (m.date === null || /^(earlier|later|prior)$/i.test(counted[3])))
      return countFromAnchor(text, m, counted, absolute) ?? m;
    const weekday = WEEKDAY.exec(m.text);
    if (weekday) return weekdayInBlock(text, m, weekday, absolute, doc) ?? m;
    const week = WEEK.exec(m.text);
    if (week) return weekInBlock(text, m, week, absolute, doc) ?? m;
    return m;
  });
}

function yearBeforeStatedFiscalYear(text: string, m: Mention, mentions: Mention[]): Mention | null {
  const from = sentenceStart(text, sentenceStart(text, m.start) - 1);
  const anchor = [...mentions]
    .reverse()
    .find(
      (a) =>
        a !== m &&
        a.kind === "date" &&
        a.end <= m.start &&
        a.start >= from &&
        a.precision === "year" &&
        a.date !== null &&
        a.period !== undefined &&
        NAMES_FISCAL_YEAR.test(a.text),
    );
  if (!anchor) return null;
  const year = Number(anchor.date) - 1;
  const period = { start: `${year - 1}-10-01`, end: `${year}-09-30` };
  return {
    ...m,
    date: String(year),
    precision: "year",
    period,
    note: `"${m.text}" is the fiscal year before "${anchor.text}" (FY ${anchor.date}), stated before it: FY ${year}, ${period.start} to ${period.end}`,
  };
}

function countFromAnchor(
  text: string,
  m: Mention,
  counted: RegExpExecArray,
  absolute: Mention[],
): Mention | null {
  // "one day before Yellen's trip" counts from an event, not from a stated date.
  if (/^(before|after)$/i.test(counted[3]) && !/^\s*[,.;:!?)]/.test(text.slice(m.end, m.end + 2)))
    return null;
  const from = sentenceStart(text, sentenceStart(text, m.start) - 1);
  const anchor = [...absolute].reverse().find((a) => a.end <= m.start && a.start >= from);
  if (!anchor) return null;
  const few = /few|several/i.test(counted[1]);
  const n = few ? 0 : countOf(counted[1]);
  const unit = counted[2].toLowerCase();
  const sign = /earlier|prior|before/i.test(counted[3]) ? -1 : 1;
  const anchorPrecision = anchor.precision!;
  const base = new Date(
    Date.UTC(
      Number(anchor.date!.slice(0, 4)),
      anchorPrecision === "year" ? 0 : Number(anchor.date!.slice(5, 7)) - 1,
      anchorPrecision === "day" ? Number(anchor.date!.slice(8, 10)) : 1,
    ),
  );
  const how = `counted from "${anchor.text}" (${anchor.date}), the nearest date stated before it`;
  if (few) {
    if (anchorPrecision !== "day" || unit !== "day") return null;
    const [a, b] = [addDays(base, sign * 2), addDays(base, sign * 7)].sort(
      (x, y) => x.getTime() - y.getTime(),
    );
    const [start, end] = [isoDay(a), isoDay(b)];
    const sameMonth = start.slice(0, 7) === end.slice(0, 7);
    return {
      ...m,
      date: sameMonth ? start.slice(0, 7) : null,
      precision: sameMonth ? "month" : null,
      note: `"${m.text}" is approximate: two to seven days ${sign < 0 ? "before" : "after"} ${anchor.date} (${start} to ${end}), ${how}`,
      period: { start, end },
    };
  }
  const finest: Record<string, Precision> = { day: "day", week: "day", month: "month" };
  // A year counted from a month is that month a year away; from a year, a year.
  const precision = unit === "year" ? anchorPrecision : coarser(finest[unit], anchorPrecision);
  if (precision === "year" && unit !== "year") return null;
  const moved = new Date(base);
  if (unit === "day" || unit === "week")
    moved.setTime(addDays(base, sign * n * (unit === "week" ? 7 : 1)).getTime());
  else if (unit === "month") moved.setUTCMonth(moved.getUTCMonth() + sign * n);
  else moved.setUTCFullYear(moved.getUTCFullYear() + sign * n);
  if ((unit === "day" || unit === "week") && anchorPrecision !== "day") return null;
  const resolved = atPrecision(moved, precision);
  return { ...m, ...resolved, note: `"${m.text}" resolved as ${resolved.date}, ${how}` };
}

function weekdayInBlock(
  text: string,
  m: Mention,
  weekday: RegExpExecArray,
  absolute: Mention[],
  doc: DocumentDate | null,
): Mention | null {
  const anchor = blockAnchor(text, m, absolute, doc);
  if (!anchor) return null;
  const day = new Date(`${anchor.date}T00:00:00Z`);
  const target = WEEKDAYS.findIndex((w) => w.toLowerCase() === weekday[2].toLowerCase());
  const modifier = (weekday[1] ?? "").toLowerCase();
  const behind = (day.getUTCDay() - target + 7) % 7;
  const moved =
    modifier === "next"
      ? addDays(day, (target - day.getUTCDay() + 7) % 7 || 7)
      : addDays(day, -(modifier === "last" ? behind || 7 : behind));
  const date = isoDay(moved);
  return {
    ...m,
    date,
    precision: "day",
    note: `"${m.text}" resolved from "${anchor.text}" (${anchor.date}), the date of the quoted statement or post it is in, as ${date}`,
  };
}

/** "this week" inside a quoted statement or embedded post: the week of that block's own date. */
function weekInBlock(
  text: string,
  m: Mention,
  week: RegExpExecArray,
  absolute: Mention[],
  doc: DocumentDate | null,
): Mention | null {
  const anchor = blockAnchor(text, m, absolute, doc);
  if (!anchor) return null;
  const step = { this: 0, last: -1, next: 1 }[week[1].toLowerCase() as "this" | "last" | "next"];
  const day = addDays(new Date(`${anchor.date}T00:00:00Z`), step * 7);
  const moved: Mention = {
    ...m,
    ...atPrecision(day, "week"),
    note: `"${m.text}" resolved from "${anchor.text}" (${anchor.date}), the date of the quoted statement or post it is in`,
  };
  withWeek(moved, day);
  return moved;
}

/** The full date nearest `m` inside the quoted statement or post it is in, if not the document's. */
function blockAnchor(
  text: string,
  m: Mention,
  absolute: Mention[],
  doc: DocumentDate | null,
): Mention | null {
  const block = embeddedBlock(text, m.start);
  if (!block) return null;
  const own = absolute.filter(
    (a) => a.precision === "day" && a.start >= block.start && a.end <= block.end,
  );
  const anchor = own.sort((a, b) => Math.abs(a.start - m.start) - Math.abs(b.start - m.start))[0];
  if (!anchor || (doc && anchor.date === doc.iso)) return null;
  return anchor;
}

/** The quoted span or embedded post around `at`, or null when `at` is in the story's own text. */
function embeddedBlock(text: string, at: number): { start: number; end: number } | null {
  const paragraph = around(text, at, PARAGRAPH_END);
  const body = text.slice(paragraph.start, paragraph.end);
  if (/\(@\w+\)|^\s*[“"]/.test(body)) return paragraph;
  let open = -1;
  for (const q of body.matchAll(QUOTE_OPEN)) {
    const i = paragraph.start + q.index;
    if (i >= at) break;
    open = open < 0 ? i : -1; // straight quotes alternate open and close
    if (q[0] === "“") open = i;
  }
  if (open < 0) return null;
  const close = text.slice(at, paragraph.end).search(/[”"]/);
  return close < 0 ? null : paragraph;
}

function around(text: string, at: number, ends: RegExp): { start: number; end: number } {
  let start = 0;
  let end = text.length;
  for (const e of text.matchAll(ends)) {
    if (e.index + e[0].length <= at) start = e.index + e[0].length;
    else if (e.index >= at) {
      end = e.index;
      break;
    }
  }
  return { start, end };
}

function sentenceStart(text: string, at: number): number {
  if (at <= 0) return 0;
  return around(text, at, SENTENCE_END).start;
}

const ORDER: Precision[] = ["day", "week", "month", "year"];
const coarser = (a: Precision, b: Precision) => ORDER[Math.max(ORDER.indexOf(a), ORDER.indexOf(b))];

function countOf(word: string): number {
  if (/^\d/.test(word)) return Number(word);
  if (/^an?$/i.test(word)) return 1;
  return parseWrittenNumber(word);
}
