import type { Dataset } from "../core/dataset/schema";
import { PolicyError } from "../core/errors";
import { toAddress } from "../core/layout/address";
import { planTable, type CellPlan } from "../core/layout/planTable";
import { tagForPlan } from "../core/layout/tableTag";
import type { InsertedTable, InsertTarget, TableChoice } from "../core/layout/workbookTypes";
import { queueWriteTag } from "./readTags";
import { EXCEL_API, requireExcelApi, type Requirements } from "./requirements";
import { queueReadSources, queueWriteSources } from "./sourcesSheet";
import { undoInsert, type InsertAttempt } from "./undoInsert";
import { writePlan } from "./writePlan";

/**
 * Inserts a dataset table at the selected cell or on a new sheet, as a tagged Excel table, and
 * lists its documents on the Sources sheet. Three syncs whatever the row count (one more per
 * extra 4 MB of data): read names and check the target is empty; write; tag and Sources.
 */
export async function insertTable(
  context: Excel.RequestContext,
  requirements: Requirements,
  dataset: Dataset,
  tableId: string,
  choice: TableChoice,
  target: InsertTarget,
): Promise<InsertedTable> {
  requireExcelApi(requirements, EXCEL_API.insert, "Inserting a table");
  const draft = planTable(dataset, tableId, choice);
  const rows = draft.values.length;
  const cols = draft.columns.length;
  if (rows === 0) {
    throw new PolicyError(
      "bad_argument",
      `No row of table "${tableId}" matches the filter "${choice.filter ?? ""}", so nothing was inserted. Clear or change the filter.`,
    );
  }
  const wb = context.workbook;
  const tables = wb.tables.load("items/name");
  const names = wb.names.load("items/name");
  const sheets = wb.worksheets.load("items/name");
  const active =
    target === "selection" ? wb.getActiveCell().load("address,rowIndex,columnIndex") : null;
  const activeSheet = active?.worksheet.load("name,id");
  const used = active
    ?.getResizedRange(rows, cols - 1)
    .getUsedRangeOrNullObject(true)
    .load("address");
  await context.sync();

  if (active && used && !used.isNullObject) {
    throw new PolicyError(
      "workbook_conflict",
      `The ${rows + 1} rows × ${cols} columns from ${active.address} are not empty (${used.address} has content). Select an empty cell with room below and to the right, or insert on a new sheet.`,
    );
  }
  const tableNames = tables.items.map((t) => t.name);
  const sheetNames = sheets.items.map((s) => s.name);
  // A table name must differ from every table and workbook name too (office-js #551).
  const plan = planTable(dataset, tableId, choice, {
    existingTableNames: [...tableNames, ...names.items.map((n) => n.name)],
    existingSheetNames: sheetNames,
  });
  const sheet = activeSheet ?? wb.worksheets.add(plan.sheetName);
  if (!activeSheet) sheet.load("name,id");
  const at = active ? { row: active.rowIndex, col: active.columnIndex } : { row: 0, col: 0 };
  const attempt: InsertAttempt = {
    tablesBefore: tableNames,
    target: {
      sheet: activeSheet?.name ?? plan.sheetName,
      row: at.row,
      col: at.col,
      lastRow: at.row + rows,
      lastCol: at.col + cols - 1,
    },
    addedSheet: activeSheet ? null : plan.sheetName,
  };
  try {
    return await writeTable(context, dataset, plan, sheet, at, {
      tableNames,
      sheetNames,
      newSheet: !activeSheet,
    });
  } catch (e) {
    const undone = await undoInsert(context, attempt);
    const detail = e instanceof Error ? e.message : String(e);
    throw new PolicyError("workbook_conflict", `${detail} ${undone}`);
  }
}

async function writeTable(
  context: Excel.RequestContext,
  dataset: Dataset,
  plan: CellPlan,
  sheet: Excel.Worksheet,
  at: { row: number; col: number },
  before: { tableNames: string[]; sheetNames: string[]; newSheet: boolean },
): Promise<InsertedTable> {
  const rows = plan.values.length;
  const cols = plan.columns.length;
  const { tableNames, sheetNames } = before;
  const sources = queueReadSources(context, tableNames);
  const written = await writePlan(context, sheet, at, plan);

  const address = toAddress({
    sheet: sheet.name,
    row: at.row,
    col: at.col,
    lastRow: at.row + rows,
    lastCol: at.col + cols - 1,
  });
  // ExcelApi 1.7, required above, includes custom XML parts (1.5): every inserted table is tagged.
  queueWriteTag(
    context,
    tagForPlan(plan, {
      excelTableId: written.table.id,
      tableName: written.table.name,
      sheetId: sheet.id,
      sheetName: sheet.name,
      address,
    }),
  );
  queueWriteSources(context, dataset, plan.docs, sources.read(), [...sheetNames, sheet.name]);
  if (before.newSheet) sheet.activate();
  written.table.getRange().select();
  await context.sync();
  return {
    tableName: written.table.name,
    sheetName: sheet.name,
    address,
    rows,
    columns: cols,
    syncs: 1 + written.syncs + 1,
    warnings: [],
  };
}
