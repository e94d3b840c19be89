import type { Mention } from "./mention";

const FISCAL_YEAR = /\b(?:FY|[Ff]iscal\s+[Yy]ear|[Ff]iscal)\s?['’]?(\d{4}|\d{2})\b/g;

/**
 * US federal fiscal years ("FY 2023", "FY21", "fiscal year 2023"), reported as the year they
 * are named after (precision year) with `period` giving the calendar span: FY N runs from
 * October 1 of N-1 to September 30 of N.
 * @example findFiscalYears("in FY21")[0] // date "2021", period 2020-10-01..2021-09-30
 */
export function findFiscalYears(text: string): Mention[] {
  return [...text.matchAll(FISCAL_YEAR)].map((m) => {
    const year = m[1].length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
    const start = `${year - 1}-10-01`;
    const end = `${year}-09-30`;
    return {
      kind: "date",
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      value: null,
      unit: null,
      qualifier: null,
      date: String(year),
      precision: "year",
      note: `US federal fiscal year ${year}: ${start} to ${end}`,
      period: { start, end },
    };
  });
}
