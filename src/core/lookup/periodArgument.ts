import { badArgument } from "../errors";
import { dateText, fiscalYearText, spanText } from "../layout/dateDisplay";
import { isoBounds } from "./excelDate";

/** A period an analyst asked for, as its first and last day (ISO dates, both inclusive). */
export interface QueryPeriod {
  start: string;
  end: string;
  /** The period's name as the views show dates: "2023", "FY 2023", "Q4 2023", "Nov 2023", "2023-11-07". */
  label: string;
}

/** The forms parsePeriod reads, for messages that say what would be valid. */
export const PERIOD_FORMS =
  'a year (2023 or "2023"), a fiscal year ("FY 2023", "FY23", "fiscal 2023"), a quarter ' +
  '("Q4 2023"), a month ("Nov 2023", "November 2023", "2023-11", "11/2023"), a day ' +
  '("2023-11-07", "11/7/2023", "November 7, 2023") or an Excel date (a date cell or serial)';

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * The period a LOOKUP argument names. A number from 1900 to 9999 is a year; a larger one is an
 * Excel date serial (what a date-formatted cell passes). US fiscal years run from 1 October to
 * 30 September (FY 2023 is 1 October 2022 to 30 September 2023). Anything else is a "bad_argument" error
 * naming the accepted forms.
 * @example parsePeriod("FY23") // { start: "2022-10-01", end: "2023-09-30", label: "FY 2023" }
 */
export function parsePeriod(value: unknown): QueryPeriod {
  if (typeof value === "number") return periodOfNumber(value);
  if (typeof value !== "string") throw badArgument("period", value, PERIOD_FORMS);
  const text = value.trim().toLowerCase().replace(/\s+/g, " ");
  const found = periodOfText(text);
  if (!found) throw badArgument("period", value, PERIOD_FORMS);
  return found;
}

function periodOfNumber(n: number): QueryPeriod {
  if (Number.isInteger(n) && n >= 1900 && n <= 9999) return year(n);
  if (Number.isFinite(n) && n >= 10_000 && n < 2_958_466) {
    const iso = new Date(EXCEL_EPOCH + Math.floor(n) * MS_PER_DAY).toISOString().slice(0, 10);
    return whole(iso);
  }
  throw badArgument("period", n, PERIOD_FORMS);
}

function periodOfText(text: string): QueryPeriod | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(text))) return year(Number(m[1]));
  if ((m = /^(?:fy|fiscal(?: year)?) ?'?(\d{2}|\d{4})$/.exec(text))) {
    const y = m[1].length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
    return { start: `${y - 1}-10-01`, end: `${y}-09-30`, label: fiscalYearText(y) };
  }
  if ((m = /^q([1-4]) ?(\d{4})$/.exec(text)) || (m = /^(\d{4}) ?q([1-4])$/.exec(text))) {
    const [q, y] = m[1].length === 1 ? [m[1], m[2]] : [m[2], m[1]];
    const first = (Number(q) - 1) * 3 + 1;
    const start = `${y}-${pad(first)}`;
    return {
      start: isoBounds(start)[0],
      end: isoBounds(`${y}-${pad(first + 2)}`)[1],
      label: `Q${q} ${y}`,
    };
  }
  if ((m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text))) {
    return checked(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : null);
  }
  if ((m = /^(\d{1,2})\/(?:(\d{1,2})\/)?(\d{4})$/.exec(text))) {
    return checked(Number(m[3]), Number(m[1]), m[2] ? Number(m[2]) : null);
  }
  if ((m = /^([a-z]{3,9})\.? (?:(\d{1,2}),? )?(\d{4})$/.exec(text))) {
    // "Nov", "Sept" and "November" all name November; "no" or "novembre" do not.
    const month = MONTHS.findIndex((name) => name.startsWith(m![1])) + 1;
    if (month === 0) return null;
    return checked(Number(m[3]), month, m[2] ? Number(m[2]) : null);
  }
  return null;
}

function checked(y: number, month: number, day: number | null): QueryPeriod | null {
  if (y < 1900 || month < 1 || month > 12) return null;
  const iso = `${y}-${pad(month)}` + (day === null ? "" : `-${pad(day)}`);
  if (day !== null && new Date(Date.UTC(y, month - 1, day)).getUTCDate() !== day) return null;
  return whole(iso);
}

function year(y: number): QueryPeriod {
  return whole(String(y));
}

function whole(iso: string): QueryPeriod {
  const [start, end] = isoBounds(iso);
  return { start, end, label: dateText(iso) };
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * True when a figure's period lies inside the asked period: its first day on or after the
 * period's start and its last day on or before its end. A figure with an open or unknown
 * bound ("since FY21", "a recent incident") lies inside no period.
 * @example periodInside({ start: "2022-10-01", end: "2023-09-30" }, parsePeriod("2022")) // false
 */
export function periodInside(
  figure: { start: string | null; end: string | null },
  period: QueryPeriod,
): boolean {
  if (figure.start === null || figure.end === null) return false;
  return isoBounds(figure.start)[0] >= period.start && isoBounds(figure.end)[1] <= period.end;
}

/**
 * A period as messages show it, in the views' date display, with its span when the name alone
 * does not give it.
 * @example describePeriod(parsePeriod("FY23")) // "FY 2023 (Oct 2022 to Sep 2023)"
 * @example describePeriod(parsePeriod("11/2023")) // "Nov 2023"
 */
export function describePeriod(period: QueryPeriod): string {
  const span = spanText(period.start, period.end);
  return span === period.label ? span : `${period.label} (${span})`;
}
