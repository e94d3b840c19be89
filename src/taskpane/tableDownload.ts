import type { Dataset } from "../core/dataset/schema";
import type { WholeDataset } from "../export/buildWorkbook";
import { piecesOf } from "../functions/piecedDataset";
import { toCsv } from "../core/dataset/toCsv";
import { planTable } from "../core/layout/planTable";
import type { TableChoice } from "./workbook";

export const TABLE_FORMATS = ["csv", "xlsx"] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

/** Builds one table's .xlsx; loaded on demand, as exceljs is too large for the pane's first load. */
export type TableExporter = (
  dataset: Dataset,
  tableId: string,
  choice: TableChoice,
) => Promise<Uint8Array | ArrayBuffer>;

const MEDIA_TYPES: Record<TableFormat, string> = {
  csv: "text/csv;charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export interface TableFile {
  bytes: Uint8Array | ArrayBuffer;
  fileName: string;
  /** The media type the download is saved with. */
  type: string;
}

/**
 * One table as a file, shaped as the person chose (columns, filter, sort): CSV as the dataset
 * publishes its CSVs (byte order mark, formula text neutralised), or .xlsx as the workbook
 * export writes it (the table, its Sources and About sheets).
 */
export async function tableFile(
  dataset: Dataset,
  tableId: string,
  choice: TableChoice,
  format: TableFormat,
  exportTable: TableExporter,
): Promise<TableFile> {
  const base = `policy-tables-${dataset.version}-${tableId}`;
  if (format === "xlsx")
    return {
      bytes: await exportTable(dataset, tableId, choice),
      fileName: `${base}.xlsx`,
      type: MEDIA_TYPES.xlsx,
    };
  // The plan applies the choice exactly as Insert and the preview do.
  const plan = planTable(dataset, tableId, choice);
  const table = dataset.tables.find((t) => t.id === tableId)!;
  const csv = toCsv(dataset, table, {
    columns: plan.columns.map((c) => c.key),
    rowIds: plan.rowIds,
  });
  return { bytes: new TextEncoder().encode(csv), fileName: `${base}.csv`, type: MEDIA_TYPES.csv };
}

/** The table's .xlsx through the workbook export, fetched as its own chunk when first asked. */
export const exportOneTable: TableExporter = async (dataset, tableId, choice) => {
  const { buildWorkbook } = await import(
    /* webpackChunkName: "export" */ "../export/buildWorkbook"
  );
  return buildWorkbook(
    dataset,
    { [tableId]: choice },
    { tables: [tableId], whole: wholeOf(dataset) },
  );
};

/** Hands a finished file to the person. */
export type TableFileSaver = (file: TableFile) => void;

/**
 * Saves through a temporary object URL and a clicked link. The pane's first download has a
 * saver for the workbook alone (previewWorkbook's downloadFile); this one, typed per file, comes
 * with the opened table's chunk.
 */
export function saveTableFile(doc: Document): TableFileSaver {
  return ({ bytes, fileName, type }) => {
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
    const link = doc.createElement("a");
    link.href = url;
    link.download = fileName;
    doc.body.appendChild(link);
    link.click();
    link.remove();
    // Revoking at once can cancel the download in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
}

/**
 * The counts and years of the whole dataset a table cut from the published pieces belongs to,
 * from their catalog; undefined for a whole dataset, which states its own.
 */
function wholeOf(dataset: Dataset): WholeDataset | undefined {
  const catalog = piecesOf(dataset)?.catalog;
  return (
    catalog && {
      documents: catalog.counts.sources,
      figures: catalog.counts.figures,
      events: catalog.counts.events,
      years: catalog.years ?? null,
    }
  );
}
