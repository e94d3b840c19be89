import { badArgument, PolicyError } from "../errors";
import type { Column, Dataset, Table } from "../dataset/schema";
import type { TableRecord } from "../dataset/tableRecords";
import { shownCell } from "../dataset/tableCell";
import type { TableChoice } from "./workbookTypes";

/** Columns every figures/events table can show besides its own: the record id and its source. */
const EXTRA: Column[] = [
  col("id", "ID", "string", "@", "The record id; =POLICY.VALUE(id) returns a figure's value."),
  col("source.title", "Document", "string", "@", "Title of the document the value was read from."),
  col("source.publisher", "Publisher", "string", "@", null),
  col("source.published", "Published", "date", "yyyy-mm-dd", "Date of the document."),
  col("source.quote", "Quote", "string", "@", "The exact sentence the value was read from."),
  col("source.url", "Document URL", "string", "@", null),
];
/** Source columns added by default (includeSources unset or true). */
const DEFAULT_SOURCE_KEYS = ["source.title", "source.quote", "source.url"];

function col(
  key: string,
  title: string,
  type: Column["type"],
  format: string,
  description: string | null,
): Column {
  return { key, title, type, unit: null, format, description };
}

/** The dataset table with this id, or an "unknown_id" error naming the valid ids. */
export function findTable(dataset: Dataset, tableId: string): Table {
  const table = dataset.tables.find((t) => t.id === tableId);
  if (table) return table;
  const ids = dataset.tables.map((t) => t.id);
  throw new PolicyError(
    "unknown_id",
    `The dataset has no table "${tableId}". Tables: ${ids.join(", ") || "(none)"}.`,
  );
}

/** Every column a user may choose for this table: its own, then id and source columns. */
export function availableColumns(dataset: Dataset, tableId: string): Column[] {
  const table = findTable(dataset, tableId);
  const own = new Set(table.columns.map((c) => c.key));
  const extra =
    table.kind === "figures" || table.kind === "events"
      ? EXTRA.filter((c) => !own.has(c.key))
      : EXTRA.filter((c) => c.key === "id" && !own.has("id"));
  return [...table.columns, ...extra];
}

/** The columns a choice selects, in display order, validated against availableColumns. */
export function chosenColumns(dataset: Dataset, tableId: string, choice: TableChoice): Column[] {
  const table = findTable(dataset, tableId);
  const available = availableColumns(dataset, tableId);
  const byKey = new Map(available.map((c) => [c.key, c]));
  let keys: string[];
  if (choice.columns && choice.columns.length > 0) {
    keys = choice.columns;
    const unknown = keys.filter((k) => !byKey.has(k));
    if (unknown.length) {
      throw badArgument(
        "columns",
        unknown.join(", "),
        `column keys of table "${tableId}": ${available.map((c) => c.key).join(", ")}`,
      );
    }
  } else {
    const own = table.columns.map((c) => c.key);
    keys = [...(own.includes("id") ? [] : ["id"]), ...own];
    if (choice.includeSources !== false) {
      keys.push(...DEFAULT_SOURCE_KEYS.filter((k) => byKey.has(k) && !keys.includes(k)));
    }
  }
  if (choice.includeSources === false) keys = keys.filter((k) => !k.startsWith("source."));
  if (new Set(keys).size !== keys.length) {
    throw badArgument("columns", keys.join(", "), "each column key at most once");
  }
  return keys.map((k) => byKey.get(k)!);
}

/**
 * The value a column shows for a record: shownCell, the same cell every table output holds
 * (pane preview, inserted and exported tables, POLICY.TABLE; CSV holds its recordCell).
 */
export function readColumn(dataset: Dataset, record: TableRecord, key: string): unknown {
  return shownCell(dataset, record, key);
}
