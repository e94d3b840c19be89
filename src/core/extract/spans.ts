/** A half-open character range [start, end) of a document. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Keeps the candidates that overlap neither an earlier kept candidate nor a blocked span;
 * earlier starts win, and at equal starts the longer candidate wins. Linear after sorting.
 */
export function selectNonOverlapping<T extends Span>(candidates: T[], blocked: Span[] = []): T[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const walls = [...blocked].sort((a, b) => a.end - b.end);
  const kept: T[] = [];
  let lastEnd = 0;
  let w = 0;
  for (const c of sorted) {
    if (c.start < lastEnd) continue;
    while (w < walls.length && walls[w].end <= c.start) w++;
    if (w < walls.length && walls[w].start < c.end) continue;
    kept.push(c);
    lastEnd = c.end;
  }
  return kept;
}
