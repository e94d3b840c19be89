import { isIsoWeek, isoWeekDays } from "../dataset/isoWeek";
import { excelNumber } from "../layout/excelValue";
import { dateText } from "../layout/dateDisplay";
import type { Column, Dataset, Table } from "../dataset/schema";
import { codeLabel, isCodedKey } from "../dataset/displayText";
import { shownCell } from "../dataset/tableCell";
import { badArgument, PolicyError } from "../errors";
import type { LookupIndex } from "./buildIndex";
import { shownId } from "./findFigure";
import { suggestIds } from "./suggestIds";

export type TableCell = string | number | boolean;

export interface TableChoice {
  /** Columns to show, by key or title, comma-separated: "metric, value, Unit". All when omitted. */
  columns?: string;
  /**
   * Rows to keep: clauses joined by ";" or " and ", all of which must hold. A clause is
   * `column op value`, the column named by key or title, op one of
   * `=` (equal, case-insensitive; a date equals its prefix, so date = 2023 is any day of 2023),
   * `!=` or `<>`, `>`, `>=`, `<`, `<=` (numbers as numbers, a percent as the fraction its
   * cell holds so "value >= 50%" is 0.5, dates and text in order),
   * `~` (contains, case-insensitive) and `!~` (does not contain). Quotes around the value are
   * optional. Example: `unit = persons; value >= 100` or `date >= 2024-01 and title ~ sanction`.
   */
  filter?: string;
}

/**
 * A dataset table as a 2-D array, header row first, for a spilling formula. Cells hold the
 * record's field at each column key; dates are text at their precision ("Dec 2023", as tables show them),
 * lists are joined with "; ", and a null is "" (a dataset column is allowed gaps, a single
 * FIELD is not). A filter that keeps no row gives the header alone.
 * @example tableArray(index, "seizures", { columns: "metric,value", filter: "value > 5000" }) // [["Metric","Value"],["currency seized",16000000]]
 */
export function tableArray(
  index: LookupIndex,
  tableId: string,
  choice: TableChoice = {},
): TableCell[][] {
  const table = index.tables.get(tableId.trim().toLowerCase());
  if (!table) {
    const near = suggestIds([...index.tables.keys()], tableId);
    throw new PolicyError(
      "unknown_id",
      `No table has id "${shownId(tableId)}". Tables: ${[...index.tables.keys()].join(", ")}.` +
        (near.length ? ` Did you mean ${near[0]}?` : ""),
    );
  }
  const shown = choice.columns ? pickColumns(table, choice.columns) : table.columns;
  const keep = rowFilter(index.dataset, table, choice.filter);
  const rows: TableCell[][] = [shown.map((c) => c.title)];
  for (const id of table.rows) {
    const record = rowRecord(index, table, id);
    if (keep(record)) {
      rows.push(shown.map((c) => shownDate(shownTableCell(index.dataset, record, c), c)));
    }
  }
  return rows;
}

/**
 * A date cell as every table shows that precision ("Dec 2023", "2023", "2023-12-04"), as text
 * a custom function can return unformatted; filters compare the ISO form before this.
 */
function shownDate(cell: TableCell, column: Column): TableCell {
  return column.type === "date" &&
    typeof cell === "string" &&
    (/^\d{4}(-\d{2}){0,2}$/.test(cell) || isIsoWeek(cell))
    ? dateText(cell)
    : cell;
}

/**
 * Whether a record of the table passes a POLICY.TABLE filter (all rows when it is empty),
 * comparing the cells POLICY.TABLE shows. The task pane's preview filters with it too, so a
 * previewed filter and its formula keep the same rows.
 * @example rowFilter(dataset, seizures, "value >= 1000; unit = USD")(record) // true or false
 */
export function rowFilter(
  dataset: Dataset,
  table: Table,
  filter: string | undefined,
): (record: object) => boolean {
  const clauses = filter?.trim() ? parseFilter(table, filter) : [];
  return (record) =>
    clauses.every((c) =>
      c.test(shownTableCell(dataset, record as Record<string, unknown>, c.column)),
    );
}

function findColumn(table: Table, name: string, argument: string): Column {
  const wanted = name.trim().toLowerCase();
  const column =
    table.columns.find((c) => c.key.toLowerCase() === wanted) ??
    table.columns.find((c) => c.title.toLowerCase() === wanted);
  if (!column) {
    throw badArgument(
      argument,
      name.trim(),
      `a column of table "${table.id}": ${table.columns.map((c) => c.key).join(", ")}`,
    );
  }
  return column;
}

function pickColumns(table: Table, columns: string): Column[] {
  const names = columns.split(/[,;]/).filter((n) => n.trim() !== "");
  if (names.length === 0) {
    throw badArgument("columns", columns, `column keys or titles, e.g. "${table.columns[0].key}"`);
  }
  return names.map((n) => findColumn(table, n, "columns"));
}

interface Clause {
  column: Column;
  test: (cell: TableCell) => boolean;
}

const CLAUSE = /^\s*(.+?)\s*(>=|<=|!=|<>|!~|=|>|<|~)\s*(.*?)\s*$/;

function parseFilter(table: Table, filter: string): Clause[] {
  return filter
    .split(/;|\s+and\s+/i)
    .filter((c) => c.trim() !== "")
    .map((text) => {
      const m = CLAUSE.exec(text);
      if (!m || m[3] === "") {
        throw badArgument(
          "filter",
          text.trim(),
          'clauses such as "value >= 100", "unit = persons" or "title ~ sanction", joined by ";"',
        );
      }
      const column = findColumn(table, m[1], "filter");
      return { column, test: comparison(column, m[2], m[3].replace(/^"(.*)"$/, "$1")) };
    });
}

function comparison(column: Column, op: string, raw: string): (cell: TableCell) => boolean {
  const numeric = column.type === "number" || column.type === "integer";
  if (
    numeric &&
    (op === "<" ||
      op === ">" ||
      op === "<=" ||
      op === ">=" ||
      op === "=" ||
      op === "!=" ||
      op === "<>")
  ) {
    // Cells hold a percent as its fraction, so "50%" compares with 0.5.
    const percent = /^\s*(.*?)\s*%\s*$/.exec(raw);
    const number = Number((percent ? percent[1] : raw).replace(/,/g, ""));
    const wanted = percent ? excelNumber(number, "percent") : number;
    if (!Number.isFinite(wanted)) {
      throw badArgument(
        "filter",
        raw,
        `a number (or a percent such as 50%) to compare with column "${column.key}"`,
      );
    }
    return (cell) => typeof cell === "number" && compare(cell - wanted, op);
  }
  const isDate = column.type === "date";
  // Dates compare as ISO text, so any word would pass "<=" silently and keep every row.
  if (isDate && op !== "~" && op !== "!~" && !ISO_DATE_PREFIX.test(raw)) {
    throw badArgument(
      "filter",
      raw,
      `a date as YYYY, YYYY-MM or YYYY-MM-DD to compare with column "${column.key}"`,
    );
  }
  // A coded column shows words ("pill presses"); its code ("pill_presses") names the same value.
  const wanted = (isCodedKey(column.key) ? codeLabel(raw) : raw).toLowerCase();
  return (cell) => {
    // A week ("2024-W06") compares as the day it starts, among days, months and years.
    const text =
      isDate && isIsoWeek(String(cell)) ? isoWeekDays(String(cell))[0] : String(cell).toLowerCase();
    if (op === "~") return text.includes(wanted);
    if (op === "!~") return !text.includes(wanted);
    if (isDate && cell === "") return false;
    const equal = isDate ? text.startsWith(wanted) : text === wanted;
    if (op === "=") return equal;
    if (op === "!=" || op === "<>") return !equal;
    if (op === "<=") return equal || text < wanted;
    if (op === ">=") return equal || text > wanted;
    return !equal && compare(text < wanted ? -1 : 1, op);
  };
}

/** A year, a month or a day: the precisions a dataset's dates have. */
const ISO_DATE_PREFIX = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

function compare(diff: number, op: string): boolean {
  switch (op) {
    case "<":
      return diff < 0;
    case ">":
      return diff > 0;
    case "<=":
      return diff <= 0;
    case ">=":
      return diff >= 0;
    case "=":
      return diff === 0;
    default:
      return diff !== 0;
  }
}

function rowRecord(index: LookupIndex, table: Table, id: string): Record<string, unknown> {
  const record =
    table.kind === "sources"
      ? index.sources.get(id)
      : table.kind === "conflicts"
        ? index.conflicts.get(id)
        : index.records.get(id)?.record;
  // parseDataset guarantees every row names a record of the table's kind.
  if (!record)
    throw new PolicyError(
      "invalid_dataset",
      `Table "${table.id}" lists "${id}", which the dataset lacks.`,
    );
  return record as unknown as Record<string, unknown>;
}

/**
 * The cell an inserted table shows (shownCell), so a spilled table matches it; a number is the
 * one an inserted table holds (a percent as its fraction, excelValue.ts).
 */
function shownTableCell(
  dataset: Dataset,
  record: Record<string, unknown>,
  column: Column,
): TableCell {
  const value = shownCell(dataset, record, column.key) ?? "";
  if (typeof value !== "number" || (column.type !== "number" && column.type !== "integer")) {
    return value;
  }
  return excelNumber(value, column.unit ?? (typeof record.unit === "string" ? record.unit : null));
}
