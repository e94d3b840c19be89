import type { Dataset } from "../core/dataset/schema";
import { PolicyError } from "../core/errors";
import { planFigure } from "../core/layout/planFigure";
import type { FigureForm, InsertedFigure } from "../core/layout/workbookTypes";
import { EXCEL_API, requireExcelApi, supports, type Requirements } from "./requirements";
import { DATE_SYSTEM_ASSUMED, readDateSystem } from "./dateSystem";
import { updateSources } from "./sourcesSheet";

/**
 * Puts one figure into the selected cell: its value with the unit's number format and a note
 * (or, before ExcelApi 1.18, a comment) citing the sentence and the document; or the formula
 * =POLICY.VALUE("id"). A workbook name marks the cell so Trace can tell which figure it holds,
 * and the document joins the Sources sheet. A cell that already has a note or comment is refused
 * before anything is written. Three syncs, plus one or two to look for a note and a comment.
 */
export async function insertFigure(
  context: Excel.RequestContext,
  requirements: Requirements,
  dataset: Dataset,
  id: string,
  form: FigureForm,
): Promise<InsertedFigure> {
  requireExcelApi(requirements, EXCEL_API.insert, "Inserting a figure");
  let plan = planFigure(dataset, id, form);
  let dateSystemKnown = true;
  // Only a dated event's value depends on the date system; only then is it worth a sync.
  if (plan.value !== null && dataset.events.some((e) => e.id === id && e.date)) {
    const { system, known } = await readDateSystem(context);
    plan = planFigure(dataset, id, form, system);
    dateSystemKnown = known;
  }
  const wb = context.workbook;
  const cell = wb.getActiveCell().load("address");
  const sheet = cell.worksheet;
  const names = wb.names.load("items/name");
  const useNotes = supports(requirements, EXCEL_API.notes);
  await context.sync();
  if (!plan.formula && supports(requirements, EXCEL_API.comments))
    await refuseAnnotated(context, cell, useNotes ? sheet : null);

  const warnings: string[] = dateSystemKnown ? [] : [DATE_SYSTEM_ASSUMED];
  cell.numberFormat = [[plan.numberFormat]];
  if (plan.formula) {
    cell.formulas = [[plan.formula]];
  } else {
    cell.values = [[plan.value]];
    if (useNotes) sheet.notes.add(cell, plan.note);
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
  await context.sync();
  const note = await updateSources(context, requirements, dataset, [plan.doc]).catch(
    (e: unknown) =>
      `The Sources table was not updated (${e instanceof Error ? e.message : String(e)}); refresh to list the document.`,
  );
  if (note) warnings.push(note);
  return { address: cell.address, id, form, warnings };
}

/**
 * Refuses, before anything is written, a cell that already has a note or a comment thread: a cell
 * takes one of each, and adding a second comment fails after the value is written (office-js
 * #1416). Someone's note or comment is theirs to keep, so it is neither replaced nor appended to.
 * There is no getItemByCellOrNullObject for comments: ItemNotFound from getItemByCell, in a
 * request of its own, means the cell has none.
 */
async function refuseAnnotated(
  context: Excel.RequestContext,
  cell: Excel.Range,
  notesOf: Excel.Worksheet | null,
): Promise<void> {
  const refuse = (what: string) =>
    new PolicyError(
      "workbook_conflict",
      `${cell.address} already has a ${what}, and the figure's citation goes in a ${notesOf ? "note" : "comment"}: nothing was written. Select a cell without a note or comment, or insert the figure as a formula.`,
    );
  if (notesOf) {
    const note = notesOf.notes.getItemOrNullObject(cell.address).load("content");
    await context.sync();
    if (!note.isNullObject) throw refuse("note");
  }
  let hasComment = true;
  try {
    context.workbook.comments.getItemByCell(cell).load("content");
    await context.sync();
  } catch (e) {
    if ((e as { code?: string }).code !== "ItemNotFound") throw e;
    hasComment = false;
  }
  if (hasComment) throw refuse("comment");
}
