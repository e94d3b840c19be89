/**
 * The one way each date precision is shown: the task pane's text, the number format of
 * inserted and exported cells, and a plain citation all come from here, so "a value means what
 * it shows" holds for dates whichever surface shows them. A day is ISO (2023-12-04), a month its
 * short name and year (Dec 2023), a year its number (2023), a US federal fiscal year "FY 2023",
 * an ISO week the day it starts ("week of 2024-02-05": Excel holds that Monday).
 * APA and Chicago citations keep the date forms their styles prescribe.
 */

import { isIsoWeek, isoWeekDays } from "../dataset/isoWeek";
import { isoBounds } from "../lookup/excelDate";

export type DatePrecision = "day" | "week" | "month" | "year";

const EXCEL_FORMATS: Record<DatePrecision, string> = {
  day: "yyyy-mm-dd",
  week: '"week of "yyyy-mm-dd',
  month: "mmm yyyy",
  year: "yyyy",
};

/** English month names, January first: citations spell them out, dates shorten them. */
export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;
const MONTHS = MONTH_NAMES.map((m) => m.slice(0, 3));

/** The precision of an ISO date, partial allowed: "2023" year, "2023-12" month, "2024-W06" week, else day. */
export function datePrecision(iso: string): DatePrecision {
  if (isIsoWeek(iso)) return "week";
  return iso.length === 4 ? "year" : iso.length === 7 ? "month" : "day";
}

/**
 * The Excel number format that shows exactly the precision the dataset knows (a month is
 * stored as its first day, a year as 1 January, and shown without the day).
 * @example dateFormat("2023-12") // "mmm yyyy"
 */
export function dateFormat(iso: string): string {
  return EXCEL_FORMATS[datePrecision(iso)];
}

/**
 * An ISO date as text, at its precision; what Excel shows for the same date under dateFormat.
 * @example dateText("2023-12-04") // "2023-12-04"
 * @example dateText("2023-12") // "Dec 2023"
 * @example dateText("2024-W06") // "week of 2024-02-05"
 */
export function dateText(iso: string): string {
  const precision = datePrecision(iso);
  if (precision === "day") return iso.slice(0, 10);
  if (precision === "week") return `week of ${isoWeekDays(iso)[0]}`;
  if (precision === "year") return iso.slice(0, 4);
  return `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

/**
 * An ISO day shown under one of dateFormat's formats, as Excel would show that cell: the date
 * is cut back to the precision the format shows.
 */
export function dateTextUnderFormat(isoDay: string, format: string): string {
  const precision = (Object.keys(EXCEL_FORMATS) as DatePrecision[]).find(
    (p) => EXCEL_FORMATS[p] === format,
  );
  if (!precision) return isoDay;
  if (precision === "week") return `week of ${isoDay}`;
  return dateText(precision === "day" ? isoDay : isoDay.slice(0, precision === "month" ? 7 : 4));
}

/** A US federal fiscal year, named by the calendar year it ends in: "FY 2023". */
export function fiscalYearText(year: number): string {
  return `FY ${year}`;
}

/**
 * A span of dates as text, each end at the precision the span covers: one day, one month or one
 * year reads as dateText would show it; whole months or years read as their first and last
 * (a fiscal year is a span of months here, since the span alone does not say it is one).
 * @example spanText("2023-11-01", "2023-11-30") // "Nov 2023"
 * @example spanText("2022-10-01", "2023-09-30") // "Oct 2022 to Sep 2023"
 */
export function spanText(start: string, end: string): string {
  const first = isoBounds(start)[0];
  const last = isoBounds(end)[1];
  const wholeYears = first.endsWith("-01-01") && last.endsWith("-12-31");
  const wholeMonths = first.endsWith("-01") && isoBounds(last.slice(0, 7))[1] === last;
  const cut = wholeYears ? 4 : wholeMonths ? 7 : 10;
  const [a, b] = [dateText(first.slice(0, cut)), dateText(last.slice(0, cut))];
  return a === b ? a : `${a} to ${b}`;
}
