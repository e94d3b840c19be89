/** Every start offset of `needle` in `text`, overlapping matches included. */
export function occurrencesOf(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

export type Located = { start: number; end: number } | { problem: string };

/**
 * Where a quote sits in a document: it must occur exactly once, or `occurrence` (1-based)
 * must pick one of several. The problem says what would be valid.
 */
export function locateQuote(text: string, quote: string, occurrence?: number): Located {
  const starts = occurrencesOf(text, quote);
  if (starts.length === 0) return { problem: `not found in the document${nearMiss(text, quote)}` };
  if (occurrence === undefined) {
    if (starts.length > 1)
      return {
        problem: `found ${starts.length} times (at offsets ${starts.join(", ")}); add occurrence: 1 to ${starts.length}, or quote more text`,
      };
    return { start: starts[0], end: starts[0] + quote.length };
  }
  if (occurrence > starts.length)
    return {
      problem: `occurrence ${occurrence} asked but the quote occurs ${starts.length} time${starts.length === 1 ? "" : "s"}`,
    };
  const start = starts[occurrence - 1];
  return { start, end: start + quote.length };
}

/** Hints at the usual reasons a copied quote is not found: typographic quotes, spacing. */
function nearMiss(text: string, quote: string): string {
  const loose = (s: string) =>
    s
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/[\u201c\u201d]/g, '"')
      .replace(/\s+/g, " ");
  if (loose(text).includes(loose(quote)))
    return " exactly, but it is with other quote marks or spacing: copy the text byte for byte";
  let n = 0;
  while (n < quote.length && text.includes(quote.slice(0, n + 1))) n++;
  if (n >= 10)
    return ` (its first ${n} characters "${quote.slice(0, n)}" are; then the text differs)`;
  return "";
}
