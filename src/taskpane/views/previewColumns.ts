import type { PlannedColumn } from "../../core/layout/planTable";

/** Tables with more body rows than this render only the rows in view (VirtualRows). */
export const VIRTUALIZE_FROM = 300;

/** Columns that name a row, kept beside a leading date or value. */
const NAME_KEYS = ["title", "metric"];

/**
 * The columns a narrow preview keeps in view while the others scroll: the first and the one
 * that completes it. A row named first (a figure's metric) keeps its value, or an event's date;
 * a row dated first (a timeline) keeps what it names, the title or metric, since a date alone
 * says nothing of the row. -1 when there is none.
 * @example keyColumnIndex([{ key: "metric" }, { key: "value" }]) // 1
 * @example keyColumnIndex([{ key: "date" }, { key: "precision" }, { key: "title" }]) // 2
 */
export function keyColumnIndex(columns: readonly Pick<PlannedColumn, "key">[]): number {
  const find = (keys: string[]) =>
    keys.map((k) => columns.findIndex((c) => c.key === k)).find((i) => i >= 0) ?? -1;
  const about = find(["value", "date"]);
  if (about > 0) return about;
  if (about < 0) return -1;
  const name = find(NAME_KEYS);
  return name > 0 ? name : -1;
}

/** Whether the kept column is a row's name (beside a leading date or value) rather than a value. */
export function keyIsName(columns: readonly Pick<PlannedColumn, "key">[], key: number): boolean {
  return key >= 0 && NAME_KEYS.includes(columns[key].key);
}
