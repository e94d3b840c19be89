import { parseDataset } from "../core/dataset/parseDataset";
import type { TableVersion } from "../core/dataset/datasetTrust";
import type { Dataset } from "../core/dataset/schema";
import type { FormulaSource } from "../core/lookup/explainFormula";
import { PolicyError } from "../core/errors";
import type {
  FigureForm,
  InsertedChart,
  InsertedFigure,
  InsertedTable,
  InsertTarget,
  RefreshProgress,
  RefreshSummary,
  SelectionInfo,
  TableChoice,
} from "../core/layout/workbookTypes";
import type { ChangeReport } from "../core/diff/listChanges";
import { insertChart } from "./insertChart";
import { insertFigure } from "./insertFigure";
import { insertTable } from "./insertTable";
import { insertUnitChart } from "./insertUnitChart";
import { previewChanges } from "./previewChanges";
import { readSelection } from "./readSelection";
import { readTableVersions } from "./readTableVersions";
import { refreshAll } from "./refreshAll";
import { withHeldPieces } from "./withHeldPieces";
import { CUT_FROM_CHECKED_PIECES } from "../functions/verifyDataset";
import type { Requirements } from "./requirements";

/** Excel.run, or the fake's run in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** A dataset, a promise of one (a fetch), or a function that fetches it. */
export type DatasetInput = Dataset | unknown | Promise<unknown> | (() => Promise<unknown>);

export interface ExcelWorkbookActions {
  readonly mode: "excel";
  insertTable(
    dataset: Dataset,
    tableId: string,
    choice: TableChoice,
    target: InsertTarget,
  ): Promise<InsertedTable>;
  insertFigure(dataset: Dataset, id: string, form: FigureForm): Promise<InsertedFigure>;
  insertChart(dataset: Dataset, tableId: string): Promise<InsertedChart>;
  insertUnitChart(
    dataset: Dataset,
    tableId: string,
    choice: TableChoice,
    unit: string,
  ): Promise<InsertedChart>;
  /**
   * What the selected cell is to Policy Tables; a POLICY formula in it is explained from
   * `explainFrom` (the whole dataset, or the pieces its function reads).
   */
  readSelection(explainFrom: FormulaSource): Promise<SelectionInfo>;
  readTableVersions(): Promise<TableVersion[]>;
  /** What a refresh with `dataset` would change, record by record; writes nothing. */
  previewChanges(dataset: Dataset): Promise<ChangeReport>;
  /** Validates the dataset first: if it cannot be fetched or is invalid, nothing is written. */
  refreshAll(
    dataset: DatasetInput,
    onProgress?: (progress: RefreshProgress) => void,
  ): Promise<RefreshSummary>;
}

/**
 * The task pane's workbook operations on Office.js. Errors reach the caller as PolicyErrors
 * whose message says what happened and what to do.
 */
export function createExcelWorkbookActions(
  run: ExcelRun = (batch) => Excel.run(batch),
  requirements: Requirements = Office.context.requirements,
): ExcelWorkbookActions {
  const go = <T>(what: string, batch: (context: Excel.RequestContext) => Promise<T>) =>
    run(batch).catch((e: unknown) => {
      throw asPolicyError(e, what);
    });
  return {
    mode: "excel",
    insertTable: (dataset, tableId, choice, target) =>
      go(`insert table "${tableId}"`, async (c) =>
        insertTable(
          c,
          requirements,
          await withHeldPieces(c, dataset, "sources"),
          tableId,
          choice,
          target,
        ),
      ),
    insertFigure: (dataset, id, form) =>
      go(`insert "${id}"`, async (c) =>
        insertFigure(c, requirements, await withHeldPieces(c, dataset, "sources"), id, form),
      ),
    insertChart: (dataset, tableId) =>
      go(`insert a chart of "${tableId}"`, (c) => insertChart(c, requirements, dataset, tableId)),
    insertUnitChart: (dataset, tableId, choice, unit) =>
      go(`insert a chart of "${tableId}" in ${unit}`, async (c) =>
        insertUnitChart(
          c,
          requirements,
          await withHeldPieces(c, dataset, "sources"),
          tableId,
          choice,
          unit,
        ),
      ),
    readSelection: (explainFrom) =>
      go("read the selected cell", (c) => readSelection(c, requirements, explainFrom)),
    readTableVersions: () =>
      go("read the tables' dataset versions", (c) => readTableVersions(c, requirements)),
    previewChanges: (dataset) =>
      go("list what a refresh would change", async (c) =>
        previewChanges(c, requirements, await withHeldPieces(c, dataset, "tables and sources")),
      ),
    refreshAll: async (input, onProgress) => {
      const dataset = await validatedDataset(input);
      return go("refresh the tables", async (c) =>
        refreshAll(
          c,
          requirements,
          await withHeldPieces(c, dataset, "tables and sources"),
          onProgress,
        ),
      );
    },
  };
}

/**
 * Fetches (if need be) and validates a dataset; throws before anything touches the workbook.
 * A dataset cut from checked pieces was checked as its pieces arrived (and holds no document
 * texts to check quotes against): it is not validated again.
 */
export async function validatedDataset(input: DatasetInput): Promise<Dataset> {
  let raw: unknown;
  try {
    raw = await (typeof input === "function" ? (input as () => Promise<unknown>)() : input);
  } catch (e) {
    throw new PolicyError(
      "fetch_failed",
      `The dataset could not be loaded (${e instanceof Error ? e.message : String(e)}); the workbook was not changed. Check the dataset URL and your connection, then refresh again.`,
    );
  }
  if (typeof raw === "object" && raw !== null && CUT_FROM_CHECKED_PIECES in raw)
    return raw as unknown as Dataset;
  return parseDataset(raw);
}

function asPolicyError(error: unknown, what: string): PolicyError {
  if (error instanceof PolicyError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new PolicyError("workbook_conflict", `Excel could not ${what}: ${detail}`);
}
