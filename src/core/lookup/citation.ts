import type { Source } from "../dataset/schema";

/**
 * A one-line citation: publisher, "title", date, url. A missing publisher or date says so
 * rather than leaving a gap that reads as an omission.
 * @example citation(source) // 'U.S. Department of the Treasury, "Treasury Targets ...", 2023-10-03, https://...'
 */
export function citation(source: Source): string {
  const parts = [
    source.publisher ?? "publisher not stated",
    `"${source.title}"`,
    source.published ?? "undated",
  ];
  if (source.url) parts.push(source.url);
  return parts.join(", ");
}
