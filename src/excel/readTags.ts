import {
  decodeTags,
  encodeTag,
  readTagPiece,
  TAG_NAMESPACE,
  type TableTag,
} from "../core/layout/tableTag";

export interface StoredTag {
  tag: TableTag;
  /** Ids of the custom XML parts that hold it, to replace or delete them. */
  partIds: string[];
}

/**
 * Every table tag in the workbook (two syncs, however many tables). Damaged tags are returned
 * as problems, each naming its table, and are otherwise ignored.
 */
export async function readTags(
  context: Excel.RequestContext,
): Promise<{ stored: StoredTag[]; problems: string[] }> {
  const parts = context.workbook.customXmlParts.getByNamespace(TAG_NAMESPACE);
  parts.load("items/id");
  await context.sync();
  const xmls = parts.items.map((p) => ({ id: p.id, xml: p.getXml() }));
  await context.sync();
  const pieces = xmls.flatMap(({ id, xml }) => {
    const piece = readTagPiece(xml.value);
    return piece ? [{ ...piece, id }] : [];
  });
  const { tags, problems } = decodeTags(pieces);
  return {
    stored: tags.map((tag) => ({
      tag,
      partIds: pieces.filter((p) => p.table === tag.excelTableId).map((p) => p.id),
    })),
    problems,
  };
}

/** Queues storing a tag, replacing the parts of its previous version (no sync). */
export function queueWriteTag(
  context: Excel.RequestContext,
  tag: TableTag,
  oldPartIds: string[] = [],
) {
  queueDeleteTag(context, oldPartIds);
  for (const xml of encodeTag(tag)) context.workbook.customXmlParts.add(xml);
}

/** Queues deleting a tag's parts (no sync). */
export function queueDeleteTag(context: Excel.RequestContext, partIds: string[]) {
  for (const id of partIds) context.workbook.customXmlParts.getItem(id).delete();
}
