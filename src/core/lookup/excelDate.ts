import { badArgument } from "../errors";

const MS_PER_DAY = 86_400_000;
/** Serial 0 in Excel's 1900 date system, counted past its phantom 29 Feb 1900. */
const EPOCH = Date.UTC(1899, 11, 30);

/**
 * The Excel date serial (1900 date system) of an ISO date. A month or year stands for its first
 * day, or its last day when `bound` is "last" (used for the end of a period).
 * @example excelDateSerial("2023-12-04") // 45264
 * @example excelDateSerial("2023-12") // 45261, 1 Dec 2023
 * @example excelDateSerial("2023", "last") // 45291, 31 Dec 2023
 */
export function excelDateSerial(iso: string, bound: "first" | "last" = "first"): number {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) throw badArgument("date", iso, "an ISO date such as 2023-12-04, 2023-12 or 2023");
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : bound === "first" ? 1 : 12;
  const day = m[3] ? Number(m[3]) : bound === "first" ? 1 : daysInMonth(year, month);
  const time = Date.UTC(year, month - 1, day);
  if (year < 1900 || new Date(time).getUTCDate() !== day) {
    throw badArgument("date", iso, "a real calendar date from 1900 on");
  }
  return Math.round((time - EPOCH) / MS_PER_DAY);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The first and last full dates an ISO date covers, for comparing dates of mixed precision.
 * @example isoBounds("2023-02") // ["2023-02-01", "2023-02-28"]
 */
export function isoBounds(iso: string): [string, string] {
  const [year, month, day] = iso.split("-");
  if (day) return [iso, iso];
  if (month) {
    const last = daysInMonth(Number(year), Number(month));
    return [`${year}-${month}-01`, `${year}-${month}-${String(last).padStart(2, "0")}`];
  }
  return [`${year}-01-01`, `${year}-12-31`];
}
