import type { PlannedColumn } from "../../core/layout/planTable";

/** Tables with more body rows than this render only the rows in view (VirtualRows). */
export const VIRTUALIZE_FROM = 300;

/**
 * The columns a narrow preview keeps in view while the others scroll: the first (what the row
 * is) and the one a table is about, a figure's value or an event's date. -1 when there is none,
 * or it is the first column itself.
 * @example keyColumnIndex([{ key: "metric" }, { key: "value" }]) // 1
 */
export function keyColumnIndex(columns: readonly Pick<PlannedColumn, "key">[]): number {
  const at = columns.findIndex((c) => c.key === "value");
  const key = at >= 0 ? at : columns.findIndex((c) => c.key === "date");
  return key > 0 ? key : -1;
}
