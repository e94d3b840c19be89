import type { Mention } from "../extract/mention";
import type { Span } from "./chooseMention";
import type { Period } from "./schema";

// "in 2022" and "during FY 2023" name exactly the mention's span; "since 2020" does not.
const LEADING_PREPOSITION = /^(?:in|during|on|for|throughout|over)\s+/i;

/** How a date mention bounds a period: a fiscal year or span by its ends, a date by itself. */
function boundsOf(m: Mention): { start: string; end: string } | null {
  if (m.period) return m.period;
  return m.date ? { start: m.date, end: m.date } : null;
}

const describe = (m: Mention) => {
  const b = boundsOf(m);
  return b ? `"${m.text}" (${b.start}..${b.end})` : `"${m.text}" (unresolved)`;
};

/**
 * Checks a figure's period against the dates its quote states, as event dates are checked:
 * when the period's text is a date mention ("FY 2023", "in 2022"), its bounds are that mention's; otherwise each
 * bound must be a date, or an end of a span, that a date mention in the quote reads, or the
 * document date (a span "since 2020" runs to it). Null when the period holds.
 * @example a period { text: "FY 2023", start: "2022-10-01", end: "2023-09-30" } holds
 * against a quote with the mention "FY 2023".
 */
export function checkPeriod(
  period: Period,
  span: Span,
  mentions: Mention[],
  documentDate: string | null,
): { problem: string; extracted: string } | null {
  if (period.start === null && period.end === null) return null;
  const dates = mentions.filter(
    (m) => m.kind === "date" && m.start >= span.start && m.end <= span.end,
  );
  const extracted = dates.length
    ? `the quote's dates ${dates.map(describe).join(", ")}`
    : "no date in the quote";
  const bare = period.text?.trim().replace(LEADING_PREPOSITION, "").toLowerCase();
  const named = bare ? dates.find((m) => m.text.toLowerCase() === bare) : undefined;
  const bounds = named && boundsOf(named);
  if (bounds) {
    if (bounds.start === period.start && bounds.end === period.end) return null;
    return {
      extracted,
      problem: `period "${period.text}" is the mention ${describe(named!)}; valid: start: "${bounds.start}", end: "${bounds.end}"`,
    };
  }
  const allowed = new Set<string>(documentDate ? [documentDate] : []);
  for (const m of dates) {
    const b = boundsOf(m);
    if (b) [b.start, b.end].forEach((d) => allowed.add(d));
  }
  const wrong = (["start", "end"] as const).filter(
    (k) => period[k] !== null && !allowed.has(period[k]!),
  );
  if (!wrong.length) return null;
  const valid = [...allowed].sort().map((d) => `"${d}"`);
  return {
    extracted,
    problem:
      `period ${wrong.map((k) => `${k} "${period[k]}"`).join(" and ")} is not a date the quote states (${extracted}` +
      `${documentDate ? `, or the document date ${documentDate}` : ""}); valid: ${valid.join(", ") || "null"}`,
  };
}
