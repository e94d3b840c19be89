import { reconcileTag } from "../../core/diff/reconcileTag";
import type { CellValue } from "../../core/layout/safeText";
import { tagTableAttribute } from "../../core/layout/tableTag";
import { readTags, writeTagOverSyncs } from "../readTags";
import { readBodies, readShapes } from "./readTables";
import type { RefreshTable } from "./refreshTable";
import type { WriteFailure } from "./writeRefresh";

/**
 * After Excel refused a write request, makes each table the refused and later requests would
 * have changed carry a tag that matches its cells again: reads those tables back and stores the
 * tag reconcileTag derives (reading the tags again, as the request may have replaced some).
 * Their summaries say what happened. Throws when Excel refuses this too.
 */
export async function recoverTables(
  context: Excel.RequestContext,
  tables: RefreshTable[],
  failure: WriteFailure,
  sync: () => Promise<void>,
): Promise<void> {
  const touched = tables.filter((t) => t.writeSpan && t.writeSpan[1] > failure.from);
  if (touched.length === 0) return;
  for (const t of touched) t.body = [];
  await readShapes(touched, sync);
  await readBodies(touched, sync);
  const { partsByTable } = await readTags(context);
  const why = failure.error instanceof Error ? failure.error.message : String(failure.error);
  for (const t of touched) {
    const before = t.stored.tag;
    const body = t.body.flatMap((r) => r.formulas as CellValue[][]);
    const tag = reconcileTag(
      before,
      { ...t.update!.tag, tableName: t.table.name, sheetId: t.sheet.id, sheetName: t.sheet.name },
      { address: t.range!.address, header: t.header!.values[0], body },
    );
    const old = partsByTable.get(tagTableAttribute(before.excelTableId)) ?? [];
    await writeTagOverSyncs(context, tag, old, sync);
    const started = t.writeSpan![0] < failure.to;
    t.summary = {
      ...t.summary!,
      status: "failed",
      rowsAdded: 0,
      rowsRemoved: 0,
      valuesChanged: 0,
      message: started
        ? `Excel refused a change part way (${why}): the changes it made are kept and recorded in the table's tag, so the next refresh finishes the rest.`
        : `Not refreshed: Excel refused an earlier change (${why}). Refresh again.`,
    };
  }
  await sync();
}
