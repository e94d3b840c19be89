import type { Precision } from "../dataset/schema";
import {
  addDays,
  atPrecision,
  documentDay,
  isoDay,
  isoMonth,
  type DocumentDate,
  type ResolvedDate,
} from "./documentDate";
import type { Mention } from "./mention";
import { parseWrittenNumber } from "./wordNumbers";

export type Resolution = { resolved: ResolvedDate; how: string } | { resolved: null; why: string };

const COUNT = `(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3})`;
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const DAY_WORD = /\b(today|yesterday|tomorrow|tonight)\b/gi;
const THIS_LAST_NEXT =
  /(?<!\bthe\s)\b(?:(earlier|later)\s+)?(this|last|next)\s+(week|month|year)\b/gi;
const AGO = new RegExp(
  `\\b(?:(almost|nearly|about|roughly|around|some|more\\s+than|over)\\s+)?(exactly\\s+)?(${COUNT})\\s+(day|week|month|year)s?\\s+ago\\b`,
  "gi",
);
const ANCHORED = new RegExp(
  `\\b(?:(?:${COUNT}|a\\s+few|several)\\s+(?:day|week|month|year)s?\\s+(?:before|after|later|earlier|prior)` +
    `|the\\s+(?:day|week|month|year)\\s+(?:before|after)` +
    `|the\\s+(?:following|next|previous|same)\\s+(?:day|week|month|year))\\b`,
  "gi",
);
const PAST_SPAN = new RegExp(
  `\\bthe\\s+(?:past\\s+(?:(${COUNT})\\s+)?|last\\s+(${COUNT})\\s+)(week|month|year)s?\\b`,
  "gi",
);
const WEEKDAY = new RegExp(`\\b(?:([Ll]ast|[Tt]his|[Nn]ext)\\s+)?(${WEEKDAYS.join("|")})\\b`, "g");

/**
 * Dates written relative to the document's own date ("on Thursday", "last week", "Two years
 * ago", "earlier this month"), resolved against it and marked relative. Phrases counted from
 * another event ("one day before", "the day after") are reported with a null date.
 */
export function findRelativeDates(text: string, doc: DocumentDate | null): Mention[] {
  const found: Mention[] = [];
  const add = (start: number, phrase: string, resolve: (d: DocumentDate) => Resolution) => {
    const result: Resolution = doc
      ? resolve(doc)
      : { resolved: null, why: "the document has no date to resolve it against" };
    found.push({
      kind: "date",
      text: phrase,
      start,
      end: start + phrase.length,
      value: null,
      unit: null,
      qualifier: null,
      date: result.resolved?.date ?? null,
      precision: result.resolved?.precision ?? null,
      relative: true,
      note: result.resolved
        ? `"${phrase}" resolved from the document date ${doc!.iso} as ${result.how}`
        : `"${phrase}" not resolved: ${result.why}`,
    });
  };

  for (const m of text.matchAll(DAY_WORD)) {
    const offset = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 }[m[1].toLowerCase()]!;
    add(m.index, m[0], (d) => byDay(d, (day) => addDays(day, offset), "day", "that day"));
  }
  for (const m of text.matchAll(THIS_LAST_NEXT)) {
    const step = { this: 0, last: -1, next: 1 }[m[2].toLowerCase()]!;
    const unit = m[3].toLowerCase();
    add(m.index, m[0], (d) => {
      if (unit === "year") {
        return { resolved: { date: String(d.year + step), precision: "year" }, how: "that year" };
      }
      if (unit === "month") {
        if (d.month === null) return { resolved: null, why: "the document date has no month" };
        const index = d.year * 12 + d.month - 1 + step;
        const date = isoMonth(Math.floor(index / 12), (index % 12) + 1);
        return { resolved: { date, precision: "month" }, how: "that month" };
      }
      const how = ["the week before", "that week", "the week after"];
      return byDay(d, (day) => addDays(day, step * 7), "week", how[step + 1]);
    });
    const day = unit === "week" && doc ? documentDay(doc) : null;
    if (day) withWeek(found[found.length - 1], addDays(day, step * 7));
  }
  for (const m of text.matchAll(AGO)) {
    const hedged = Boolean(m[1]);
    const exactly = Boolean(m[2]);
    const n = /^\d/.test(m[3]) ? Number(m[3]) : /^an?$/i.test(m[3]) ? 1 : parseWrittenNumber(m[3]);
    const unit = m[4].toLowerCase();
    add(m.index, m[0], (d) => {
      if (unit === "year" && !exactly) {
        return {
          resolved: { date: String(d.year - n), precision: "year" },
          how: `${n} year(s) earlier`,
        };
      }
      const precision: Precision =
        unit === "day" || (exactly && !hedged)
          ? "day"
          : unit === "week" && !hedged
            ? "day"
            : "month";
      return byDay(d, (day) => back(day, n, unit), precision, `${n} ${unit}(s) earlier`);
    });
  }
  for (const m of text.matchAll(PAST_SPAN)) {
    found.push(pastSpan(m, doc));
  }
  for (const m of text.matchAll(ANCHORED)) {
    add(m.index, m[0], () => ({
      resolved: null,
      why: "it counts from another event in the text, not from the document date",
    }));
  }
  for (const m of text.matchAll(WEEKDAY)) {
    const target = WEEKDAYS.indexOf(m[2]);
    const modifier = (m[1] ?? "").toLowerCase();
    add(m.index, m[0], (d) =>
      byDay(
        d,
        (day) => {
          const behind = (day.getUTCDay() - target + 7) % 7;
          if (modifier === "next") return addDays(day, (target - day.getUTCDay() + 7) % 7 || 7);
          return addDays(day, -(modifier === "last" ? behind || 7 : behind));
        },
        "day",
        modifier === "next"
          ? `the first ${m[2]} after it`
          : modifier === "last"
            ? `the most recent ${m[2]} before it`
            : `the most recent ${m[2]} on or before it`,
      ),
    );
  }
  return found;
}

/**
 * "this week", "last week": the date is the ISO week ("2024-W06", week precision) and `period`
 * the week itself, Monday to Sunday.
 */
export function withWeek(mention: Mention, day: Date): void {
  const monday = addDays(day, -((day.getUTCDay() + 6) % 7));
  const period = { start: isoDay(monday), end: isoDay(addDays(monday, 6)) };
  mention.period = period;
  mention.note += `; the week of ${period.start} to ${period.end}`;
}

/**
 * "the past year", "the last two years": a span that ends at the document date, so the date is
 * null and `period` holds the span.
 */
function pastSpan(m: RegExpExecArray | RegExpMatchArray, doc: DocumentDate | null): Mention {
  const count = m[1] ?? m[2];
  const n =
    !count || /^an?$/i.test(count)
      ? 1
      : /^\d/.test(count)
        ? Number(count)
        : parseWrittenNumber(count);
  const day = doc && documentDay(doc);
  const start = day && isoDay(back(day, n, m[3].toLowerCase()));
  return {
    kind: "date",
    text: m[0],
    start: m.index!,
    end: m.index! + m[0].length,
    value: null,
    unit: null,
    qualifier: null,
    date: null,
    precision: null,
    relative: true,
    note: start
      ? `"${m[0]}" is the span from ${start} to the document date ${doc!.iso}`
      : `"${m[0]}" not resolved: ${doc ? "the document date has no day" : "the document has no date to resolve it against"}`,
    ...(start ? { period: { start, end: doc!.iso } } : {}),
  };
}

/**
 * A month (and day) written without a year ("In June", "November 16"): the most recent such
 * month or day on or before the document date, since news reports what has happened.
 */
export function resolveYearless(
  doc: DocumentDate | null,
  month: number,
  day: number | null,
): Resolution {
  if (!doc) return { resolved: null, why: "the document has no date to resolve it against" };
  if (doc.month === null) return { resolved: null, why: "the document date has no month" };
  const docKey = doc.month * 100 + (day === null ? 0 : (doc.day ?? 31));
  const year = month * 100 + (day ?? 0) <= docKey ? doc.year : doc.year - 1;
  const date =
    day === null
      ? isoMonth(year, month)
      : `${isoMonth(year, month)}-${String(day).padStart(2, "0")}`;
  return {
    resolved: { date, precision: day === null ? "month" : "day" },
    how: `the most recent such ${day === null ? "month" : "day"} on or before it`,
  };
}

function byDay(
  doc: DocumentDate,
  move: (day: Date) => Date,
  precision: Precision,
  how: string,
): Resolution {
  const day = documentDay(doc);
  if (!day) return { resolved: null, why: "the document date has no day" };
  return { resolved: atPrecision(move(day), precision), how };
}

function back(day: Date, n: number, unit: string): Date {
  if (unit === "day") return addDays(day, -n);
  if (unit === "week") return addDays(day, -7 * n);
  const d = new Date(day);
  if (unit === "month") d.setUTCMonth(d.getUTCMonth() - n);
  else d.setUTCFullYear(d.getUTCFullYear() - n);
  return d;
}
