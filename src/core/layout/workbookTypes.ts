import type { FormulaExplanation } from "../lookup/explainFormula";
/**
 * The contract between the Excel engine and its callers (task pane, ribbon, benchmarks).
 *
 * - TableChoice: what the user picked for a table before inserting it. Stored in the table's
 *   tag, so a refresh re-plans exactly the same view (columns, filter, sort) on the new dataset.
 * - InsertedTable / InsertedFigure: what an insert did, for a confirmation message.
 * - SelectionInfo: what the selected cell is to Policy Tables (a cell of an inserted table, a
 *   POLICY formula, an inserted figure, or nothing of ours), for the Trace view.
 * - RefreshSummary: per table what a refresh did (rows added/removed, values changed, user edits
 *   kept as conflicts) and why a table could not be refreshed; the task pane shows it.
 * - RefreshProgress: reported while a refresh runs.
 *
 * All pure data: no Office types, so views and tests use them without Excel.
 */

/** The user's choices for a table: which columns, which rows, in what order. */
export interface TableChoice {
  /** Column keys (see availableColumns) in display order; the default set when empty/absent. */
  columns?: string[];
  /** Case-insensitive text every kept row must contain in a chosen column (not its quote, URL or document id: freeTextColumns). */
  filter?: string;
  /** Per-column clauses in POLICY.TABLE's filter grammar, e.g. "value >= 1000; unit = USD". */
  where?: string;
  sort?: { key: string; direction: "ascending" | "descending" } | null;
  /** Add the document, its URL and the quote to each row (default true); false drops them. */
  includeSources?: boolean;
}

/** Where "Insert as table" puts a table: at the selected cell, or on a sheet of its own. */
export type InsertTarget = "selection" | "newSheet";

/** How a single figure goes into the selected cell. */
export type FigureForm = "value" | "formula";

export interface InsertedTable {
  tableName: string;
  sheetName: string;
  /** Whole table range including its header, e.g. "Sanctions!A1:F12". */
  address: string;
  rows: number;
  columns: number;
  /** context.sync calls the insert made (constant for any row count that fits a request). */
  syncs: number;
  /** What could not be done in this Excel (e.g. no tag storage) and what it means. */
  warnings: string[];
}

export interface InsertedFigure {
  address: string;
  id: string;
  form: FigureForm;
  warnings: string[];
}

/** What the selected cell holds, as far as Policy Tables is concerned. */
export interface SelectionInfo {
  address: string;
  /** The figure, event, source or conflict behind the cell, or null when the cell is not ours. */
  recordId: string | null;
  /** The value the cell shows now (a user may have typed over it). */
  cellValue: string | number | boolean | null;
  /** How the cell is linked: an inserted table, a POLICY formula, or an inserted figure. */
  via: "table" | "formula" | "figure" | null;
  /** The dataset version the cell was written from, when known. */
  datasetVersion: string | null;
  /** For a table cell: the table's Excel name and the dataset column key of the cell. */
  tableName: string | null;
  column: string | null;
  /** For a cell holding a POLICY formula: what the call returns, or its error and usage. */
  formula?: FormulaExplanation;
}

export interface RefreshProgress {
  done: number;
  total: number;
  /** The table being refreshed, when known. */
  tableName: string | null;
}

/** A cell the user typed into: refresh kept their value and reports the dataset's. */
export interface RefreshConflict {
  address: string;
  recordId: string;
  /** Column title as shown in the table header. */
  column: string;
  userValue: string | number | boolean | null;
  /** The dataset's value now; null when the record left the dataset (the row was kept). */
  datasetValue: string | number | boolean | null;
}

export type TableRefreshStatus =
  | "updated" // at least one cell, row or the tag changed
  | "unchanged" // nothing to do: not a single write
  | "deleted" // the table is gone (its sheet is still there); its tag was removed
  | "sheet_deleted" // the table's sheet is gone; its tag was removed
  | "not_in_dataset" // the dataset no longer has this table; left as it is
  | "refused" // its tag does not prove the table is the one written (message says why); left as it is
  | "failed"; // Excel refused a write part way; the message says what was kept, the tag matches the cells

export interface TableRefreshSummary {
  tableId: string;
  /** The Excel table name now (found by its tag, so a renamed table is still refreshed). */
  tableName: string;
  status: TableRefreshStatus;
  rowsAdded: number;
  rowsRemoved: number;
  valuesChanged: number;
  conflicts: RefreshConflict[];
  /** One sentence per notable event (renamed, moved, rows kept, columns missing), or null. */
  message: string | null;
}

export interface RefreshSummary {
  /** Dataset version(s) the tables were written from, or null when no table was tagged. */
  fromVersion: string | null;
  toVersion: string;
  tables: TableRefreshSummary[];
  /** Tags that could not be read (damaged or incomplete), each naming its table; absent or empty when none. */
  problems?: string[];
  /** What the person should know about how values were written (e.g. an assumed date system). */
  notices?: string[];
  /**
   * What refresh left as it was besides the tables: the Sources table (a cell you edited kept, a
   * name clash) and charts not provably the add-in's. Kept apart from `problems`, whose remedy
   * (insert the table again) would be wrong advice here.
   */
  warnings?: string[];
  totals: {
    tables: number;
    updated: number;
    rowsAdded: number;
    rowsRemoved: number;
    valuesChanged: number;
    conflicts: number;
  };
  syncs: number;
}

/** What "Insert chart" made. */
export interface InsertedChart {
  chartName: string;
  sheetName: string;
  /** The Excel table it plots. */
  tableName: string;
  /** Points in its one series: the table's body rows. */
  points: number;
  /** context.sync calls the insert made (the same for any table size). */
  syncs: number;
  warnings: string[];
  /** The table of one unit's rows inserted for the chart, when the chart is of one unit. */
  unitTable?: { unit: string; address: string; rows: number };
}
