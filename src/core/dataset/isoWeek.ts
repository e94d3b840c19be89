const MS_PER_DAY = 86_400_000;
const WEEK = /^(\d{4})-W(\d{2})$/;

/**
 * The ISO 8601 week a day falls in, Monday to Sunday, named by the year of its Thursday.
 * @example isoWeekOf("2024-02-08") // "2024-W06"
 * @example isoWeekOf("2024-12-30") // "2025-W01"
 */
export function isoWeekOf(isoDay: string): string {
  const day = new Date(`${isoDay}T00:00:00Z`);
  const thursday = new Date(day.getTime() + (3 - ((day.getUTCDay() + 6) % 7)) * MS_PER_DAY);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * MS_PER_DAY));
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** True for an ISO week date such as "2024-W06". */
export function isIsoWeek(iso: string): boolean {
  return WEEK.test(iso);
}

/**
 * The Monday and the Sunday of an ISO week, as ISO days.
 * @example isoWeekDays("2024-W06") // ["2024-02-05", "2024-02-11"]
 */
export function isoWeekDays(isoWeek: string): [string, string] {
  const m = WEEK.exec(isoWeek);
  if (!m) throw new Error(`"${isoWeek}" is not an ISO week such as 2024-W06`);
  const jan4 = Date.UTC(Number(m[1]), 0, 4);
  const firstMonday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * MS_PER_DAY;
  const monday = firstMonday + (Number(m[2]) - 1) * 7 * MS_PER_DAY;
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  return [iso(monday), iso(monday + 6 * MS_PER_DAY)];
}
