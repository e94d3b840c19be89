import { chunkBySize, jsonBytes } from "../core/layout/chunkPlan";
import {
  decodeTags,
  encodeTag,
  MAX_TAG_PART_XML,
  readTagPiece,
  TAG_NAMESPACE,
  TAG_PARTS_PER_READ,
  tagTableAttribute,
  type TableTag,
} from "../core/layout/tableTag";

export interface StoredTag {
  tag: TableTag;
  /** Ids of the custom XML parts that hold it, to replace or delete them. */
  partIds: string[];
}

/** More tag parts than any workbook Policy Tables wrote could hold. */
export const MAX_TAG_PART_COUNT = 5_000;

/**
 * Every table tag in the workbook: two syncs, and one more per TAG_PARTS_PER_READ parts past
 * the first so many (a tag of a very large table has many). Damaged or inconsistent tags are
 * returned as problems, each naming its table, and the ids of their tables as `blocked`:
 * refresh leaves those tables alone. Parts a stopped write left beside a whole tag are filed
 * with that tag's parts, so the next write of the tag deletes them.
 */
export async function readTags(context: Excel.RequestContext): Promise<{
  stored: StoredTag[];
  problems: string[];
  blocked: string[];
  /** Ids of the parts filed under each table attribute, consistent or not. */
  partsByTable: Map<string, string[]>;
  /** Syncs made. */
  syncs: number;
}> {
  const parts = context.workbook.customXmlParts.getByNamespace(TAG_NAMESPACE);
  parts.load("items/id");
  await context.sync();
  if (parts.items.length > MAX_TAG_PART_COUNT) {
    await context.sync();
    return {
      stored: [],
      problems: [
        `The workbook holds ${parts.items.length} Policy Tables tag parts, more than the ${MAX_TAG_PART_COUNT} it could have written; none was read and no table was refreshed.`,
      ],
      blocked: [],
      partsByTable: new Map(),
      syncs: 2,
    };
  }
  // Read with the first parts, so a damaged tag's table can be named in the same two syncs.
  const tableNames = context.workbook.tables.load("items/id,name");
  const { xmls, syncs } = await readPartXmls(context, parts.items);
  const unreadable: string[] = [];
  const pieces = xmls.flatMap(({ id, xml }) => {
    const piece = readTagPiece(xml);
    if (!piece) {
      const size = xml.length;
      unreadable.push(
        size > MAX_TAG_PART_XML
          ? `A Policy Tables tag part (${id}) holds ${size} characters, more than a tag part can (${MAX_TAG_PART_XML}); it was not read.`
          : `A Policy Tables tag part (${id}) is not a table tag; it was not read.`,
      );
    }
    return piece ? [{ ...piece, id }] : [];
  });
  const { tags, blocked, ...decoded } = decodeTags(pieces);
  const problems = decoded.problems.map((p) => withTableName(p, tableNames.items));
  const partsOf = new Map<string, string[]>();
  for (const p of pieces) {
    const ids = partsOf.get(p.table);
    if (ids) ids.push(p.id);
    else partsOf.set(p.table, [p.id]);
  }
  return {
    stored: tags.map((tag) => ({
      tag,
      partIds: partsOf.get(tagTableAttribute(tag.excelTableId)) ?? [],
    })),
    problems: [...unreadable, ...problems],
    blocked,
    partsByTable: partsOf,
    syncs: 1 + syncs,
  };
}

/**
 * The XML of `parts`, TAG_PARTS_PER_READ per sync so no response passes Excel's 5 MB limit
 * (parts are at most TAG_PART_BYTES each). A batch Excel still refuses (parts an older build
 * wrote, up to 1,000,000 characters each) is read again one part per sync.
 */
export async function readPartXmls(
  context: Excel.RequestContext,
  parts: Excel.CustomXmlPart[],
): Promise<{ xmls: { id: string; xml: string }[]; syncs: number }> {
  const xmls: { id: string; xml: string }[] = [];
  let syncs = 0;
  const read = async (batch: Excel.CustomXmlPart[]) => {
    const values = batch.map((p) => ({ id: p.id, xml: p.getXml() }));
    syncs++;
    await context.sync();
    xmls.push(...values.map(({ id, xml }) => ({ id, xml: xml.value })));
  };
  for (let at = 0; at < parts.length || at === 0; at += TAG_PARTS_PER_READ) {
    const batch = parts.slice(at, at + TAG_PARTS_PER_READ);
    try {
      await read(batch);
    } catch (error) {
      if (batch.length <= 1) throw error;
      for (const part of batch) await read([part]);
    }
  }
  return { xmls, syncs };
}

/**
 * Queues storing a tag in one request (no sync): for tags known to be small (the Sources
 * table's). The new parts are added before the old ones are deleted, so a request that stops
 * between the two leaves the old tag whole beside parts of the new one, which decodeTags
 * tells apart, rather than no tag, which would leave the table untagged without a word.
 */
export function queueWriteTag(
  context: Excel.RequestContext,
  tag: TableTag,
  oldPartIds: string[] = [],
) {
  for (const w of tagWrites(context, tag, oldPartIds)) w.queue();
}

/**
 * Storing a tag as writes of one part each, sized as they travel, for a writer to spread over
 * requests under the 5 MB limit (chunkBySize): the old parts are deleted with the last new one,
 * so until the last request the old tag stays whole, and after it the new one is.
 */
export function tagWrites(
  context: Excel.RequestContext,
  tag: TableTag,
  oldPartIds: string[] = [],
): { size: number; queue: () => void }[] {
  const xmls = encodeTag(tag);
  return xmls.map((xml, i) => ({
    size: jsonBytes(xml),
    queue: () => {
      context.workbook.customXmlParts.add(xml);
      if (i === xmls.length - 1) queueDeleteTag(context, oldPartIds);
    },
  }));
}

/**
 * Stores a tag over as many syncs as its size needs: every request but the last is synced here;
 * the last (the final parts and the deletion of the old ones) is left queued for the caller's
 * sync, with whatever else must go with it. Returns the syncs made.
 */
export async function writeTagOverSyncs(
  context: Excel.RequestContext,
  tag: TableTag,
  oldPartIds: string[],
  sync: () => Promise<void>,
): Promise<number> {
  const writes = tagWrites(context, tag, oldPartIds);
  const batches = chunkBySize(writes.map((w) => w.size));
  for (const [n, [start, end]] of batches.entries()) {
    for (let i = start; i < end; i++) writes[i].queue();
    if (n < batches.length - 1) await sync();
  }
  return batches.length - 1;
}

/** Queues deleting a tag's parts (no sync). */
export function queueDeleteTag(context: Excel.RequestContext, partIds: string[]) {
  for (const id of partIds) context.workbook.customXmlParts.getItem(id).delete();
}

/**
 * A problem names a damaged tag's table by the id it was filed under; a person knows the table
 * by its name, so "The tag of table <id>" becomes "The tag of <name> (table <id>)" while Excel
 * still has that table.
 */
function withTableName(problem: string, tables: { id: string; name: string }[]): string {
  const match = /^The tag of table (\S+) /.exec(problem);
  const table = match && tables.find((t) => tagTableAttribute(t.id) === match[1]);
  return table
    ? problem.replace(
        `The tag of table ${match[1]} `,
        `The tag of ${table.name} (table ${match[1]}) `,
      )
    : problem;
}
