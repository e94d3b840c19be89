import { diffTable } from "../core/diff/diffTable";
import type { Dataset } from "../core/dataset/schema";
import { planSources, SOURCES_SHEET_NAME, SOURCES_TABLE_NAME } from "../core/layout/planSources";
import { sheetName } from "../core/layout/tableName";
import { tagForPlan, type TableTag } from "../core/layout/tableTag";
import { addressAfter, queueTableUpdate } from "./queueTableUpdate";
import { queueDeleteTag, queueWriteTag, readTags, type StoredTag } from "./readTags";
import type { Requirements } from "./requirements";
import { queueRows, queueTable } from "./writePlan";

/** context.sync, counted by the caller; `add` counts the syncs made elsewhere (reading tags). */
type Sync = { (): Promise<void>; add?: (syncs: number) => void };

/** The Sources table's tag among stored tags, if the workbook has one. */
export function findSourcesTag(stored: readonly StoredTag[]): StoredTag | undefined {
  return stored.find((s) => s.tag.kind === "sources");
}

/**
 * Lists `docIds` in the Sources table, with every document it listed before. The Sources table
 * is owned like a data table: found by its tag (not its name), updated cell by cell where it
 * still holds what was written, grown by appending rows (into empty cells, or by inserting
 * cells when something is below it), and the user's columns, edits and the cells around it are
 * kept. A table named PT_Sources that the add-in did not create is never touched.
 * Returns a sentence for the summary when something was kept or refused, else null.
 * @param stored the workbook's tags when already read; read here otherwise
 */
export async function updateSources(
  context: Excel.RequestContext,
  requirements: Requirements,
  dataset: Dataset,
  docIds: readonly string[],
  sync: Sync = () => context.sync(),
  stored?: readonly StoredTag[],
): Promise<string | null> {
  let tags = stored;
  if (!tags) {
    const read = await readTags(context);
    tags = read.stored;
    sync.add?.(read.syncs);
  }
  const mine = findSourcesTag(tags);
  const known = new Set(dataset.sources.map((s) => s.id));
  const wanted = [...new Set([...(mine?.tag.rowIds ?? []), ...docIds])].filter((id) =>
    known.has(id),
  );
  if (wanted.length === 0) return null;
  if (mine) {
    const table = context.workbook.tables.getItemOrNullObject(mine.tag.excelTableId);
    table.load("id,name");
    await sync();
    if (!table.isNullObject)
      return updateTagged(context, requirements, dataset, wanted, mine, table, sync);
    // The user deleted it: its tag goes, and a new one lists the documents.
    queueDeleteTag(context, mine.partIds);
  }
  return createSources(context, dataset, wanted, sync);
}

async function createSources(
  context: Excel.RequestContext,
  dataset: Dataset,
  docIds: string[],
  sync: Sync,
): Promise<string | null> {
  const wb = context.workbook;
  const clash = wb.tables.getItemOrNullObject(SOURCES_TABLE_NAME).load("name");
  const names = wb.names.load("items/name");
  const sheets = wb.worksheets.load("items/name");
  await sync();
  const named = names.items.some((n) => n.name.toLowerCase() === SOURCES_TABLE_NAME.toLowerCase());
  if (!clash.isNullObject || named) {
    return `The workbook already has a ${named ? "name" : "table"} called ${SOURCES_TABLE_NAME} that Policy Tables did not create, so the documents were not listed on a Sources sheet. Rename it, then refresh to list them.`;
  }
  const plan = planSources(dataset, docIds);
  const sheet = wb.worksheets.add(
    sheetName(
      SOURCES_SHEET_NAME,
      sheets.items.map((s) => s.name),
    ),
  );
  sheet.load("id,name");
  const at = { row: 0, col: 0 };
  const table = queueTable(sheet, at, plan);
  queueRows(sheet, at, plan, 0, plan.values.length);
  table.load("id,name");
  const range = table.getRange().load("address");
  await sync();
  queueWriteTag(context, {
    ...tagForPlan(plan, {
      excelTableId: table.id,
      tableName: table.name,
      sheetId: sheet.id,
      sheetName: sheet.name,
      address: range.address,
    }),
    kind: "sources",
  });
  try {
    await sync();
  } catch (e) {
    // Without its tag the table could never be updated: the sheet goes with it, it holds nothing else.
    sheet.delete();
    await sync();
    throw e;
  }
  return null;
}

async function updateTagged(
  context: Excel.RequestContext,
  requirements: Requirements,
  dataset: Dataset,
  docIds: string[],
  mine: StoredTag,
  table: Excel.Table,
  sync: Sync,
): Promise<string | null> {
  const plan = planSources(dataset, docIds);
  const listed = new Set(mine.tag.rowIds);
  const adding = plan.rowIds.filter((id) => !listed.has(id)).length;
  const range = table.getRange().load("address");
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("formulas");
  const sheet = table.worksheet.load("id,name");
  table.load("showTotals");
  const below = adding
    ? table.getRange().getRowsBelow(adding).getUsedRangeOrNullObject(true).load("address")
    : null;
  await sync();
  // A Total Row under Sources is the user's: rather than reason about where rows go around it,
  // leave the table as it is and say so.
  if (table.showTotals)
    return "Sources was not updated: its Total Row is shown. Hide the Total Row and refresh again.";
  const update = diffTable(
    mine.tag,
    { address: range.address, header: header.values[0], body: body.formulas },
    plan,
  );
  const tag: TableTag = {
    ...update.tag,
    kind: "sources",
    tableName: table.name,
    sheetId: sheet.id,
    sheetName: sheet.name,
    address: addressAfter(range.address, update),
  };
  const writes = queueTableUpdate(
    requirements,
    { table, sheet, address: range.address, bodyRows: body.formulas.length, totals: false, below },
    update,
  );
  const moved = tag.address !== mine.tag.address || tag.tableName !== mine.tag.tableName;
  if (writes.length === 0 && !update.tagChanged && !moved) return kept(update.conflicts.length);
  for (const w of writes) w.queue();
  queueWriteTag(context, tag, mine.partIds);
  await sync();
  return kept(update.conflicts.length);
}

function kept(conflicts: number): string | null {
  return conflicts
    ? `Sources: ${conflicts} cell${conflicts > 1 ? "s" : ""} you edited ${conflicts > 1 ? "were" : "was"} kept.`
    : null;
}
