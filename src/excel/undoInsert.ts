import { parseAddress, type CellRect } from "../core/layout/address";
import { readTagPiece, TAG_NAMESPACE } from "../core/layout/tableTag";
import { readPartXmls } from "./readTags";

/** What an insert may have left when a request failed part way (a batch is not a transaction). */
export interface InsertAttempt {
  /** Table names in the workbook before the insert: any other table in `target` is ours. */
  tablesBefore: readonly string[];
  /** The sheet and cells the insert writes; proven empty before anything was written. */
  target: CellRect;
  /** Name of the sheet the insert added, when it inserted on a new sheet. */
  addedSheet: string | null;
}

/**
 * Removes what a failed insert left: tables it created (a name that was not there before, lying
 * inside the target it checked was empty), their tags, the cells of the target, and the sheet it
 * added. Nothing outside the target is touched. Returns a sentence for the error message.
 */
export async function undoInsert(
  context: Excel.RequestContext,
  attempt: InsertAttempt,
): Promise<string> {
  try {
    const wb = context.workbook;
    const sheet = attempt.addedSheet
      ? wb.worksheets.getItemOrNullObject(attempt.addedSheet)
      : wb.worksheets.getItemOrNullObject(attempt.target.sheet);
    const tables = sheet.tables.load("items/name,id");
    const parts = wb.customXmlParts.getByNamespace(TAG_NAMESPACE).load("items/id");
    await context.sync();
    if (sheet.isNullObject) return "Nothing was left in the workbook.";
    const before = new Set(attempt.tablesBefore.map((n) => n.toLowerCase()));
    const fresh = tables.items.filter((t) => !before.has(t.name.toLowerCase()));
    const ranges = fresh.map((t) => t.getRange().load("address"));
    // The ranges load with the first parts read; a large tag's parts take more syncs.
    const { xmls } = await readPartXmls(context, parts.items);
    const ours = fresh.filter((_, i) => inside(parseAddress(ranges[i].address), attempt.target));
    const ids = new Set(ours.map((t) => t.id));
    for (const { id, xml } of xmls) {
      const piece = readTagPiece(xml);
      if (piece && ids.has(piece.table)) wb.customXmlParts.getItem(id).delete();
    }
    if (attempt.addedSheet) {
      sheet.delete();
    } else {
      for (const t of ours) t.delete();
      const { row, col, lastRow, lastCol } = attempt.target;
      sheet.getRangeByIndexes(row, col, lastRow - row + 1, lastCol - col + 1).clear();
    }
    await context.sync();
    return "Nothing was left in the workbook.";
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return `Removing what was written failed too (${why}): check ${attempt.addedSheet ?? attempt.target.sheet} and delete the incomplete table.`;
  }
}

function inside(a: CellRect, b: CellRect): boolean {
  return a.row >= b.row && a.col >= b.col && a.lastRow <= b.lastRow && a.lastCol <= b.lastCol;
}
