import {
  decodeTags,
  encodeTag,
  MAX_TAG_PART_XML,
  readTagPiece,
  TAG_NAMESPACE,
  tagTableAttribute,
  type TableTag,
} from "../core/layout/tableTag";

export interface StoredTag {
  tag: TableTag;
  /** Ids of the custom XML parts that hold it, to replace or delete them. */
  partIds: string[];
}

/** More tag parts than any workbook Policy Tables wrote could hold (one or two per table). */
export const MAX_TAG_PART_COUNT = 5_000;

/**
 * Every table tag in the workbook (two syncs, however many tables). Damaged or inconsistent tags
 * are returned as problems, each naming its table, and the ids of their tables as `blocked`:
 * refresh leaves those tables alone.
 */
export async function readTags(context: Excel.RequestContext): Promise<{
  stored: StoredTag[];
  problems: string[];
  blocked: string[];
  /** Ids of the parts filed under each table attribute, consistent or not. */
  partsByTable: Map<string, string[]>;
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
    };
  }
  const xmls = parts.items.map((p) => ({ id: p.id, xml: p.getXml() }));
  // Read with the parts, so a damaged tag's table can be named in the same two syncs.
  const tableNames = context.workbook.tables.load("items/id,name");
  await context.sync();
  const unreadable: string[] = [];
  const pieces = xmls.flatMap(({ id, xml }) => {
    const piece = readTagPiece(xml.value);
    if (!piece) {
      const size = xml.value.length;
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
  };
}

/**
 * Queues storing a tag (no sync): the new parts are added before the old ones are deleted, so
 * a request that stops between the two leaves two copies, which refresh reports and refuses,
 * rather than none, which would leave the table untagged without a word.
 */
export function queueWriteTag(
  context: Excel.RequestContext,
  tag: TableTag,
  oldPartIds: string[] = [],
) {
  for (const xml of encodeTag(tag)) context.workbook.customXmlParts.add(xml);
  queueDeleteTag(context, oldPartIds);
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
