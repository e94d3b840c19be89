import { isIsoWeek, isoWeekDays } from "../dataset/isoWeek";
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
  if (isIsoWeek(iso)) return excelDateSerial(isoWeekDays(iso)[bound === "first" ? 0 : 1]);
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m)
    throw badArgument("date", iso, "an ISO date such as 2023-12-04, 2023-12, 2023 or 2024-W06");
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : bound === "first" ? 1 : 12;
  const day = m[3] ? Number(m[3]) : bound === "first" ? 1 : daysInMonth(year, month);
  const time = Date.UTC(year, month - 1, day);
  if (year < 1900 || new Date(time).getUTCDate() !== day) {
    throw badArgument("date", iso, "a real calendar date from 1900 on");
  }
  return Math.round((time - EPOCH) / MS_PER_DAY);
}

/** Which day serial 0 is: 30 Dec 1899 (Windows, web, newer Mac) or 1 Jan 1904 (older Mac files). */
export type DateSystem = "1900" | "1904";

/** Days between the two systems' serial for the same day (1 Jan 1904 is 1462 in the 1900 system). */
export const DAYS_1900_TO_1904 = 1462;

/**
 * The serial Excel shows as the ISO date in a workbook using `system`; dates before 1904 do not
 * exist in the 1904 system.
 * @example excelDateSerialIn("2023-12-04", "1904") // 43802
 */
export function excelDateSerialIn(
  iso: string,
  system: DateSystem,
  bound: "first" | "last" = "first",
): number {
  const serial = excelDateSerial(iso, bound);
  if (system === "1900") return serial;
  if (serial < DAYS_1900_TO_1904) {
    throw badArgument("date", iso, "a date from 1904 on in a workbook using the 1904 date system");
  }
  return serial - DAYS_1900_TO_1904;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The first and last full dates an ISO date covers, for comparing dates of mixed precision.
 * @example isoBounds("2023-02") // ["2023-02-01", "2023-02-28"]
 */
export function isoBounds(iso: string): [string, string] {
  if (isIsoWeek(iso)) return isoWeekDays(iso);
  const [year, month, day] = iso.split("-");
  if (day) return [iso, iso];
  if (month) {
    const last = daysInMonth(Number(year), Number(month));
    return [`${year}-${month}-01`, `${year}-${month}-${String(last).padStart(2, "0")}`];
  }
  return [`${year}-01-01`, `${year}-12-31`];
}
