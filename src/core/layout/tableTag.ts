import { z } from "zod";
import { HASH_WIDTH } from "./cellHash";
import type { CellPlan } from "./planTable";

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
  const json = JSON.stringify(tag);
  const pieces: string[] = [];
  for (let at = 0; at < json.length || at === 0; at += TAG_PART_CHARS) {
    pieces.push(json.slice(at, at + TAG_PART_CHARS));
  }
  return pieces.map(
    (piece, i) =>
      `<tableTag xmlns="${TAG_NAMESPACE}" table="${escapeXml(tag.excelTableId)}" part="${i}" parts="${pieces.length}">` +
      `${escapeXml(piece)}</tableTag>`,
  );
}

export interface TagPiece {
  table: string;
  part: number;
  parts: number;
  text: string;
}

/** Reads one stored XML document; null when it is not a table tag part. */
export function readTagPiece(xml: string): TagPiece | null {
  const m = /<tableTag\b([^>]*)>([\s\S]*)<\/tableTag>/.exec(xml);
  if (!m) return null;
  const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(m[1])?.[1];
  const table = attr("table");
  const part = Number(attr("part"));
  const parts = Number(attr("parts"));
  if (!table || !Number.isInteger(part) || !Number.isInteger(parts)) return null;
  return { table: unescapeXml(table), part, parts, text: unescapeXml(m[2]) };
}

/**
 * Joins the pieces of every tag and validates them. A tag that is incomplete or does not
 * parse is reported in `problems` (with the table id it names) rather than thrown, so one
 * damaged tag does not stop the others from refreshing.
 */
export function decodeTags(pieces: TagPiece[]): { tags: TableTag[]; problems: string[] } {
  const byTable = new Map<string, TagPiece[]>();
  for (const p of pieces) byTable.set(p.table, [...(byTable.get(p.table) ?? []), p]);
  const tags: TableTag[] = [];
  const problems: string[] = [];
  for (const [table, list] of byTable) {
    const sorted = [...list].sort((a, b) => a.part - b.part);
    const complete =
      sorted.length === sorted[0].parts &&
      sorted.every((p, i) => p.part === i && p.parts === sorted[0].parts);
    if (!complete) {
      problems.push(
        `The tag of table ${table} is incomplete (${sorted.length} of ${sorted[0].parts} parts).`,
      );
      continue;
    }
    try {
      const parsed = TableTag.safeParse(JSON.parse(sorted.map((p) => p.text).join("")));
      if (parsed.success) tags.push(parsed.data);
      else
        problems.push(
          `The tag of table ${table} is not valid: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}.`,
        );
    } catch (e) {
      problems.push(`The tag of table ${table} is not valid JSON: ${(e as Error).message}.`);
    }
  }
  return { tags, problems };
}

function escapeXml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d) => String.fromCharCode(Number(d)))
    .replace(/&amp;/g, "&");
}
