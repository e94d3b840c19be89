import { z } from "zod";
import { Column, Slug, TABLE_KINDS } from "./schema";

/** The format of seeds/dataset.yaml: the dataset's name, version and analyst tables. */

export const SEMVER = /^\d+\.\d+\.\d+$/;

export const TableConfig = z
  .object({
    id: Slug,
    title: z.string().min(1),
    description: z.string().min(1),
    kind: z.enum(TABLE_KINDS),
    /**
     * "tagged": the figures or events whose annotation lists this table in `tables:`;
     * "all": every record of the kind (sources and conflicts tables are always "all").
     */
    rows: z.enum(["tagged", "all"]).default("tagged"),
    /** "document": by source, then position in it; "date": by date, undated rows last. */
    order: z.enum(["document", "date"]).default("document"),
    columns: z.array(Column).min(1),
  })
  .strict();

export const DatasetConfig = z
  .object({
    name: Slug,
    title: z.string().min(1),
    description: z.string().min(1),
    /** Semver; changed only by `npm run dataset -- --bump <level>` (see versionLock.ts). */
    version: z.string().regex(SEMVER, "expected a semver version such as 1.0.0"),
    tables: z.array(TableConfig).min(1),
  })
  .strict();

export type TableConfig = z.infer<typeof TableConfig>;
export type DatasetConfig = z.infer<typeof DatasetConfig>;
