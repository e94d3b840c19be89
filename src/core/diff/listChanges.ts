import type { DateSystem } from "../lookup/excelDate";
import type { Dataset } from "../dataset/schema";
import { locateColumns } from "./locateColumns";
import { parseAddress, toAddress } from "../layout/address";
import type { CellPlan } from "../layout/planTable";
import type { CellValue } from "../layout/safeText";
import type { TableTag } from "../layout/tableTag";
import type { TableRefreshStatus } from "../layout/workbookTypes";
import type { TableState, TableUpdate } from "./diffTable";
import { matchRows } from "./matchRows";

/** One cell a refresh would change, or would keep because the user typed into it. */
export interface CellChange {
  column: string;
  /** Where the cell is now, before the refresh. */
  address: string;
  before: CellValue;
  /** The dataset's value; null when the record left the dataset. */
  after: CellValue;
  /** The user typed into the cell: refresh keeps it ("kept (your edit)"). */
  kept: boolean;
  /** The number format the dataset's value is written with, to show both values as Excel would. */
  format: string;
}

/** What a refresh would do to one record's row in one table. */
export interface RecordChange {
  recordId: string;
  kind: "added" | "removed" | "changed";
  /** A readable name for the record (its metric, title or first text cell). */
  label: string;
  /** The sentence the record was read from: as the table shows it now, and as the dataset has it. */
  quote: { before: string | null; after: string | null };
  /** The row's cells that change (or stay as the user typed); a removed row lists its cells. */
  cells: CellChange[];
  /** A removed record whose row stays because the user wrote in it. */
  kept: boolean;
}

/**
 * The change list of one tagged table: each record a refresh would add, remove or change, with
 * the quotes and cells involved, derived from the refresh's own plan (`update`, from diffTable)
 * so the list says exactly what pressing Refresh does. Unchanged records are left out.
 * @example listChanges(tag, state, plan, diffTable(tag, state, plan), dataset)[0].kind // "changed"
 */
export function listChanges(
  tag: TableTag,
  state: TableState,
  plan: CellPlan,
  update: TableUpdate,
  dataset: Dataset,
): RecordChange[] {
  const header = state.header.map((h) => String(h ?? ""));
  const columnAt = locateColumns(tag.columns, header);
  const { taggedOf } = matchRows(tag, columnAt, state.body);
  const rect = parseAddress(state.address);
  const addressOf = (row: number, col: number) =>
    toAddress({
      sheet: rect.sheet,
      row: rect.row + 1 + row,
      col: rect.col + col,
      lastRow: rect.row + 1 + row,
      lastCol: rect.col + col,
    });
  const quoteAt = columnAt[tag.columns.findIndex((c) => c.key === "source.quote")] ?? -1;
  const quoteCol = plan.columns.findIndex((c) => c.key === "source.quote");
  const sourceQuote = datasetQuotes(dataset);
  const planRow = new Map(plan.rowIds.map((id, p) => [id, p]));
  const deleted = new Set(update.deleteRows);
  const conflictsOf = new Map<string, TableUpdate["conflicts"]>();
  for (const c of update.conflicts)
    conflictsOf.set(c.recordId, [...(conflictsOf.get(c.recordId) ?? []), c]);
  const writesOf = new Map<number, TableUpdate["writes"]>();
  for (const w of update.writes) writesOf.set(w.row, [...(writesOf.get(w.row) ?? []), w]);

  /**
   * The format of column `title` in plan row p. A record that left has no planned format: its
   * unit may differ from the rows that stay (pill presses beside dollars), so a number shows
   * plain, never with another row's "$"; a date shows as a day.
   */
  const formatOf = (title: string, p: number | undefined) => {
    const q = plan.columns.findIndex((c) => c.title === title);
    if (q < 0) return "General";
    if (p !== undefined) return plan.numberFormats[p][q];
    return plan.columns[q].type === "date" ? "yyyy-mm-dd" : "General";
  };

  const changes: RecordChange[] = [];
  state.body.forEach((row, i) => {
    const k = taggedOf[i];
    if (k < 0) return; // a row of the user's: refresh never touches it
    const recordId = tag.rowIds[k];
    const before = quoteAt >= 0 ? asText(row[quoteAt]) : null;
    const p = planRow.get(recordId);
    const kept = (conflictsOf.get(recordId) ?? []).map((c) => {
      const col = header.indexOf(c.column);
      return {
        column: c.column,
        address: addressOf(i, col),
        before: row[col] ?? null,
        after: c.datasetValue,
        kept: true,
        format: formatOf(c.column, p),
      };
    });
    if (p === undefined) {
      const cells = tag.columns.flatMap((c, j) => {
        if (columnAt[j] < 0) return [];
        const typed = kept.filter((x) => x.column === c.title);
        if (typed.length) return typed;
        return [
          {
            column: c.title,
            address: addressOf(i, columnAt[j]),
            before: row[columnAt[j]] ?? null,
            after: null,
            kept: !deleted.has(i),
            format: formatOf(c.title, undefined),
          },
        ];
      });
      changes.push({
        recordId,
        kind: "removed",
        label: labelOf(tag.columns, (j) => (columnAt[j] < 0 ? null : row[columnAt[j]])),
        quote: { before, after: null },
        cells,
        kept: !deleted.has(i),
      });
      return;
    }
    const writes = (writesOf.get(i) ?? []).map((w) => ({
      column: header[w.col],
      address: addressOf(i, w.col),
      before: row[w.col] ?? null,
      after: w.value,
      kept: false,
      format: w.format,
    }));
    if (writes.length + kept.length === 0) return;
    changes.push({
      recordId,
      kind: "changed",
      label: labelOf(plan.columns, (q) => plan.values[p][q]),
      quote: {
        before,
        after:
          quoteCol >= 0 ? asText(plan.values[p][quoteCol]) : (sourceQuote.get(recordId) ?? null),
      },
      cells: [...writes, ...kept].sort(
        (a, b) => header.indexOf(a.column) - header.indexOf(b.column),
      ),
      kept: false,
    });
  });

  const known = new Set(tag.rowIds);
  plan.rowIds.forEach((recordId, p) => {
    if (known.has(recordId)) return;
    changes.push({
      recordId,
      kind: "added",
      label: labelOf(plan.columns, (q) => plan.values[p][q]),
      quote: { before: null, after: sourceQuote.get(recordId) ?? null },
      cells: plan.columns
        .filter((c) => tag.columns.some((t) => t.key === c.key))
        .map((c) => ({
          column: c.title,
          address: "",
          before: null,
          after: plan.values[p][plan.columns.indexOf(c)],
          kept: false,
          format: plan.numberFormats[p][plan.columns.indexOf(c)],
        })),
      kept: false,
    });
  });
  return changes;
}

/** The quote of every figure and event, by id. */
function datasetQuotes(dataset: Dataset): Map<string, string> {
  const quotes = new Map<string, string>();
  for (const r of [...dataset.figures, ...dataset.events]) quotes.set(r.id, r.source.quote);
  return quotes;
}

/** The record's metric or title, else its first text cell other than its id and source. */
function labelOf(columns: { key: string }[], valueAt: (j: number) => CellValue | undefined) {
  const preferred = ["metric", "title", "label", "name"];
  const order = [
    ...preferred.flatMap((k) => columns.findIndex((c) => c.key === k)).filter((j) => j >= 0),
    ...columns.map((_, j) => j),
  ];
  for (const j of order) {
    const key = columns[j].key;
    if (key === "id" || key.startsWith("source.")) continue;
    const v = valueAt(j);
    if (typeof v === "string" && v.trim()) return v;
  }
  return "";
}

function asText(value: CellValue | undefined): string | null {
  return value === null || value === undefined || value === "" ? null : String(value);
}

/** What a refresh would do to one tagged table of the workbook. */
export interface TableChanges {
  tableId: string;
  tableName: string;
  /** As refresh would report it: "updated", "unchanged", or why it would leave the table alone. */
  status: TableRefreshStatus;
  /** Notable events (moved, renamed, columns missing, refused and why), or null. */
  message: string | null;
  records: RecordChange[];
}

/** Everything a refresh with a dataset would change in the workbook, before it runs. */
export interface ChangeReport {
  /** Dataset version(s) the tables were written from, or null when no table is tagged. */
  fromVersion: string | null;
  toVersion: string;
  tables: TableChanges[];
  /** Tags that could not be read; refresh would leave their tables alone. */
  problems: string[];
  /**
   * The date system the cells' date serials count in (the workbook's, as insert and refresh
   * write them), so a 1904 workbook's dates are not shown four years early.
   */
  dateSystem: DateSystem;
}
