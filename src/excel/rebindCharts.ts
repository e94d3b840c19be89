import { parseAddress } from "../core/layout/address";
import { CHART_TAG_NAMESPACE, decodeChartTag, type ChartTag } from "../core/layout/chartTag";
import { retitleSource } from "../core/layout/planChart";
import { SOURCE_FONT_SIZE } from "./insertChart";

/**
 * Queues loading the chart tags' parts (no sync): refresh queues it before reading table tags,
 * so a workbook without charts pays no sync for them.
 */
export function queueChartTagParts(
  context: Excel.RequestContext,
): Excel.CustomXmlPartScopedCollection {
  return context.workbook.customXmlParts.getByNamespace(CHART_TAG_NAMESPACE).load("items/id");
}

/**
 * Binds each chart Insert chart made to its table's columns again, after refresh added or
 * removed rows: the reference does not promise that a chart grows with its table, and a series
 * left on the old rows would leave points out or plot empty cells. Its title's source line then
 * names the dataset version now charted; a title whose source line the person changed is left
 * as they wrote it, and said. Only a chart whose tag names its sheet, name and Excel id is
 * touched; anything else is left as it is and said. No sync without tagged charts; four with
 * them, however many.
 */
export async function rebindCharts(
  context: Excel.RequestContext,
  parts: Excel.CustomXmlPartScopedCollection,
  sync: () => Promise<void>,
  /** Why the refreshed table behind a chart can no longer be charted (planChart), or null. */
  unchartable: (excelTableId: string) => string | null,
  /** The version of the dataset the tables were refreshed to, for the charts' source line. */
  version: string,
): Promise<string[]> {
  if (parts.items.length === 0) return [];
  const wb = context.workbook;
  const xmls = parts.items.map((p) => p.getXml());
  const sheets = wb.worksheets.load("items/id,name");
  await sync();
  const notes: string[] = [];
  const tags = xmls.map((x) => decodeChartTag(x.value)).filter((t): t is ChartTag => t !== null);
  const found = tags.flatMap((tag) => {
    const sheet = sheets.items.find((s) => s.id === tag.sheetId);
    if (!sheet) return []; // the chart went with its sheet
    const chart = sheet.charts.getItemOrNullObject(tag.chartName).load("id");
    const table = wb.tables.getItemOrNullObject(tag.excelTableId).load("name");
    return [{ tag, sheet, chart, table }];
  });
  await sync();
  const owned = found.filter(({ tag, sheet, chart, table }) => {
    if (chart.isNullObject) return false; // deleted or renamed by the user: theirs now
    if (chart.id !== tag.chartId) {
      notes.push(
        `The chart ${tag.chartName} on ${sheet.name} is not the one Policy Tables made, so it was left as it is.`,
      );
      return false;
    }
    if (table.isNullObject) {
      notes.push(
        `The chart ${tag.chartName} on ${sheet.name} lost its table and was left as it is.`,
      );
      return false;
    }
    const why = unchartable(tag.excelTableId);
    if (why) {
      notes.push(
        `The chart ${tag.chartName} on ${sheet.name} was left on its old rows, since ${table.name} as refreshed cannot be charted: ${why}`,
      );
      return false;
    }
    return true;
  });
  const ranges = owned.map((o) => ({
    ...o,
    header: o.table.getHeaderRowRange().load("address,values"),
    body: o.table.getDataBodyRange().load("address"),
    title: o.chart.title.load("text"),
  }));
  await sync();
  for (const { tag, sheet, chart, table, header, body, title } of ranges) {
    const titles = (header.values[0] ?? []).map(String);
    const h = parseAddress(header.address);
    const b = parseAddress(body.address);
    const categoryCol = titles.indexOf(tag.categoryTitle);
    const valueCol = titles.indexOf(tag.valueTitle);
    if (categoryCol < 0 || valueCol < 0) {
      notes.push(
        `The chart ${tag.chartName} on ${sheet.name} was left on its old rows: ${table.name} has no "${categoryCol < 0 ? tag.categoryTitle : tag.valueTitle}" column any more.`,
      );
      continue;
    }
    const column = (j: number) =>
      sheet.getRangeByIndexes(b.row, h.col + j, b.lastRow - b.row + 1, 1);
    const series = chart.series.getItemAt(0);
    series.setValues(column(valueCol));
    series.setXAxisValues(column(categoryCol));
    const retitled = retitleSource(title.text, version);
    if (!retitled) {
      notes.push(
        `The chart ${tag.chartName} on ${sheet.name} keeps its title as you wrote it; it does not say it now charts dataset ${version}.`,
      );
    } else if (retitled.text !== title.text) {
      // Setting the text drops the smaller size of the source line, so it is set again.
      chart.title.text = retitled.text;
      chart.title.getSubstring(retitled.sourceAt, retitled.sourceLength).font.size =
        SOURCE_FONT_SIZE;
    }
  }
  if (ranges.length) await sync();
  return notes;
}
