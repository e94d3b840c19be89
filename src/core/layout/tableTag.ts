import { z } from "zod";
import { HASH_WIDTH } from "./cellHash";
import type { CellPlan } from "./planTable";
import { escapeXml, jsonEscapeForXml, unescapeXml } from "./xmlText";

/**
 * What refresh needs to know about an inserted table, stored in the workbook with it as a
 * custom XML part (ExcelApi 1.5: saved in the file, workbook-wide, so it survives save and
 * reopen, renaming and moving the table, and renaming its sheet).
 *
 * Size: ids and keys once, then per body row its record id and a 4-character hash per owned
 * cell; a 50 × 8 table takes about 3 KB, 50,000 × 5 rows about 1.7 MB. A tag longer than
 * TAG_PART_CHARS characters of JSON is split over several parts so no single part gets large.
 */
export const TableTag = z
  .object({
    v: z.literal(1),
    /** Excel's Table.id: stays the same when the table is renamed or moved. */
    excelTableId: z.string().min(1),
    tableName: z.string().min(1),
    sheetId: z.string(),
    sheetName: z.string(),
    /** Whole table range (header included) when last written. */
    address: z.string(),
    tableId: z.string().min(1),
    datasetVersion: z.string(),
    contentHash: z.string(),
    choice: z
      .object({
        columns: z.array(z.string()).optional(),
        filter: z.string().optional(),
        where: z.string().optional(),
        sort: z
          .object({ key: z.string(), direction: z.enum(["ascending", "descending"]) })
          .nullable()
          .optional(),
        includeSources: z.boolean().optional(),
      })
      .strict(),
    /** Columns the table owns (refresh writes only these), with the header written. */
    columns: z.array(z.object({ key: z.string(), title: z.string() }).strict()),
    /** Record id of each row written, in table order. */
    rowIds: z.array(z.string()),
    /** cellHash of every owned cell written, row-major, HASH_WIDTH characters each. */
    hashes: z.string(),
    /** "sources" marks the add-in's Sources table (one row per document); absent on data tables. */
    kind: z.literal("sources").optional(),
  })
  .strict()
  .superRefine((t, ctx) => {
    const expected = t.rowIds.length * t.columns.length * HASH_WIDTH;
    if (t.hashes.length !== expected)
      ctx.addIssue({
        code: "custom",
        path: ["hashes"],
        message: `has ${t.hashes.length} characters, expected ${expected}`,
      });
  });
export type TableTag = z.infer<typeof TableTag>;

export const TAG_NAMESPACE = "urn:policy-tables:table-tag:1";
export const TAG_PART_CHARS = 1_000_000;

/** The tag of a freshly written plan. */
export function tagForPlan(
  plan: CellPlan,
  where: {
    excelTableId: string;
    tableName: string;
    sheetId: string;
    sheetName: string;
    address: string;
  },
): TableTag {
  return {
    v: 1,
    ...where,
    tableId: plan.tableId,
    datasetVersion: plan.datasetVersion,
    contentHash: plan.contentHash,
    choice: plan.choice,
    columns: plan.columns.map((c) => ({ key: c.key, title: c.title })),
    rowIds: plan.rowIds,
    hashes: plan.hashes.map((row) => row.join("")).join(""),
  };
}

/** Hash of owned cell (row, col) in a tag. */
export function tagHash(tag: TableTag, row: number, col: number): string {
  const at = (row * tag.columns.length + col) * HASH_WIDTH;
  return tag.hashes.slice(at, at + HASH_WIDTH);
}

/** The XML documents that store a tag: one, or several when it is long. */
export function encodeTag(tag: TableTag): string[] {
  const json = jsonEscapeForXml(JSON.stringify(tag));
  const pieces: string[] = [];
  let at = 0;
  do {
    let end = Math.min(at + TAG_PART_CHARS, json.length);
    // A surrogate pair cut in two would leave each part a character XML cannot hold.
    if (end < json.length && /[\uD800-\uDBFF]/.test(json[end - 1])) end--;
    pieces.push(json.slice(at, end));
    at = end;
  } while (at < json.length);
  const table = tagTableAttribute(tag.excelTableId);
  return pieces.map(
    (piece, i) =>
      `<tableTag xmlns="${TAG_NAMESPACE}" table="${escapeXml(table)}" part="${i}" parts="${pieces.length}">` +
      `${escapeXml(piece)}</tableTag>`,
  );
}

/** The `table` attribute a tag of this Excel table id is stored under. */
export function tagTableAttribute(excelTableId: string): string {
  return jsonEscapeForXml(excelTableId);
}

/** Longest tag part read: a full piece with every character escaped, and its element. */
export const MAX_TAG_PART_XML = 6 * TAG_PART_CHARS + 1_000;
/** Most parts one tag may claim (a 50,000-row table takes 2). */
export const MAX_TAG_PARTS = 64;
/**
 * Most tags read: far more tables than a workbook holds, few enough that validating each
 * (JSON.parse and the schema, about 0.3 ms for a damaged one) stays well under a second.
 */
export const MAX_TAGS = 1_000;

export interface TagPiece {
  table: string;
  part: number;
  parts: number;
  text: string;
}

/**
 * Reads one stored XML document in one pass; null when it is not a table tag part (or is longer
 * than any tag part is). Only the first `<tableTag` element counts, and its text must hold no
 * markup: hostile repetitions cost one scan, not one per opener.
 */
export function readTagPiece(xml: string): TagPiece | null {
  if (xml.length > MAX_TAG_PART_XML) return null;
  const open = xml.indexOf("<tableTag");
  if (open < 0) return null;
  const next = xml[open + "<tableTag".length];
  if (next !== " " && next !== "\t" && next !== "\n" && next !== "\r") return null;
  const close = xml.indexOf(">", open);
  const end = xml.indexOf("</tableTag>", close);
  if (close < 0 || end < 0 || xml.indexOf("<", close) !== end) return null;
  const attrs = new Map<string, string>();
  for (const m of xml.slice(open + "<tableTag".length, close).matchAll(/([\w:]+)="([^"]*)"/g))
    if (!attrs.has(m[1])) attrs.set(m[1], m[2]);
  const table = attrs.get("table");
  const part = Number(attrs.get("part"));
  const parts = Number(attrs.get("parts"));
  if (!table || !Number.isInteger(part) || !Number.isInteger(parts)) return null;
  return { table: unescapeXml(table), part, parts, text: unescapeXml(xml.slice(close + 1, end)) };
}

/**
 * Joins the pieces of every tag and validates them, in time linear in their size. A tag is
 * used only when it is whole and consistent: one copy of each part, its `table` attribute the
 * id inside it. Anything else is reported in `problems` (naming the table) rather than thrown,
 * and its table ids come back in `blocked`, so no other tag refreshes that table either.
 */
export function decodeTags(pieces: TagPiece[]): {
  tags: TableTag[];
  problems: string[];
  blocked: string[];
} {
  const byTable = new Map<string, TagPiece[]>();
  for (const p of pieces) {
    const list = byTable.get(p.table);
    if (list) list.push(p);
    else byTable.set(p.table, [p]);
  }
  if (byTable.size > MAX_TAGS)
    return {
      tags: [],
      problems: [
        `The workbook holds tags for ${byTable.size} tables, more than the ${MAX_TAGS} Policy Tables reads; none was read and no table was refreshed.`,
      ],
      blocked: [],
    };
  const tags: TableTag[] = [];
  const problems: string[] = [];
  const blocked = new Set<string>();
  const refuse = (ids: string[], message: string) => {
    ids.forEach((id) => blocked.add(id));
    problems.push(message);
  };
  for (const [table, list] of byTable) {
    const parts = list[0].parts;
    const label = `table ${table}`;
    if (list.some((p) => p.parts !== parts) || parts < 1 || parts > MAX_TAG_PARTS) {
      refuse(
        [table],
        `The tag of ${label} is damaged (its parts disagree on how many there are); the table was left as it is.`,
      );
      continue;
    }
    const slots = new Array<TagPiece | undefined>(parts);
    let copies = 0;
    let outside = 0;
    for (const p of list) {
      if (p.part < 0 || p.part >= parts) outside++;
      else if (slots[p.part]) copies++;
      else slots[p.part] = p;
    }
    if (copies > 0) {
      refuse(
        [table],
        `The tag of ${label} is stored more than once (${list.length} parts for ${parts}); the table was left as it is. Insert it again to refresh it.`,
      );
      continue;
    }
    const present = slots.filter(Boolean).length;
    if (present !== parts || outside > 0) {
      refuse(
        [table],
        `The tag of ${label} is incomplete (${present} of ${parts} parts); the table was left as it is.`,
      );
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(slots.map((p) => p!.text).join(""));
    } catch (e) {
      refuse([table], `The tag of ${label} is not valid JSON: ${(e as Error).message}.`);
      continue;
    }
    const parsed = TableTag.safeParse(json);
    if (!parsed.success) {
      refuse(
        [table],
        `The tag of ${label} is not valid: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}.`,
      );
      continue;
    }
    const inside = parsed.data.excelTableId;
    if (tagTableAttribute(inside) !== table) {
      refuse(
        [table, inside],
        `The tag of ${parsed.data.tableName} names table ${inside} inside and ${label} outside; neither was refreshed.`,
      );
      continue;
    }
    tags.push(parsed.data);
  }
  return {
    tags: tags.filter((t) => !blocked.has(t.excelTableId)),
    problems,
    blocked: [...blocked],
  };
}
