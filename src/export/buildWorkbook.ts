import ExcelJS from "exceljs";
import { datasetYears } from "../core/dataset/readmeBlocks";
import type { Dataset } from "../core/dataset/schema";
import { planSources } from "../core/layout/planSources";
import { planTable, type CellPlan } from "../core/layout/planTable";
import type { TableChoice } from "../core/layout/workbookTypes";

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
export const TABLE_THEME = "TableStyleMedium2";

/**
 * The whole dataset as an .xlsx workbook, from the same layout plans the add-in inserts: one
 * sheet per table (its sources table becomes the Sources sheet) as a real Excel table (dates as dates with their precision's format, text
 * kept as text, URLs as hyperlinks), a Sources sheet, and an About sheet. Its content depends on
 * the dataset only (dates come from the dataset, not the clock). Works in Node and browsers.
 * @param choices per table id, the columns/filter/sort to export (default: the table as shipped)
 */
export async function buildWorkbook(
  dataset: Dataset,
  choices: Record<string, TableChoice> = {},
  options: ExportOptions = {},
): Promise<Uint8Array> {
  const workbook = workbookModel(dataset, choices, options);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

export interface ExportOptions {
  /** Only these table ids (default: every table but the sources table). */
  tables?: string[];
  /**
   * The whole dataset's counts and years when `dataset` holds only part of it (tables cut
   * from the published pieces): the About sheet states them, not the part's.
   */
  whole?: WholeDataset;
}

/** What the About sheet says of the dataset a file comes from. */
export interface WholeDataset {
  documents: number;
  figures: number;
  events: number;
  /** "2017–2024": the years of its events and figures' periods; null where unknown. */
  years: string | null;
}

/** The About sheet's reason for a file without charts. */
export const NO_CHARTS_NOTE =
  "Not included: this file is written with exceljs, which cannot write charts. In Excel, Insert chart in the Policy Tables pane draws a table's chart from its cells.";

/** The exceljs workbook behind buildWorkbook, for callers that add to it. */
export function workbookModel(
  dataset: Dataset,
  choices: Record<string, TableChoice> = {},
  options: ExportOptions = {},
) {
  const workbook = new ExcelJS.Workbook();
  const stamp = datasetDate(dataset);
  workbook.creator = "Policy Tables";
  workbook.lastModifiedBy = "Policy Tables";
  workbook.created = stamp;
  workbook.modified = stamp;
  workbook.title = `Policy Tables dataset ${dataset.version}`;
  // Dates are written as 1900-system serials (exceljs converts Date cells that way), so the
  // file says so: no date1904 flag, which Excel and LibreOffice read as the 1900 system.
  workbook.properties.date1904 = false;

  const sheetNames = ["Sources", "About"];
  const tableNames: string[] = [];
  const docs = new Set<string>();
  // A table of the dataset's sources would repeat the Sources sheet, which lists the same documents.
  const plans = dataset.tables
    .filter((t) => (options.tables ? options.tables.includes(t.id) : t.kind !== "sources"))
    .map((t) => {
      const plan = planTable(dataset, t.id, choices[t.id] ?? {}, {
        existingSheetNames: sheetNames,
        existingTableNames: tableNames,
      });
      sheetNames.push(plan.sheetName);
      tableNames.push(plan.tableName);
      plan.docs.forEach((d) => docs.add(d));
      return plan;
    });
  for (const plan of plans) addPlanSheet(workbook, plan, plan.sheetName);
  addPlanSheet(workbook, planSources(dataset, [...docs]), "Sources");
  const whole = options.whole ?? {
    documents: dataset.generatedFrom.documents.length,
    figures: dataset.figures.length,
    events: dataset.events.length,
    years: datasetYears(dataset).all,
  };
  addAbout(workbook, dataset, whole, plans, docs.size, stamp);
  return workbook;
}

/** One sheet holding a plan as an Excel table at A1, header frozen. */
function addPlanSheet(workbook: ExcelJS.Workbook, plan: CellPlan, name: string) {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: "frozen", ySplit: 1 }],
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const rows = plan.values.map((row) =>
    row.map((v, j) =>
      v !== null && plan.columns[j].type === "date" && typeof v === "number" ? serialToDate(v) : v,
    ),
  );
  sheet.addTable({
    name: plan.tableName,
    ref: "A1",
    headerRow: true,
    totalsRow: false,
    style: { theme: TABLE_THEME as never, showRowStripes: true },
    columns: plan.header.map((h) => ({ name: h, filterButton: true })),
    rows: rows.length ? rows : [plan.header.map(() => null)],
  });
  plan.columns.forEach((c, j) => {
    const column = sheet.getColumn(j + 1);
    column.width = c.width;
    // Long text wraps in its capped column instead of running under its neighbours.
    if (c.width >= 40) column.alignment = { wrapText: true, vertical: "top" };
    else column.alignment = { vertical: "top" };
    // Explicit header style, the table style's colours, for viewers that ignore table styles.
    const head = sheet.getCell(1, j + 1);
    head.numFmt = "@";
    head.font = { bold: true, color: { argb: "FFFFFFFF" } };
    head.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF4472C4" } };
  });
  const wrapped = plan.columns.map((c) => c.width >= 40);
  plan.values.forEach((row, i) => {
    // exceljs stores no row heights and viewers do not grow rows for wrapped text on open.
    const lines = Math.max(
      1,
      ...row.map((v, j) =>
        wrapped[j] && typeof v === "string"
          ? Math.ceil(v.length / (plan.columns[j].width * 1.05))
          : 1,
      ),
    );
    if (lines > 1) sheet.getRow(i + 2).height = 15 * Math.min(lines, 8);
    row.forEach((v, j) => {
      const cell = sheet.getCell(i + 2, j + 1);
      const format = plan.numberFormats[i][j];
      if (format !== "General") cell.numFmt = format;
      if (plan.columns[j].link && typeof v === "string" && /^https?:\/\//.test(v)) {
        cell.value = { text: v, hyperlink: v };
      }
    });
  });
}

function addAbout(
  workbook: ExcelJS.Workbook,
  dataset: Dataset,
  whole: WholeDataset,
  plans: CellPlan[],
  cited: number,
  stamp: Date,
) {
  const sheet = workbook.addWorksheet("About");
  const rows: [string, string | number | Date][] = [
    [
      "Policy Tables",
      `US counter-fentanyl policy figures and events${whole.years ? `, ${whole.years}` : ""}, each with the exact sentence it came from.`,
    ],
    ["Dataset version", dataset.version],
    ["Content hash (sha256)", dataset.contentHash],
    ["Schema version", dataset.schemaVersion],
    [
      "Generated from",
      `${whole.documents} documents (${whole.figures} figures, ${whole.events} events), extractor ${dataset.generatedFrom.extractor}`,
    ],
    ["Annotations sha256", dataset.generatedFrom.annotationsSha256],
    ["Dataset date (latest document)", stamp],
    ...plans.map((p): [string, string] => [
      `Sheet "${p.sheetName}"`,
      `${p.title}: ${p.values.length} rows (table ${p.tableName})`,
    ]),
    [
      "This file holds",
      `${plans.length} table${plans.length === 1 ? "" : "s"} of the dataset, ${plans.reduce((n, p) => n + p.values.length, 0)} rows citing ${cited} of its ${whole.documents} documents.`,
    ],
    ["Charts", NO_CHARTS_NOTE],
    [
      "Sources",
      "The Sources sheet lists each document with its publisher, date, rights notice and sha256.",
    ],
  ];
  rows.forEach(([label, value], i) => {
    const a = sheet.getCell(i + 1, 1);
    const b = sheet.getCell(i + 1, 2);
    a.value = label;
    a.font = { bold: true };
    b.value = value;
    b.numFmt = value instanceof Date ? "yyyy-mm-dd" : typeof value === "number" ? "0" : "@";
  });
  sheet.getColumn(1).width = 32;
  sheet.getColumn(2).width = 90;
}

/** The dataset's own date: its latest document's, so the file does not change with the clock. */
export function datasetDate(dataset: Dataset): Date {
  const dates = dataset.sources
    .map((s) => s.published)
    .filter((d): d is string => !!d)
    .sort();
  const last = dates.at(-1) ?? "2000-01-01";
  const [y, m = "01", d = "01"] = last.split("-");
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}

function serialToDate(serial: number): Date {
  return new Date(EXCEL_EPOCH + serial * MS_PER_DAY);
}
