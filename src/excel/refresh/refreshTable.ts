import type { TableUpdate } from "../../core/diff/diffTable";
import type { CellPlan } from "../../core/layout/planTable";
import type { TableRefreshSummary } from "../../core/layout/workbookTypes";
import type { StoredTag } from "../readTags";

/** A tagged table refresh may change, as it moves through the phases of refreshAll. */
export interface RefreshTable {
  stored: StoredTag;
  table: Excel.Table;
  plan: CellPlan;
  sheet: Excel.Worksheet;
  /** Loaded by readTables. */
  range?: Excel.Range;
  header?: Excel.Range;
  body: Excel.Range[];
  /** Rows will be added or may be deleted: the only changes a filter gets in the way of. */
  mayReshape: boolean;
  /** Each column's filter, loaded with the body when the table may be reshaped. */
  filters: Excel.Filter[];
  /** Filters cleared to add or remove rows, to set again at the end. */
  lifted: { index: number; criteria: Excel.FilterCriteria }[];
  below: Excel.Range | null;
  update?: TableUpdate;
  /** Indexes [start, end) of its writes among all the refresh's writes, when it has any. */
  writeSpan?: [number, number];
  /** What became of its lifted filter, for a refresh that stops. */
  filterNote?: string;
  summary?: TableRefreshSummary;
}
