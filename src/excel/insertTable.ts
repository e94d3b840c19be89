import type { Dataset } from "../core/dataset/schema";
import { PolicyError } from "../core/errors";
import { toAddress } from "../core/layout/address";
import { planTable, type CellPlan } from "../core/layout/planTable";
import { tagForPlan } from "../core/layout/tableTag";
import type { InsertedTable, InsertTarget, TableChoice } from "../core/layout/workbookTypes";
import { writeTagOverSyncs } from "./readTags";
import { EXCEL_API, requireExcelApi, type Requirements } from "./requirements";
import { DATE_SYSTEM_ASSUMED, readDateSystem } from "./dateSystem";
import { updateSources } from "./sourcesSheet";
import { undoInsert, type InsertAttempt } from "./undoInsert";
import { writePlan } from "./writePlan";

/**
 * Inserts a dataset table at the selected cell or on a new sheet, as a tagged Excel table, and
 * lists its documents on the Sources sheet. Syncs do not grow with the row count (one more per
 * extra 4 MB of data): read names and check the target is empty; write; tag; then the Sources
 * table (read tags, read it, write it; a new one takes its own two). A failure before the
 * Sources step removes what the insert wrote.
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
      `No row of table "${tableId}" matches ${filtersOf(choice)}, so nothing was inserted. Clear or change the filter${choice.where?.trim() ? "s" : ""}.`,
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
  // Only dates depend on the date system; a table without them saves the sync.
  const readsDates = draft.columns.some((c) => c.type === "date");
  const dates = readsDates
    ? await readDateSystem(context)
    : { system: "1900" as const, known: true };
  const dateSystem = dates.system;
  const plan = planTable(dataset, tableId, choice, {
    dateSystem,
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
  let inserted: InsertedTable;
  try {
    inserted = await writeTable(context, plan, sheet, at, !activeSheet);
  } catch (e) {
    const undone = await undoInsert(context, attempt);
    const detail = e instanceof Error ? e.message : String(e);
    throw new PolicyError("workbook_conflict", `${detail} ${undone}`);
  }
  if (readsDates) inserted.syncs++;
  if (!dates.known) inserted.warnings.push(DATE_SYSTEM_ASSUMED);
  // The table stands on its own: a Sources table that cannot be updated costs a warning.
  const sync = Object.assign(
    async () => {
      await context.sync();
      inserted.syncs++;
    },
    { add: (n: number) => (inserted.syncs += n) },
  );
  const note = await updateSources(context, requirements, dataset, plan.docs, sync).catch(
    (e: unknown) =>
      `The Sources table was not updated (${e instanceof Error ? e.message : String(e)}); refresh to list the documents.`,
  );
  if (note) inserted.warnings.push(note);
  return inserted;
}

async function writeTable(
  context: Excel.RequestContext,
  plan: CellPlan,
  sheet: Excel.Worksheet,
  at: { row: number; col: number },
  newSheet: boolean,
): Promise<InsertedTable> {
  const rows = plan.values.length;
  const cols = plan.columns.length;
  const written = await writePlan(context, sheet, at, plan);

  const address = toAddress({
    sheet: sheet.name,
    row: at.row,
    col: at.col,
    lastRow: at.row + rows,
    lastCol: at.col + cols - 1,
  });
  // ExcelApi 1.7, required above, includes custom XML parts (1.5): every inserted table is tagged.
  const tagSyncs = await writeTagOverSyncs(
    context,
    tagForPlan(plan, {
      excelTableId: written.table.id,
      tableName: written.table.name,
      sheetId: sheet.id,
      sheetName: sheet.name,
      address,
    }),
    [],
    () => context.sync(),
  );
  if (newSheet) sheet.activate();
  written.table.getRange().select();
  await context.sync();
  return {
    tableName: written.table.name,
    sheetName: sheet.name,
    address,
    rows,
    columns: cols,
    syncs: 1 + written.syncs + tagSyncs + 1,
    warnings: [],
  };
}

/** The filters of a choice as the message about an empty result names them. */
function filtersOf(choice: TableChoice): string {
  const named = [
    choice.where?.trim() ? `the column filters "${choice.where.trim()}"` : "",
    choice.filter?.trim() ? `the filter "${choice.filter.trim()}"` : "",
  ].filter(Boolean);
  return named.length ? named.join(" and ") : `the filter ""`;
}
