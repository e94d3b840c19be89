import { isoWeekOf } from "../dataset/isoWeek";
import { badArgument } from "../errors";
import type { Precision } from "../dataset/schema";

/** The document's own date, against which relative phrases are resolved. */
export interface DocumentDate {
  iso: string;
  year: number;
  /** 1-12, or null when only the year is known. */
  month: number | null;
  day: number | null;
}

/** A resolved date: ISO (partial allowed) and its precision. */
export interface ResolvedDate {
  date: string;
  precision: Precision;
}

/**
 * Reads "YYYY", "YYYY-MM" or "YYYY-MM-DD"; null and undefined mean the document has no date.
 * @throws PolicyError("bad_argument") naming the value and the valid forms.
 */
export function parseDocumentDate(value: string | null | undefined): DocumentDate | null {
  if (value === null || value === undefined) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  const year = m ? Number(m[1]) : NaN;
  const month = m?.[2] ? Number(m[2]) : null;
  const day = m?.[3] ? Number(m[3]) : null;
  const valid =
    m !== null &&
    (month === null || (month >= 1 && month <= 12)) &&
    (day === null || (day >= 1 && day <= daysInMonth(year, month!)));
  if (!valid) {
    throw badArgument("documentDate", value, 'a date "YYYY-MM-DD" (or "YYYY-MM", "YYYY"), or null');
  }
  return { iso: value, year, month, day };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, "0");

export const isoDay = (d: Date) =>
  `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
export const isoMonth = (year: number, month: number) => `${year}-${pad(month)}`;

/** The document date as a UTC day, or null when it lacks a month or day. */
export function documentDay(doc: DocumentDate): Date | null {
  return doc.month !== null && doc.day !== null
    ? new Date(Date.UTC(doc.year, doc.month - 1, doc.day))
    : null;
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** Truncates a day to the given precision (a week is the ISO week the day is in). */
export function atPrecision(date: Date, precision: Precision): ResolvedDate {
  const iso = isoDay(date);
  if (precision === "week") return { date: isoWeekOf(iso), precision };
  return { date: iso.slice(0, { year: 4, month: 7, day: 10 }[precision]), precision };
}
