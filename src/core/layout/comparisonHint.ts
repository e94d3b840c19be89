import type { Column, Table } from "../dataset/schema";
import type { ColumnFilter, FilterField } from "./columnFilters";
import { filterName, rangeLabels } from "./filterLabels";

/** What the pane says about a free-text entry that reads as a comparison, and the filter it means. */
export interface ComparisonHint {
  message: string;
  /** The per-column filter that does what the entry asked, when a field of the table can. */
  apply: { key: string; filter: ColumnFilter; label: string } | null;
}

const BARE = /^\s*(>=|<=|>|<|=)\s*([^<>=\s].*?)\s*$/;
const NAMED = /^\s*(.+?)\s*(>=|<=|!=|<>|>|<|=)\s*([^<>=\s].*?)\s*$/;

/**
 * Free text finds the words a row contains, so an entry such as ">1000" or "value > 1000"
 * keeps no row. This names the per-column filter that does what it asked (a bare comparison is
 * about the table's value, or an event's date), or null when the entry is plain text.
 * @example comparisonHint(seizures, fields, ">1000")?.apply // { key: "value", filter: { min: "1000" }, label: "Value from 1000" }
 */
export function comparisonHint(
  table: Table,
  fields: readonly FilterField[],
  text: string,
): ComparisonHint | null {
  const bare = BARE.exec(text);
  const named = bare ? null : NAMED.exec(text);
  if (!bare && !named) return null;
  const column = bare ? keyColumn(table) : findColumn(table, named![1]);
  // "a = b" where a names no column is more likely text than a comparison.
  if (!column) return null;
  const op = bare ? bare[1] : named![2];
  const raw = (bare ? bare[2] : named![3]).replace(/^"(.*)"$/, "$1");
  const field = fields.find((f) => f.column.key === column.key);
  const shown = JSON.stringify(text.trim());
  const apply = field ? filterFor(field, op, raw) : null;
  return {
    message: apply
      ? `Free text finds words, not comparisons such as ${shown}. Filter by column instead:`
      : `Free text finds words, not comparisons such as ${shown}. In a cell, =POLICY.TABLE("${table.id}", , "${column.key} ${op} ${raw}") compares it.`,
    apply,
  };
}

function keyColumn(table: Table): Column | undefined {
  return (
    table.columns.find((c) => c.key === "value") ?? table.columns.find((c) => c.type === "date")
  );
}

function findColumn(table: Table, name: string): Column | undefined {
  const wanted = name.trim().toLowerCase();
  return (
    table.columns.find((c) => c.key.toLowerCase() === wanted) ??
    table.columns.find((c) => c.title.toLowerCase() === wanted)
  );
}

/** The filter for `op raw` on a field; a range includes its bound, so "> 1000" is "from 1000". */
function filterFor(
  field: FilterField,
  op: string,
  raw: string,
): { key: string; filter: ColumnFilter; label: string } | null {
  const { key } = field.column;
  const labels = rangeLabels(field.column);
  if (field.kind === "choice") {
    const value = field.values.find((v) => v.toLowerCase() === raw.toLowerCase());
    return op === "=" && value
      ? { key, filter: { equals: value }, label: `${filterName(field.column)}: ${value}` }
      : null;
  }
  if (op === ">" || op === ">=")
    return { key, filter: { min: raw }, label: `${labels.from} ${raw}` };
  if (op === "<" || op === "<=") return { key, filter: { max: raw }, label: `${labels.to} ${raw}` };
  if (op === "=")
    return { key, filter: { min: raw, max: raw }, label: `${labels.from} ${raw} to ${raw}` };
  return null;
}
