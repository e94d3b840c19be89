import { z } from "zod";
import { HASH_WIDTH } from "./cellHash";
import type { CellPlan } from "./planTable";
import { jsonEscapeForXml } from "./xmlText";

/**
 * What refresh needs to know about an inserted table, stored in the workbook with it as a
 * custom XML part (ExcelApi 1.5: saved in the file, workbook-wide, so it survives save and
 * reopen, renaming and moving the table, and renaming its sheet).
 *
 * Size: ids and keys once, then per body row its record id and a 4-character hash per owned
 * cell; a 50 × 8 table takes about 3 KB, 50,000 × 5 rows about 1.7 MB, 280,000 × 10 about
 * 20 MB. A tag is stored in parts of at most TAG_PART_BYTES (tagParts.ts), written over as many
 * requests as Excel's 5 MB request limit needs.
 *
 * Why a hash per cell and not per row: "hashes match" must catch a user edit in any one cell,
 * and must say which, because refresh keeps that cell and still updates the row's other cells.
 * A row hash would catch the edit too, but then the whole row would have to be kept (or the
 * edit overwritten): a typed note in one column would freeze every figure of the row. Four
 * characters (24 bits) per cell is the price of that precision.
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

/** The `table` attribute a tag of this Excel table id is stored under. */
export function tagTableAttribute(excelTableId: string): string {
  return jsonEscapeForXml(excelTableId);
}

export {
  decodeTags,
  encodeTag,
  MAX_TAG_PART_XML,
  MAX_TAG_PARTS,
  MAX_TAGS,
  readTagPiece,
  TAG_PART_BYTES,
  TAG_PARTS_PER_READ,
  type TagPiece,
} from "./tagParts";
