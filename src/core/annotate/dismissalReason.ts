import type { Mention } from "../extract/mention";

/** Units that measure: "two percent" is a figure even when written in words. */
const MEASURES = new Set(["percent", "USD", "pounds", "kilograms", "milligrams", "times"]);

// "Release Date: February 8, 2024", "Date: June 23, 2023", "For Immediate Release: May 2,
// 2024", "Press Release from the FBI on June 3, 2024:" at the top of a release.
const RELEASE_DATE_LINE =
  /^\s*(?:(?:Release\s+|Publication\s+)?Date:|For\s+Immediate\s+Release:?|Press\s+Release\b[^.\n]{0,60}?\bon)\s*$/i;
/** "(202) 555-0147", "202-555-0147": a telephone number, whose parts the extractor reads as counts. */
const PHONE = /\(\d{3}\)\s*\d{3}[-–.]\d{4}|\b\d{3}[-.]\d{3}[-.]\d{4}\b/g;
/** "dozens of", "hundreds", "millions of dollars": an order of magnitude, not a figure. */
const VAGUE =
  /^(?:(?:several|many|tens of|hundreds of)\s+)?(?:dozens|scores|hundreds|thousands|millions|billions)\b/i;
/** "between the ages of 18 and 49", "ages 12 to 17", "aged 25-34": the bounds of an age group. */
const AGE_GROUP =
  /\b(?:ages?|aged)\s+(?:of\s+)?(?:between\s+)?\d{1,3}\s*(?:and|to|through|-|–)\s*\d{1,3}\b/gi;
// "reported 109,680 deaths for the prior 12 months": the months say what the deaths cover.
const SPAN_OF_ANOTHER =
  /\b(?:for|over|in|during)\s+the\s+(?:prior|past|previous|preceding|last)\s+$/i;

/**
 * Why a mention is not a figure or event on its own, when its context says so (a date line,
 * a citation, a law's year, an age, a passing "two"); null when it may be one.
 */
export function dismissalReason(text: string, m: Mention): string | null {
  const lineStart = text.lastIndexOf("\n", m.start - 1) + 1;
  const lineEnd = text.indexOf("\n", m.end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const before = text.slice(Math.max(lineStart, m.start - 30), m.start);
  const after = text.slice(m.end, m.end + 20);
  if (m.kind === "date" && m.start < 40 && /^\s*date /.test(text))
    return "The document's date line; recorded as the source's published date.";
  if (m.kind === "date" && m.start < 600 && RELEASE_DATE_LINE.test(text.slice(lineStart, m.start)))
    return "The document's own date (its release date line); recorded as the source's published date.";
  if (
    m.kind === "number" &&
    [...line.matchAll(PHONE)].some(
      (p) => lineStart + p.index <= m.start && m.end <= lineStart + p.index + p[0].length,
    )
  )
    return "Part of a telephone number, not a figure.";
  if (m.kind === "number" && /^\d{1,3}$/.test(m.text) && /\[$/.test(before) && /^\]/.test(after))
    return "A footnote marker, not a figure.";
  if (m.kind === "number" && VAGUE.test(m.text))
    return `Vague ("${m.text}"): an order of magnitude, not a figure to record.`;
  if (
    m.kind === "number" &&
    [...line.matchAll(AGE_GROUP)].some(
      (g) => lineStart + g.index <= m.start && m.end <= lineStart + g.index + g[0].length,
    )
  )
    return "A bound of an age group, not a statistic.";
  // "Jane Doe, 41, of Springfield": a person's age set off by commas after their name.
  if (
    m.kind === "number" &&
    /^\d{1,3}$/.test(m.text) &&
    /\b[A-Z][\p{L}'’.-]+,\s*$/u.test(before) &&
    /^,\s+(?:of|from)\s+[A-Z]/.test(after)
  )
    return "The age of a person in the story, not a statistic.";
  if (/https?:\/\/|www\.|\b(accessed|retrieved|available at)\b/i.test(line))
    return "Part of a citation or link, not a finding of the text.";
  if (/^\s*(\d+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)[.)]?\s+\S/.test(line) && /[“"].+[”"],? /.test(line))
    return "A footnote's citation (title and date of a cited work), not a finding.";
  if (
    /\b(Act|Law|Strategy|Order|Report|Survey|Assessment|Plan) of\s*$|\b(Act|Order|Report)\s*$/.test(
      before,
    )
  )
    return "Names a law, order or report (its year or number), not a finding.";
  if (/\b(P\.L\.|Public Law|Section|Sec\.|Title|No\.|Executive Order|EO|Article)\s*$/i.test(before))
    return "Names a law, order or section by its number.";
  const named = /(?:\b[A-Z][\w-]*\s+)+$/.exec(before);
  if (m.kind === "number" && /^\d+\.\d+$/.test(m.text) && named)
    return `Part of a name with a version number ("${named[0]}${m.text}"), not a statistic.`;
  if (
    m.kind === "number" &&
    (m.unit === "months" || m.unit === "years") &&
    SPAN_OF_ANOTHER.test(before)
  )
    return 'The span another figure of its sentence covers ("for the prior 12 months"), not a statistic.';
  if (m.kind === "date" && m.date === null && m.period && /^(?:between|from)\b/i.test(m.text))
    return "A span of conduct (from … to …), not the date of an event; the period of a figure it dates.";
  if (m.kind === "date" && boundsASpan(text, m))
    return "Bounds a span (from … to …) of conduct or change, not the date of an event.";
  if (m.kind === "number" && /^-?(year|month)-old|^ years? old/.test(after))
    return "The age of a person in the story, not a statistic.";
  if (m.kind === "number" && m.unit === "years")
    return "A length of time in passing (an age or duration), not a statistic.";
  if (m.kind === "number" && m.value === null) return "The extractor reads no value from it.";
  if (
    m.kind === "number" &&
    m.value !== null &&
    m.value <= 2 &&
    !/\d/.test(m.text) &&
    !MEASURES.has(m.unit ?? "")
  )
    return `"${m.text}" in passing (the parties of the story), not a statistic.`;
  return null;
}

/** The opening of a date after "from" or "to": "around May 2008", "at least 2021", "now". */
const DATE_START = "(?:at least\\s+|around\\s+|about\\s+)?(?:now|today|[A-Z][a-z]+\\.?\\s+\\d|\\d)";

/**
 * Whether a date starts or ends a span the sentence gives ("trafficking from around May 2008
 * and continuing to at least October 21, 2021", "smuggled in envelopes in 2016, to now"): it
 * times what went on between, and no one act.
 */
function boundsASpan(text: string, m: Mention): boolean {
  const start = Math.max(text.lastIndexOf(".", m.start - 1), text.lastIndexOf("\n", m.start - 1));
  const ends = [".", "\n", ";"].map((c) => text.indexOf(c, m.end)).filter((i) => i >= 0);
  const before = text.slice(start + 1, m.start);
  const after = text.slice(m.end, ends.length ? Math.min(...ends) : text.length);
  if (/,?\s*to now\b/.test(after.slice(0, 10))) return true;
  // "Between May 2020 and late-September 2022, the ring …": both ends of what went on.
  const edge = "(?:early|mid|late)-?\\s*";
  if (
    /\bbetween\s+(?:around\s+|about\s+)?$/i.test(before) &&
    new RegExp(`^\\s+and\\s+(?:${edge})?${DATE_START}`, "i").test(after)
  )
    return true;
  if (
    new RegExp(`\\bbetween\\s+${DATE_START}[^,;]{0,30}\\s+and\\s+(?:${edge})?$`, "i").test(before)
  )
    return true;
  const from = /\bfrom\s+(?:around\s+|about\s+|approximately\s+)?$/i.test(before);
  if (from && new RegExp(`\\b(?:to|until|through)\\s+${DATE_START}`, "i").test(after)) return true;
  return (
    /\b(?:continuing|lasting|running)\s+(?:to|until|through)\s+(?:at least\s+|around\s+)?$/i.test(
      before,
    ) && new RegExp(`\\bfrom\\s+${DATE_START}`, "i").test(before)
  );
}
