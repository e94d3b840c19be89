import { cellHash } from "../layout/cellHash";
import { locateColumns } from "./locateColumns";
import { tagHash, type TableTag } from "../layout/tableTag";
import type { TableState } from "./diffTable";

interface Candidate {
  rowId: string;
  /** Row in `before`, or -1 for a record the refresh meant to add. */
  old: number;
  /** Row in `after`, or -1 for a record the refresh meant to remove. */
  neu: number;
}

/**
 * The tag that matches what a table holds after a refresh stopped part way (Excel keeps the
 * operations of a request that ran before a failing one). Each body row is claimed for the
 * record whose cells it holds, as written before or as the refresh meant to write them, each
 * cell by itself; a cell holding neither keeps its earlier hash, so the next refresh reports it
 * as the user's. A row that matches no record is left to the user.
 * @param after the tag the refresh meant to store: its columns are the ones owned from now on
 */
export function reconcileTag(before: TableTag, after: TableTag, state: TableState): TableTag {
  const header = state.header.map((h) => String(h ?? ""));
  const columnAt = locateColumns(after.columns, header);
  const beforeCol = after.columns.map((c) => before.columns.findIndex((b) => b.key === c.key));
  const present = columnAt.map((_, j) => j).filter((j) => columnAt[j] >= 0);
  const need = Math.floor(present.length / 2) + 1;

  const candidates: Candidate[] = [];
  const byId = new Map<string, Candidate>();
  before.rowIds.forEach((rowId, k) => {
    const c = { rowId, old: k, neu: -1 };
    candidates.push(c);
    byId.set(rowId, c);
  });
  after.rowIds.forEach((rowId, k) => {
    const c = byId.get(rowId);
    if (c) c.neu = k;
    else candidates.push({ rowId, old: -1, neu: k });
  });
  const options = (c: Candidate, j: number): string[] => {
    const list: string[] = [];
    if (c.old >= 0 && beforeCol[j] >= 0) list.push(tagHash(before, c.old, beforeCol[j]));
    if (c.neu >= 0) list.push(tagHash(after, c.neu, j));
    return list;
  };

  // A hash shared by many records (a unit, a category) says little: index only selective ones.
  const index = new Map<string, number[]>();
  candidates.forEach((c, n) => {
    for (const j of present)
      for (const h of options(c, j)) {
        const key = `${j}:${h}`;
        const list = index.get(key);
        if (!list) index.set(key, [n]);
        else if (list.length <= 64 && list[list.length - 1] !== n) list.push(n);
      }
  });

  const used = new Set<number>();
  const rows: { rowId: string; hashes: string[] }[] = [];
  if (present.length > 0)
    state.body.forEach((row) => {
      const now = present.map((j) => cellHash(row[columnAt[j]] ?? null));
      const seen = new Set<number>();
      let best = -1;
      let bestScore = need - 1;
      present.forEach((j, p) => {
        const list = index.get(`${j}:${now[p]}`);
        if (!list || list.length > 64) return;
        for (const n of list) {
          if (used.has(n) || seen.has(n)) continue;
          seen.add(n);
          const score = present.reduce(
            (s, q, r) => s + (options(candidates[n], q).includes(now[r]) ? 1 : 0),
            0,
          );
          if (score > bestScore) {
            best = n;
            bestScore = score;
          }
        }
      });
      if (best < 0) return;
      used.add(best);
      const c = candidates[best];
      const hashes = after.columns.map((_, j) => {
        const list = options(c, j);
        const p = present.indexOf(j);
        return p >= 0 && list.includes(now[p]) ? now[p] : list[0];
      });
      rows.push({ rowId: c.rowId, hashes });
    });

  return {
    ...after,
    datasetVersion: before.datasetVersion,
    contentHash: before.contentHash,
    address: state.address,
    rowIds: rows.map((r) => r.rowId),
    hashes: rows.map((r) => r.hashes.join("")).join(""),
  };
}
