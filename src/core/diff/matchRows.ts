import { cellHash } from "../layout/cellHash";
import type { CellValue } from "../layout/safeText";
import { tagHash, type TableTag } from "../layout/tableTag";

export interface RowMatch {
  /** For each tagged row: the body row that holds it now, or -1 (the user deleted it). */
  currentOf: number[];
  /** For each body row: the tagged row it holds, or -1 (a row the user added). */
  taggedOf: number[];
}

/**
 * Finds which body row holds which tagged row, so a table the user sorted, or into which they
 * inserted or deleted rows, is still refreshed cell by cell. A body row holds a tagged row when
 * more than half of its owned cells still hash as written. Rows are tried in order first (the
 * usual case, linear); the rest are matched through a hash index.
 * @param columnAt for each tag column, its index in the table now, or -1 when it is gone
 */
export function matchRows(tag: TableTag, columnAt: number[], body: CellValue[][]): RowMatch {
  const present = columnAt.map((c, j) => (c >= 0 ? j : -1)).filter((j) => j >= 0);
  const need = Math.floor(present.length / 2) + 1;
  const n = tag.rowIds.length;
  const currentOf = new Array<number>(n).fill(-1);
  const taggedOf = new Array<number>(body.length).fill(-1);
  if (present.length === 0) return { currentOf, taggedOf };

  const hashes = body.map((row) => present.map((j) => cellHash(row[columnAt[j]] ?? null)));
  const score = (i: number, k: number) =>
    present.reduce((s, j, p) => s + (hashes[i][p] === tagHash(tag, k, j) ? 1 : 0), 0);
  const assign = (i: number, k: number) => {
    currentOf[k] = i;
    taggedOf[i] = k;
  };

  let next = 0;
  const pending: number[] = [];
  for (let i = 0; i < body.length; i++) {
    while (next < n && currentOf[next] >= 0) next++;
    let found = -1;
    // In order, only rows exactly as written: a row the user edited may share more than half
    // its cells (unit, document, URL) with a neighbour, so it goes to the best-score pass.
    for (let k = next; k < Math.min(n, next + 3); k++) {
      if (currentOf[k] < 0 && score(i, k) === present.length) {
        found = k;
        break;
      }
    }
    if (found >= 0) {
      assign(i, found);
      if (found === next) next++;
    } else pending.push(i);
  }
  if (pending.length === 0) return { currentOf, taggedOf };

  // A hash shared by many rows (a unit, a category) says little: index only selective ones.
  const index = new Map<string, number[]>();
  for (let k = 0; k < n; k++) {
    if (currentOf[k] >= 0) continue;
    for (const j of present) {
      const key = `${j}:${tagHash(tag, k, j)}`;
      const list = index.get(key);
      if (!list) index.set(key, [k]);
      else if (list.length <= 64) list.push(k);
    }
  }
  for (const i of pending) {
    const candidates = new Set<number>();
    present.forEach((j, p) => {
      const list = index.get(`${j}:${hashes[i][p]}`);
      if (list && list.length <= 64) list.forEach((k) => candidates.add(k));
    });
    let best = -1;
    let bestScore = need - 1;
    for (const k of candidates) {
      if (currentOf[k] >= 0) continue;
      const s = score(i, k);
      if (s > bestScore || (s === bestScore && best >= 0 && Math.abs(k - i) < Math.abs(best - i))) {
        best = k;
        bestScore = s;
      }
    }
    if (best >= 0) assign(i, best);
  }
  return { currentOf, taggedOf };
}
