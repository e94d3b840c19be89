import type { Span } from "./spans";

// "<https://...>" as the testimony writes links, and bare links, which end at whitespace.
const URL = /<(?:https?|ftp):\/\/[^>\s]*>?|(?:https?|ftp):\/\/[^\s<>]+|\bwww\.[^\s<>]+/gi;

/** Where the document has links: digits inside them are never mentions. */
export function findUrls(text: string): Span[] {
  return [...text.matchAll(URL)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * The text with every link replaced by NUL characters of the same length, so offsets stay
 * valid, no finder (chrono included, which reads "2023/12/22" in a path as a date) sees inside
 * links, and no pattern that allows spaces ("two  hundred", "more than  5") reaches across one.
 */
export function maskUrls(text: string): string {
  return text.replace(URL, (m) => "\u0000".repeat(m.length));
}
