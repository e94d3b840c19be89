import type { Column, Dataset } from "../dataset/schema";
import { planTable, type CellPlan } from "./planTable";

export { SOURCES_SHEET_NAME, SOURCES_TABLE_NAME } from "./tableName";
import { SOURCES_SHEET_NAME, SOURCES_TABLE_NAME } from "./tableName";

const COLUMNS: Column[] = [
  ["id", "Document ID", "string", "@"],
  ["title", "Title", "string", "@"],
  ["author", "Author", "string", "@"],
  ["publisher", "Publisher", "string", "@"],
  ["published", "Published", "date", "yyyy-mm-dd"],
  ["kind", "Kind", "string", "@"],
  ["rights", "Rights", "string", "@"],
  ["sha256", "SHA-256", "string", "@"],
  ["url", "URL", "string", "@"],
  ["urlNote", "URL note", "string", "@"],
].map(([key, title, type, format]) => ({
  key,
  title,
  type: type as Column["type"],
  unit: null,
  format,
  description: null,
}));

/**
 * The Sources table: one row per document the workbook's data comes from (title, author,
 * publisher, date, kind, rights notice, sha256, URL and why there is none), in dataset order. A missing rights notice or publisher
 * says so instead of leaving a blank that reads as "none".
 * @param docIds documents to list; every source of the dataset when omitted
 */
export function planSources(dataset: Dataset, docIds?: readonly string[]): CellPlan {
  const wanted = docIds ? new Set(docIds) : null;
  const sources = dataset.sources
    .filter((s) => !wanted || wanted.has(s.id))
    .map((s) => ({
      ...s,
      rights: s.rights ?? "Not stated in the document; check with the publisher before reuse.",
      publisher: s.publisher ?? `Not stated (${s.publisherNote ?? "unknown"})`,
    }));
  const view: Dataset = {
    ...dataset,
    sources,
    tables: [
      {
        id: "sources",
        title: SOURCES_SHEET_NAME,
        description: "Documents the data comes from.",
        kind: "sources",
        columns: COLUMNS,
        rows: sources.map((s) => s.id),
      },
    ],
  };
  return {
    ...planTable(view, "sources", { includeSources: false }),
    tableName: SOURCES_TABLE_NAME,
  };
}
