import "./polyfills";
import type { TableVersion } from "../../src/core/dataset/datasetTrust";
import type { Dataset } from "../../src/core/dataset/schema";
import type { ChangeReport } from "../../src/core/diff/listChanges";
import type { FormulaSource } from "../../src/core/lookup/explainFormula";
import type {
  InsertedChart,
  InsertedFigure,
  InsertedTable,
  RefreshSummary,
  SelectionInfo,
  WorkbookActions,
} from "../../src/taskpane/workbook";

type Calls = { [K in keyof Omit<WorkbookActions, "mode">]-?: unknown[][] };

/**
 * WorkbookActions that record every call and answer from `answers` (a function may throw or
 * return a rejected promise to simulate Excel failing).
 */
export function fakeActions(
  mode: "excel" | "preview",
  answers: Partial<{
    insertTable: () => Promise<InsertedTable>;
    insertFigure: () => Promise<InsertedFigure>;
    insertChart: () => Promise<InsertedChart>;
    insertUnitChart: () => Promise<InsertedChart>;
    readSelection: (explainFrom: FormulaSource) => Promise<SelectionInfo>;
    readTableVersions: () => Promise<TableVersion[]>;
    previewChanges: (next: Dataset) => Promise<ChangeReport>;
    refreshAll: (
      dataset: Dataset,
      onProgress: Parameters<WorkbookActions["refreshAll"]>[1],
    ) => Promise<RefreshSummary>;
    downloadWorkbook: () => Promise<string>;
  }> = {},
): WorkbookActions & { calls: Calls } {
  const calls: Calls = {
    insertTable: [],
    insertFigure: [],
    insertChart: [],
    insertUnitChart: [],
    readSelection: [],
    readTableVersions: [],
    previewChanges: [],
    refreshAll: [],
    downloadWorkbook: [],
  };
  const missing = (name: string) => () => Promise.reject(new Error(`${name} was not expected`));
  return {
    mode,
    calls,
    insertTable: (...args) => {
      calls.insertTable.push(args);
      return (answers.insertTable ?? missing("insertTable"))();
    },
    insertFigure: (...args) => {
      calls.insertFigure.push(args);
      return (answers.insertFigure ?? missing("insertFigure"))();
    },
    insertChart: (...args) => {
      calls.insertChart.push(args);
      return (answers.insertChart ?? missing("insertChart"))();
    },
    insertUnitChart: (...args) => {
      calls.insertUnitChart.push(args);
      return (answers.insertUnitChart ?? missing("insertUnitChart"))();
    },
    readSelection: (...args) => {
      calls.readSelection.push(args);
      return (answers.readSelection ?? missing("readSelection"))(...args);
    },
    readTableVersions: (...args) => {
      calls.readTableVersions.push(args);
      return (answers.readTableVersions ?? (async () => []))();
    },
    refreshAll: (dataset, onProgress) => {
      calls.refreshAll.push([dataset, onProgress]);
      return (answers.refreshAll ?? missing("refreshAll"))(dataset, onProgress);
    },
    downloadWorkbook: (...args) => {
      calls.downloadWorkbook.push(args);
      return (answers.downloadWorkbook ?? missing("downloadWorkbook"))();
    },
    // Only Excel has tables to dry-run a refresh on; the browser preview compares datasets.
    ...(mode === "excel"
      ? {
          previewChanges: (next: Dataset) => {
            calls.previewChanges.push([next]);
            return (answers.previewChanges ?? missing("previewChanges"))(next);
          },
        }
      : {}),
  };
}

export const selection = (patch: Partial<SelectionInfo> = {}): SelectionInfo => ({
  address: "Sheet1!B3",
  recordId: null,
  cellValue: null,
  via: null,
  datasetVersion: null,
  tableName: null,
  column: null,
  ...patch,
});
