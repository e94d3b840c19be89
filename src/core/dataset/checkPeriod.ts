import type { Mention } from "../extract/mention";
import type { Span } from "./chooseMention";
import type { Period } from "./schema";

// "in 2022" and "during FY 2023" name exactly the mention's span; "since 2020" does not.
const LEADING_PREPOSITION = /^(?:in|during|on|for|throughout|over)\s+/i;
// "from 2015 to 2021", "between FY 2019 and FY 2023": one period from the first's start to the second's end.
const OPENS_SPAN = /\b(?:from|between)\s+$/i;
const JOINS_SPAN = /^\s*(?:to|through|until|and|-|–|—)\s*$/i;
// "higher in 2023 than in 2020": a change between two dates spans both.
const COMPARES = /\bthan\b/i;
// "the STOP Act of 2018" names a law, not a time.
const NAMES_A_LAW = /\b[A-Z][\w)]*\s+of\s+$/;

/** How a date mention bounds a period: a fiscal year or span by its ends, a date by itself. */
function boundsOf(m: Mention): { start: string; end: string } | null {
  if (m.period) return m.period;
  return m.date ? { start: m.date, end: m.date } : null;
}

const describe = (m: Mention) => {
  const b = boundsOf(m);
  return b ? `"${m.text}" (${b.start}..${b.end})` : `"${m.text}" (unresolved)`;
};

/** A period the quote states, as the analyst would write it. */
interface Stated {
  text: string;
  start: string;
  end: string;
}

const propose = (p: Stated) => `{ text: "${p.text}", start: "${p.start}", end: "${p.end}" }`;

/**
 * The periods a quote states: each resolved date mention by its bounds, and two of them that
 * the quote joins into one ("from 2015 to 2021") or sets against each other ("in 2023 than in
 * 2020"), from the earlier start to the later end.
 */
function statedPeriods(text: string, dates: Mention[]): Stated[] {
  const stated: Stated[] = [];
  const resolved = dates.filter((m) => boundsOf(m));
  for (const m of resolved) stated.push({ text: m.text, ...boundsOf(m)! });
  for (let i = 0; i + 1 < resolved.length; i++) {
    const [a, b] = [resolved[i], resolved[i + 1]];
    const between = text.slice(a.end, b.start);
    const lead = text.slice(Math.max(0, a.start - 16), a.start);
    const joined = OPENS_SPAN.test(lead) && JOINS_SPAN.test(between);
    if (!joined && !COMPARES.test(between)) continue;
    const [ba, bb] = [boundsOf(a)!, boundsOf(b)!];
    stated.push({
      text: text.slice(a.start, b.end),
      start: [ba.start, bb.start].sort()[0],
      end: [ba.end, bb.end].sort()[1],
    });
  }
  return stated;
}

/**
 * Checks a figure's period against the dates its quote states, as event dates are checked, both
 * ways: a period whose text is a date mention ("FY 2023", "in 2022") has that mention's bounds;
 * otherwise its start and end are the two ends of one period the quote states (a date, a fiscal
 * year, a span, or two dates the quote joins), or one end of it left open or run to the
 * document date ("since 2020"). A null period is refused when the quote states one. Null when
 * the period holds. `text` is the document's, to read how the quote joins its dates.
 * @example a period { text: "FY 2023", start: "2022-10-01", end: "2023-09-30" } holds
 * against a quote with the mention "FY 2023"; 2022-10-01..2024-01-31 does not hold against
 * "the first four months of fiscal year 2023" and "… of fiscal year 2024".
 */
export function checkPeriod(
  period: Period,
  span: Span,
  mentions: Mention[],
  documentDate: string | null,
  text = "",
): { problem: string; extracted: string } | null {
  const dates = mentions.filter(
    (m) =>
      m.kind === "date" &&
      m.start >= span.start &&
      m.end <= span.end &&
      !NAMES_A_LAW.test(text.slice(Math.max(0, m.start - 30), m.start)),
  );
  const extracted = dates.length
    ? `the quote's dates ${dates.map(describe).join(", ")}`
    : "no date in the quote";
  const stated = statedPeriods(text, dates);
  if (period.start === null && period.end === null) {
    if (!stated.length) return null;
    return {
      extracted,
      problem: `period is null but the quote states ${stated.length > 1 ? "periods" : "a period"}; valid: ${stated.map(propose).join(" or ")}`,
    };
  }
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
  for (const p of stated) [p.start, p.end].forEach((d) => allowed.add(d));
  const wrong = (["start", "end"] as const).filter(
    (k) => period[k] !== null && !allowed.has(period[k]!),
  );
  if (wrong.length) {
    const valid = [...allowed].sort().map((d) => `"${d}"`);
    return {
      extracted,
      problem:
        `period ${wrong.map((k) => `${k} "${period[k]}"`).join(" and ")} is not a date the quote states (${extracted}` +
        `${documentDate ? `, or the document date ${documentDate}` : ""}); valid: ${valid.join(", ") || "null"}`,
    };
  }
  if (period.start === null || period.end === null) return null;
  const holds = stated.some(
    (p) => p.start === period.start && (p.end === period.end || period.end === documentDate),
  );
  if (holds || (period.start === documentDate && period.end === documentDate)) return null;
  const from = stated.find((p) => p.start === period.start);
  const to = stated.find((p) => p.end === period.end);
  const mixes =
    from && to
      ? `takes its start from "${from.text}" (${from.start}..${from.end}) and its end from "${to.text}" (${to.start}..${to.end})`
      : `is not one period the quote states`;
  return {
    extracted,
    problem: `period ${period.start}..${period.end} ${mixes}; valid: ${stated.map(propose).join(" or ")}`,
  };
}
