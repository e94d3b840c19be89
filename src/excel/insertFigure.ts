import type { Dataset } from "../core/dataset/schema";
import { planFigure } from "../core/layout/planFigure";
import type { FigureForm, InsertedFigure } from "../core/layout/workbookTypes";
import { EXCEL_API, requireExcelApi, supports, type Requirements } from "./requirements";
import { queueReadSources, queueWriteSources } from "./sourcesSheet";

/**
 * Puts one figure into the selected cell: its value with the unit's number format and a note
 * (or, before ExcelApi 1.18, a comment) citing the sentence and the document; or the formula
 * =POLICY.VALUE("id"). A workbook name marks the cell so Trace can tell which figure it holds,
 * and the document joins the Sources sheet. Three syncs.
 */
export async function insertFigure(
  context: Excel.RequestContext,
  requirements: Requirements,
  dataset: Dataset,
  id: string,
  form: FigureForm,
): Promise<InsertedFigure> {
  requireExcelApi(requirements, EXCEL_API.insert, "Inserting a figure");
  const plan = planFigure(dataset, id, form);
  const wb = context.workbook;
  const cell = wb.getActiveCell().load("address");
  const sheet = cell.worksheet;
  const names = wb.names.load("items/name");
  const tables = wb.tables.load("items/name");
  const sheets = wb.worksheets.load("items/name");
  await context.sync();

  const warnings: string[] = [];
  cell.numberFormat = [[plan.numberFormat]];
  if (plan.formula) {
    cell.formulas = [[plan.formula]];
  } else {
    cell.values = [[plan.value]];
    if (supports(requirements, EXCEL_API.notes)) sheet.notes.add(cell, plan.note);
    else if (supports(requirements, EXCEL_API.comments)) wb.comments.add(cell, plan.note);
    else
      warnings.push(
        `This version of Excel cannot add notes or comments (ExcelApi ${EXCEL_API.comments}), so the cell has no citation; Trace still shows its source.`,
      );
    const taken = new Set(names.items.map((n) => n.name.toLowerCase()));
    let name = plan.namePrefix;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${plan.namePrefix}__${n}`;
    wb.names.add(name, cell, `Policy Tables figure ${id}`);
  }
  const sources = queueReadSources(
    context,
    tables.items.map((t) => t.name),
  );
  await context.sync();
  queueWriteSources(
    context,
    dataset,
    [plan.doc],
    sources.read(),
    sheets.items.map((s) => s.name),
  );
  await context.sync();
  return { address: cell.address, id, form, warnings };
}
