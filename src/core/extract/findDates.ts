import { MONTH_NAMES as MONTHS } from "../layout/dateDisplay";
import * as chrono from "chrono-node";
import type { Precision } from "../dataset/schema";
import { isoMonth, type DocumentDate } from "./documentDate";
import { findFiscalYears } from "./fiscalYears";
import { anchorRelativeDates } from "./anchorRelativeDates";
import { findMonthSpans } from "./monthSpans";
import type { Mention } from "./mention";
import { findRelativeDates, resolveYearless, type Resolution } from "./relativeDates";
import { selectNonOverlapping } from "./spans";
import { unitOfNoun } from "./units";

const MONTH_NAME = `(?:${MONTHS.join("|")}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)`;
// chrono also reads times ("10:30") and its own relative phrases; only written calendar dates
// with a month name, ISO dates and slash dates are taken from it.
const CALENDAR_TEXT = new RegExp(`${MONTH_NAME}|\\d{4}-\\d{2}-\\d{2}|\\d{1,4}/\\d{1,2}/\\d{1,4}`);
const MONTH_WORD = new RegExp(`\\b${MONTH_NAME}`);
const CALENDAR_ANCHOR = new RegExp(
  `\\b${MONTH_NAME}|\\d{4}-\\d{2}-\\d{2}|\\d{1,4}/\\d{1,2}/\\d{1,4}`,
  "g",
);
const WINDOW_MARGIN = 40;
// chrono keeps a time and a leading "on" in its text ("at 10:30 a.m. on March 3"); the
// mention is the date alone. A weekday before the date stays ("Thursday, Oct. 26, 2023").
const TIME = String.raw`\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\d{1,2}:\d{2}`;
const LEADING_TIME = new RegExp(String.raw`^(?:(?:at\s+)?(?:${TIME})\s*,?\s*)?(?:on\s+)?`, "i");
const TRAILING_TIME = new RegExp(String.raw`,?\s+(?:at\s+)?(?:${TIME})$`, "i");
const MONTH_YEAR = new RegExp(`\\b(${MONTH_NAME})\\.?,?\\s+(\\d{4})\\b(?!,\\d)`, "g");
const BARE_MONTH = new RegExp(`\\b(${MONTHS.join("|")})\\b`, "g");
// "May" and "March" are also a verb; alone they count as months only after these words.
const MONTH_CUE =
  /\b(?:in|since|during|by|until|till|from|through|of|early|late|mid|last|next|this|before|after|to|and|or|between)[\s-]+$/i;
const YEAR = /(?<![\p{L}\p{Nd}_$.,])(?:1[89]\d\d|20\d\d)(?![\p{L}\p{Nd}]|[.,]\d)/gu;
const YEAR_BEFORE = /\b(\d{4}),\s*$/;

// Created once: chrono builds its parsers' patterns at construction.
const fullDates = chrono.strict.clone();
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/**
 * Every date mention: full dates (via chrono), months, years, fiscal years, and relative
 * phrases resolved against the document date. Overlaps go to the earliest, then longest.
 */
export function findDates(text: string, doc: DocumentDate | null): Mention[] {
  const found = selectNonOverlapping([
    ...findCalendarDates(text, doc),
    ...findMonthYears(text),
    ...findBareMonths(text, doc),
    ...findFiscalYears(text, doc),
    ...findMonthSpans(text),
    ...findRelativeDates(text, doc),
    ...findYears(text),
  ]);
  return anchorRelativeDates(text, found, doc);
}

/**
 * chrono's results, but parsed only in windows around a month name or a numeric date: chrono
 * runs dozens of patterns over its input, and most of a document holds no calendar date.
 */
function parseCalendarWindows(
  text: string,
): { index: number; text: string; start: chrono.ParsedComponents }[] {
  const results: { index: number; text: string; start: chrono.ParsedComponents }[] = [];
  let from = -1;
  let to = -1;
  const flush = () => {
    if (from < 0) return;
    for (const r of fullDates.parse(text.slice(from, to), REFERENCE)) {
      results.push({ index: from + r.index, text: r.text, start: r.start });
    }
  };
  for (const m of text.matchAll(CALENDAR_ANCHOR)) {
    const start = wordStart(text, Math.max(0, m.index - WINDOW_MARGIN));
    const end = wordEnd(text, Math.min(text.length, m.index + m[0].length + WINDOW_MARGIN));
    if (start <= to) to = Math.max(to, end);
    else {
      flush();
      [from, to] = [start, end];
    }
  }
  flush();
  return results;
}

/** Moves back to the start of the word at `at`, so a window never begins mid-word. */
function wordStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !/\s/.test(text[i - 1])) i--;
  return i;
}

function wordEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && !/\s/.test(text[i])) i++;
  return i;
}

function findCalendarDates(text: string, doc: DocumentDate | null): Mention[] {
  const found: Mention[] = [];
  for (const { index, text: phrase, start: c } of parseCalendarWindows(text)) {
    const r = trimTime(index, phrase);
    if (!c.isCertain("day") || !c.isCertain("month") || !CALENDAR_TEXT.test(r.text)) continue;
    const month = c.get("month")!;
    const day = c.get("day")!;
    let yearWritten = c.isCertain("year");
    if (yearWritten && MONTH_WORD.test(r.text) && !/\d{4}/.test(r.text)) {
      // "Since Jan. 1, 44 deaths": chrono takes the count for a two-digit year.
      r.text = r.text.replace(/,?\s*\d{1,2}$/, "");
      yearWritten = false;
    }
    if (yearWritten) {
      found.push(
        dateMention(r.index, r.text, `${isoMonth(c.get("year")!, month)}-${pad(day)}`, "day"),
      );
      continue;
    }
    const yearBefore = YEAR_BEFORE.exec(text.slice(Math.max(0, r.index - 8), r.index));
    if (yearBefore) {
      // "(2023, October 26)": the year written first, as the citation line does.
      const start = r.index - yearBefore[0].length;
      const date = `${isoMonth(Number(yearBefore[1]), month)}-${pad(day)}`;
      found.push(dateMention(start, text.slice(start, r.index + r.text.length), date, "day"));
      continue;
    }
    found.push(yearless(r.index, r.text, resolveYearless(doc, month, day)));
  }
  return found;
}

function trimTime(index: number, phrase: string): { index: number; text: string } {
  const lead = LEADING_TIME.exec(phrase)![0].length;
  const trimmed = phrase.slice(lead).replace(TRAILING_TIME, "");
  return { index: index + lead, text: trimmed };
}

function findMonthYears(text: string): Mention[] {
  return [...text.matchAll(MONTH_YEAR)].map((m) =>
    dateMention(m.index, m[0], isoMonth(Number(m[2]), monthNumber(m[1])), "month"),
  );
}

function findBareMonths(text: string, doc: DocumentDate | null): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(BARE_MONTH)) {
    if (
      (m[1] === "May" || m[1] === "March") &&
      !MONTH_CUE.test(text.slice(Math.max(0, m.index - 12), m.index))
    ) {
      continue;
    }
    found.push(yearless(m.index, m[0], resolveYearless(doc, monthNumber(m[1]), null)));
  }
  return found;
}

function findYears(text: string): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(YEAR)) {
    const end = m.index + m[0].length;
    const next = /^\s*(%|[\p{L}]+)/u.exec(text.slice(end, end + 20));
    // "2000 pounds" counts pounds; "2024 Annual Threat Assessment" names a year.
    if (next && (next[1] === "%" || unitOfNoun(next[1]) !== null)) continue;
    found.push(dateMention(m.index, m[0], m[0], "year"));
  }
  return found;
}

function yearless(start: number, text: string, result: Resolution): Mention {
  return {
    ...dateMention(start, text, result.resolved?.date ?? null, result.resolved?.precision ?? null),
    relative: true,
    note: result.resolved
      ? `"${text}" has no year; resolved from the document date as ${result.how}`
      : `"${text}" has no year and was not resolved: ${result.why}`,
  };
}

function dateMention(
  start: number,
  text: string,
  date: string | null,
  precision: Precision | null,
): Mention {
  return {
    kind: "date",
    text,
    start,
    end: start + text.length,
    value: null,
    unit: null,
    qualifier: null,
    date,
    precision,
  };
}

function monthNumber(name: string): number {
  const key = name.slice(0, 3).toLowerCase();
  return MONTHS.findIndex((m) => m.slice(0, 3).toLowerCase() === key) + 1;
}

const pad = (n: number) => String(n).padStart(2, "0");
