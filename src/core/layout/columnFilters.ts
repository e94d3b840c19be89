import type { Column, Dataset, Table } from "../dataset/schema";
import { shownCell } from "../dataset/tableCell";

/** What a person set for one column: a range (numbers, ISO dates or their prefixes) or a value. */
export interface ColumnFilter {
  min?: string;
  max?: string;
  equals?: string;
}

/** The filter a table's preview offers for one of its own columns. */
export type FilterField =
  { column: Column; kind: "range" } | { column: Column; kind: "choice"; values: string[] };

/** Most distinct values a column may have to be offered as a list of choices. */
const MAX_CHOICES = 30;
/** Columns of free text, where a list of choices would be the whole column. */
const FREE_TEXT =
  /^(metric|title|subject|fact|note|dateNote|source\.|id$|url|sha256|alsoReportedBy)/;

/**
 * The per-column filters a table offers: a range for numbers and dates, a list of choices for a
 * text column of few distinct values (unit, actor, kind, ...). A value that holds ";" or " and "
 * cannot be written in POLICY.TABLE's filter (both join clauses), so it is not offered.
 */
export function filterFields(dataset: Dataset, table: Table, records: object[]): FilterField[] {
  const fields: FilterField[] = [];
  for (const column of table.columns) {
    if (column.type === "number" || column.type === "integer" || column.type === "date") {
      fields.push({ column, kind: "range" });
    } else if (column.type === "string" && !FREE_TEXT.test(column.key)) {
      const values = new Set<string>();
      for (const r of records) {
        const v = shownCell(dataset, r, column.key);
        if (v !== null && v !== "") values.add(String(v));
      }
      const writable = [...values].filter((v) => !/;|\s+and\s+/i.test(v));
      if (writable.length >= 2 && values.size <= MAX_CHOICES) {
        fields.push({ column, kind: "choice", values: writable.sort() });
      }
    }
  }
  return fields;
}

/**
 * The filters as clauses of POLICY.TABLE's filter grammar (src/core/lookup/tableArray.ts), in
 * the order of `fields`; blank bounds are left out.
 * @example filterClauses(fields, { value: { min: "1000" }, unit: { equals: "USD" } }) // "value >= 1000; unit = USD"
 */
export function filterClauses(
  fields: readonly FilterField[],
  filters: Readonly<Record<string, ColumnFilter>>,
): string {
  const clauses: string[] = [];
  for (const { column } of fields) {
    const f = filters[column.key];
    if (!f) continue;
    if (f.min?.trim()) clauses.push(`${column.key} >= ${f.min.trim()}`);
    if (f.max?.trim()) clauses.push(`${column.key} <= ${f.max.trim()}`);
    if (f.equals?.trim()) clauses.push(`${column.key} = ${f.equals.trim()}`);
  }
  return clauses.join("; ");
}

/**
 * The =POLICY.TABLE formula that spills the table's rows for these clauses, with the chosen
 * columns the function can show (its own; the pane's source columns are not among them).
 * @example policyTableFormula(table, ["metric", "value"], "value >= 1000") // '=POLICY.TABLE("seizures", "metric,value", "value >= 1000")'
 */
export function policyTableFormula(table: Table, chosenKeys: readonly string[], where: string) {
  const own = chosenKeys.filter((k) => table.columns.some((c) => c.key === k));
  const args = [text(table.id)];
  const allColumns =
    own.length === table.columns.length && own.every((k, i) => k === table.columns[i].key);
  if (!allColumns && own.length > 0) args.push(text(own.join(",")));
  else if (where) args.push("");
  if (where) args.push(text(where));
  return `=POLICY.TABLE(${args.join(", ")})`;
}

/** An Excel string literal: a double quote inside is doubled. */
function text(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}
