import { parseDocumentDate } from "./documentDate";
import { findClockTimes } from "./findClockTimes";
import { findContactNumbers } from "./findContactNumbers";
import { findDates } from "./findDates";
import { findNumbers } from "./findNumbers";
import { findUrls, maskUrls } from "./maskUrls";
import { selectNonOverlapping } from "./spans";
import type { Mention } from "./mention";

export interface ExtractOptions {
  /** The document's own date ("YYYY-MM-DD"; "YYYY-MM" or "YYYY" resolve less); null if unknown. */
  documentDate?: string | null;
}

/**
 * Every numeric and date mention in a document, sorted by start, each with its exact span
 * (text === document.slice(start, end)). Digits inside links, clock times, telephone numbers, ZIP codes and docket numbers are not mentions, a number
 * inside a date is not reported again, and footnote markers (¹²³) are never digits.
 * @example extractMentions("over 43,000 pounds in FY 2023")
 * // [{ kind: "number", text: "over 43,000 pounds", value: 43000, unit: "pounds",
 * //    qualifier: "more_than", ... }, { kind: "date", text: "FY 2023", date: "2023", ... }]
 */
export function extractMentions(text: string, options: ExtractOptions = {}): Mention[] {
  const doc = parseDocumentDate(options.documentDate);
  const masked = maskUrls(text);
  const links = findUrls(text);
  const contacts = findContactNumbers(masked);
  const dates = selectNonOverlapping(findDates(masked, doc), [...links, ...contacts]);
  const numbers = findNumbers(masked, [...dates, ...links, ...contacts, ...findClockTimes(masked)]);
  return [...dates, ...numbers]
    .sort((a, b) => a.start - b.start)
    .map((m) => ({ ...m, text: text.slice(m.start, m.end) }));
}
