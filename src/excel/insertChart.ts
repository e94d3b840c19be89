import type { Dataset } from "../core/dataset/schema";
import { PolicyError } from "../core/errors";
import { parseAddress } from "../core/layout/address";
import { encodeChartTag } from "../core/layout/chartTag";
import { chartName, planChart, type ChartPlan } from "../core/layout/planChart";
import { planTable } from "../core/layout/planTable";
import type { InsertedChart } from "../core/layout/workbookTypes";
import { readTags, type StoredTag } from "./readTags";
import { EXCEL_API, requireExcelApi, supports, type Requirements } from "./requirements";

/** Points of the source line, smaller than the title's. */
export const SOURCE_FONT_SIZE = 9;

/**
 * Adds a native chart of an inserted table beside it, bound to the table's columns, and tags it
 * so refresh may bind it again when rows change. Six syncs whatever the table's size: two read
 * the table tags, one finds the tagged tables, one reads the chosen one's headers and the
 * sheet's charts, one makes the chart, one tags it.
 * The table must be one Policy Tables inserted (its tag proves it) and hold the dataset given;
 * among several inserts of the dataset table, the named one or else the one holding the
 * selected cell.
 */
export async function insertChart(
  context: Excel.RequestContext,
  requirements: Requirements,
  dataset: Dataset,
  tableId: string,
  /** The Excel table to chart when the pane knows it (it has just inserted it). */
  tableName?: string,
): Promise<InsertedChart> {
  requireExcelApi(requirements, EXCEL_API.insert, "Inserting a chart");
  requireExcelApi(requirements, EXCEL_API.tags, "Inserting a chart");
  let syncs = 2;
  const sync = async () => {
    await context.sync();
    syncs++;
  };
  const { stored } = await readTags(context);
  const candidates = stored.filter((s) => s.tag.tableId === tableId && !s.tag.kind);
  const title = dataset.tables.find((t) => t.id === tableId)?.title ?? tableId;
  if (candidates.length === 0) {
    throw new PolicyError(
      "bad_argument",
      `"${title}" is not in this workbook yet. Insert it as a table first, then Insert chart.`,
    );
  }
  const wb = context.workbook;
  const active = wb.getActiveCell().load("address");
  const found = candidates.map((s) => {
    const table = wb.tables.getItemOrNullObject(s.tag.excelTableId).load("name");
    return { stored: s, table };
  });
  await sync();
  const present = found.filter(
    (f) => !f.table.isNullObject && (tableName === undefined || f.table.name === tableName),
  );
  const chosen = pick(present, active.address, title);
  const { tag } = chosen.stored;
  if (tag.datasetVersion !== dataset.version) {
    throw new PolicyError(
      "bad_argument",
      `${chosen.table.name} holds dataset ${tag.datasetVersion}, not ${dataset.version}. Refresh it first, so the chart shows what the dataset says.`,
    );
  }
  const plan = planChart(dataset, planTable(dataset, tableId, tag.choice));

  const sheet = chosen.table.worksheet.load("name,id");
  const header = chosen.table.getHeaderRowRange().load("address,values");
  const body = chosen.table.getDataBodyRange().load("address");
  const charts = sheet.charts.load("items/name");
  await sync();

  const headerRect = parseAddress(header.address);
  const bodyRect = parseAddress(body.address);
  const titles = (header.values[0] ?? []).map(String);
  const colOf = (c: { title: string }) => {
    const j = titles.indexOf(c.title);
    if (j < 0) {
      throw new PolicyError(
        "workbook_conflict",
        `${chosen.table.name} has no "${c.title}" column any more (its headers are ${titles.join(", ")}); it was left as it is. Insert the table again to chart it.`,
      );
    }
    return headerRect.col + j;
  };
  const categoryCol = colOf(plan.category);
  const valueCol = colOf(plan.value);
  const rows = bodyRect.lastRow - bodyRect.row + 1;
  const name = chartName(
    chosen.table.name,
    charts.items.map((c) => c.name),
  );
  const chart = queueChart(requirements, sheet, plan, name, {
    headerRow: headerRect.row,
    rows,
    categoryCol,
    valueCol,
    besideCol: headerRect.lastCol + 2,
  });
  chart.load("id");
  await sync();

  // An untagged chart could never be proven ours again, so one that cannot be tagged goes.
  try {
    wb.customXmlParts.add(
      encodeChartTag({
        v: 1,
        chartId: chart.id,
        chartName: name,
        sheetId: sheet.id,
        excelTableId: tag.excelTableId,
        tableId,
        categoryTitle: plan.category.title,
        valueTitle: plan.value.title,
      }),
    );
    await sync();
  } catch (e) {
    chart.delete();
    await context.sync().catch(() => undefined);
    throw new PolicyError(
      "workbook_conflict",
      `The chart could not be tagged as Policy Tables' (${e instanceof Error ? e.message : String(e)}), so it was removed.`,
    );
  }
  return {
    chartName: name,
    sheetName: sheet.name,
    tableName: chosen.table.name,
    points: rows,
    syncs,
    warnings: supports(requirements, EXCEL_API.chartFormat)
      ? []
      : [
          `This Excel has no ExcelApi ${EXCEL_API.chartFormat}, so the value axis shows plain numbers rather than ${plan.valueFormat}.`,
        ],
  };
}

/** The table to chart: the only one, or the one holding the selected cell. */
function pick<T extends { stored: StoredTag; table: Excel.Table }>(
  present: T[],
  activeAddress: string,
  title: string,
): T {
  if (present.length === 1) return present[0];
  if (present.length === 0) {
    throw new PolicyError(
      "bad_argument",
      `"${title}" is not in this workbook any more. Insert it as a table first, then Insert chart.`,
    );
  }
  const cell = parseAddress(activeAddress);
  const holding = present.find((p) => {
    const r = parseAddress(p.stored.tag.address);
    return (
      r.sheet === cell.sheet &&
      cell.row >= r.row &&
      cell.row <= r.lastRow &&
      cell.col >= r.col &&
      cell.col <= r.lastCol
    );
  });
  if (holding) return holding;
  throw new PolicyError(
    "ambiguous",
    `"${title}" is in this workbook ${present.length} times (${present.map((p) => p.table.name).join(", ")}). Select a cell of the one to chart, then Insert chart again.`,
  );
}

/** Queues the chart: made from the value column, categories set, titled, placed beside the table. */
function queueChart(
  requirements: Requirements,
  sheet: Excel.Worksheet,
  plan: ChartPlan,
  name: string,
  at: { headerRow: number; rows: number; categoryCol: number; valueCol: number; besideCol: number },
): Excel.Chart {
  const column = (col: number, from: number, count: number) =>
    sheet.getRangeByIndexes(from, col, count, 1);
  const body = (col: number) => column(col, at.headerRow + 1, at.rows);
  // The header row names the series; the body rows are its points.
  const chart = sheet.charts.add(
    plan.chartType,
    column(at.valueCol, at.headerRow, at.rows + 1),
    "Columns",
  );
  chart.name = name;
  chart.title.text = `${plan.title}\n${plan.sourceLine}`;
  chart.title.getSubstring(plan.title.length + 1, plan.sourceLine.length).font.size =
    SOURCE_FONT_SIZE;
  const series = chart.series.getItemAt(0);
  series.setValues(body(at.valueCol));
  series.setXAxisValues(body(at.categoryCol));
  chart.legend.visible = false;
  // Bars run down the page in table order, as the rows do (Excel draws the first at the bottom).
  if (plan.chartType === "BarClustered") chart.axes.categoryAxis.reversePlotOrder = true;
  if (supports(requirements, EXCEL_API.chartFormat))
    chart.axes.valueAxis.numberFormat = plan.valueFormat;
  chart.setPosition(
    sheet.getRangeByIndexes(at.headerRow, at.besideCol, 1, 1),
    sheet.getRangeByIndexes(at.headerRow + 17, at.besideCol + 7, 1, 1),
  );
  return chart;
}
