import type { TableVersion } from "../core/dataset/datasetTrust";
import type { Dataset } from "../core/dataset/schema";
import type { FormulaSource } from "../core/lookup/explainFormula";
import type { ChangeReport } from "../core/diff/listChanges";
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

export type {
  FigureForm,
  InsertedChart,
  InsertedFigure,
  InsertedTable,
  InsertTarget,
  RefreshConflict,
  RefreshProgress,
  RefreshSummary,
  SelectionInfo,
  TableChoice,
  TableRefreshSummary,
} from "../core/layout/workbookTypes";

/**
 * Everything the views may do to a workbook. index.tsx picks the implementation once: Office.js
 * in Excel, previewWorkbook in a browser; tests pass a fake. Every call returns a Promise so a
 * failure reaches the view, which shows it in a MessageBar.
 */
export interface WorkbookActions {
  readonly mode: "excel" | "preview";
  insertTable(
    dataset: Dataset,
    tableId: string,
    choice: TableChoice,
    target: InsertTarget,
  ): Promise<InsertedTable>;
  insertFigure(dataset: Dataset, recordId: string, form: FigureForm): Promise<InsertedFigure>;
  /** A native chart of the inserted table `tableId`, beside it (see excel/insertChart.ts). */
  insertChart(dataset: Dataset, tableId: string): Promise<InsertedChart>;
  /**
   * A chart of the rows in `unit` (a label of chartUnits) of a table that mixes units: the
   * table as chosen, filtered to that unit, on a new sheet, and its chart beside it.
   */
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
  /** The dataset version and hash each inserted table was written with (none in a browser). */
  readTableVersions(): Promise<TableVersion[]>;
  /**
   * What a refresh with `next` would change in the workbook's tables, record by record, writing
   * nothing. Absent in the browser preview, which has no tables (compareDatasets stands in).
   */
  previewChanges?(next: Dataset): Promise<ChangeReport>;
  refreshAll(
    dataset: Dataset,
    onProgress: (progress: RefreshProgress) => void,
  ): Promise<RefreshSummary>;
  /**
   * Saves the whole dataset as an .xlsx file, the browser preview's stand-in for inserting;
   * `choices` shapes tables as the person chose in the Catalog. Resolves with the file name.
   */
  downloadWorkbook(dataset: Dataset, choices?: Record<string, TableChoice>): Promise<string>;
}
