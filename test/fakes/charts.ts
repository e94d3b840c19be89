import { toAddress, type CellRect } from "../../src/core/layout/address";
import { ClientObject, FakeExcelError, invalid, notFound } from "./clientObject";
import type { FakeCell, FakeContext, FakeSheet, RangeProxy } from "./excel";

/**
 * Charts (Excel.ChartCollection, Chart, ChartSeries; reference:
 * https://learn.microsoft.com/javascript/api/excel/excel.chartcollection and the pages of each
 * class), as strict as Excel where the add-in depends on them:
 *
 * - charts.add(type, sourceData, seriesBy) takes one of Excel.ChartType's names (not "Invalid")
 *   and "Auto" | "Columns" | "Rows" (Excel.ChartSeriesBy); anything else is InvalidArgument.
 *   The reference does not say whether sourceData may lie on another sheet; the fake refuses it,
 *   so the add-in never comes to depend on it.
 * - Series are read from the source as Excel's Insert Chart does: a first row holding text names
 *   the series; a first column of text, when there are other columns, gives the categories.
 * - Names: a new chart is "Chart N"; names need not be unique on a sheet, and getItem(name)
 *   returns the first chart of that name ("If there are multiple charts with the same name, the
 *   first one will be returned", ChartCollection.getItem), so uniqueness is the caller's to keep.
 *   Chart.id is ExcelApi 1.7, as are ChartSeries.setValues / setXAxisValues and
 *   ChartTitle.getSubstring; ChartAxis.numberFormat is ExcelApi 1.8.
 * - A series keeps the ranges it was given. Whether a chart grows with a table that
 *   Table.resize (ExcelApi 1.13) or rows.add enlarges is not stated in the reference and no public
 *   issue settles it, so the fake never grows a series: whoever writes rows binds the series
 *   again (refresh does, for the charts it tagged).
 */

export const CHART_TYPES: readonly string[] = [
  "ColumnClustered",
  "ColumnStacked",
  "ColumnStacked100",
  "3DColumnClustered",
  "3DColumnStacked",
  "3DColumnStacked100",
  "BarClustered",
  "BarStacked",
  "BarStacked100",
  "3DBarClustered",
  "3DBarStacked",
  "3DBarStacked100",
  "LineStacked",
  "LineStacked100",
  "LineMarkers",
  "LineMarkersStacked",
  "LineMarkersStacked100",
  "PieOfPie",
  "PieExploded",
  "3DPieExploded",
  "BarOfPie",
  "XYScatterSmooth",
  "XYScatterSmoothNoMarkers",
  "XYScatterLines",
  "XYScatterLinesNoMarkers",
  "AreaStacked",
  "AreaStacked100",
  "3DAreaStacked",
  "3DAreaStacked100",
  "DoughnutExploded",
  "RadarMarkers",
  "RadarFilled",
  "Surface",
  "SurfaceWireframe",
  "SurfaceTopView",
  "SurfaceTopViewWireframe",
  "Bubble",
  "Bubble3DEffect",
  "StockHLC",
  "StockOHLC",
  "StockVHLC",
  "StockVOHLC",
  "CylinderColClustered",
  "CylinderColStacked",
  "CylinderColStacked100",
  "CylinderBarClustered",
  "CylinderBarStacked",
  "CylinderBarStacked100",
  "CylinderCol",
  "ConeColClustered",
  "ConeColStacked",
  "ConeColStacked100",
  "ConeBarClustered",
  "ConeBarStacked",
  "ConeBarStacked100",
  "ConeCol",
  "PyramidColClustered",
  "PyramidColStacked",
  "PyramidColStacked100",
  "PyramidBarClustered",
  "PyramidBarStacked",
  "PyramidBarStacked100",
  "PyramidCol",
  "3DColumn",
  "Line",
  "3DLine",
  "3DPie",
  "Pie",
  "XYScatter",
  "3DArea",
  "Area",
  "Doughnut",
  "Radar",
  "Histogram",
  "Boxwhisker",
  "Pareto",
  "RegionMap",
  "Treemap",
  "Waterfall",
  "Sunburst",
  "Funnel",
];
const SERIES_BY = ["Auto", "Columns", "Rows"];

export interface FakeSeries {
  name: string;
  values: { sheet: FakeSheet; rect: CellRect };
  categories: { sheet: FakeSheet; rect: CellRect } | null;
}
export interface FakeChart {
  id: string;
  name: string;
  sheet: FakeSheet;
  type: string;
  title: string;
  /** Font sizes set on parts of the title: [start, length, size]. */
  titleSizes: [number, number, number][];
  series: FakeSeries[];
  valueAxisFormat: string | null;
  /** ChartAxis.reversePlotOrder of the category axis (ExcelApi 1.7). */
  categoriesReversed: boolean;
  legendVisible: boolean;
  /** Top-left and bottom-right cells it covers, once setPosition placed it. */
  position: { from: string; to: string | null } | null;
}

/** The fake workbook's charts, in creation order on every sheet. */
export interface ChartStore {
  charts: FakeChart[];
  newId(): string;
  getCell(sheet: FakeSheet, row: number, col: number): FakeCell;
}

/** A series' ranges as addresses, for tests. */
export function seriesAddresses(series: FakeSeries): { values: string; categories: string | null } {
  return {
    values: toAddress(series.values.rect),
    categories: series.categories ? toAddress(series.categories.rect) : null,
  };
}

/** What a series plots: the cells its ranges hold now, read as the chart would read them. */
export function seriesCells(
  store: ChartStore,
  series: FakeSeries,
): { values: FakeCell["value"][]; categories: FakeCell["value"][] | null } {
  const read = ({ sheet, rect }: { sheet: FakeSheet; rect: CellRect }) => {
    const cells: FakeCell["value"][] = [];
    for (let r = rect.row; r <= rect.lastRow; r++)
      for (let c = rect.col; c <= rect.lastCol; c++) cells.push(store.getCell(sheet, r, c).value);
    return cells;
  };
  return {
    values: read(series.values),
    categories: series.categories ? read(series.categories) : null,
  };
}

const isText = (cell: FakeCell) => typeof cell.value === "string" && cell.value !== "";

/** The series Insert Chart makes of a source range (see the comment at the top). */
function seriesOf(store: ChartStore, sheet: FakeSheet, rect: CellRect, by: string): FakeSeries[] {
  const rowsN = rect.lastRow - rect.row + 1;
  const colsN = rect.lastCol - rect.col + 1;
  const byColumns = by === "Columns" || (by === "Auto" && rowsN >= colsN);
  // Think in columns; "Rows" swaps the roles of rows and columns.
  const at = (line: number, pos: number) =>
    byColumns
      ? store.getCell(sheet, rect.row + pos, rect.col + line)
      : store.getCell(sheet, rect.row + line, rect.col + pos);
  const lines = byColumns ? colsN : rowsN;
  const length = byColumns ? rowsN : colsN;
  const lineRect = (line: number, from: number): CellRect =>
    byColumns
      ? { ...rect, col: rect.col + line, lastCol: rect.col + line, row: rect.row + from }
      : { ...rect, row: rect.row + line, lastRow: rect.row + line, col: rect.col + from };
  let firstLine = 0;
  if (
    lines > 1 &&
    Array.from({ length }, (_, p) => at(0, p))
      .slice(1)
      .every(isText)
  )
    firstLine = 1;
  const header =
    length > 1 &&
    Array.from({ length: lines - firstLine }, (_, l) => at(l + firstLine, 0)).some(isText);
  const from = header ? 1 : 0;
  const series: FakeSeries[] = [];
  for (let l = firstLine; l < lines; l++) {
    series.push({
      name: header ? String(at(l, 0).value) : `Series${l - firstLine + 1}`,
      values: { sheet, rect: lineRect(l, from) },
      categories: firstLine ? { sheet, rect: lineRect(0, from) } : null,
    });
  }
  return series;
}

export class ChartCollectionProxy extends ClientObject<FakeChart[]> {
  protected override readonly isCollection = true;
  constructor(
    context: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {
    super(context, () => store(context).charts.filter((c) => c.sheet === sheet()));
  }
  protected property(name: string): unknown {
    if (name === "count") return this.live().length;
    if (!name.startsWith("items"))
      throw invalid(`The fake ChartCollection has no property ${name}.`);
    return this.live().map((c) => new ChartProxy(this.context, () => c, false, name.split("/")[1]));
  }
  get items(): ChartProxy[] {
    return this.read("items");
  }
  get count(): number {
    return this.read("count");
  }
  add(type: string, sourceData: RangeProxy, seriesBy = "Auto"): ChartProxy {
    let chart: FakeChart | null = null;
    this.write([type, "range", seriesBy], () => {
      if (!CHART_TYPES.includes(type))
        throw invalid(`"${type}" is not an Excel.ChartType (e.g. ColumnClustered, BarClustered).`);
      if (!SERIES_BY.includes(seriesBy))
        throw invalid(`seriesBy must be Auto, Columns or Rows, not "${seriesBy}".`);
      const sheet = this.sheet();
      const source = sourceData.rect();
      if (source.sheet !== sheet)
        throw invalid("The fake refuses a chart whose source data is on another sheet.");
      const charts = store(this.context).charts;
      let n = 1;
      while (charts.some((c) => c.sheet === sheet && c.name === `Chart ${n}`)) n++;
      chart = {
        id: `{chart-${store(this.context).newId()}}`,
        name: `Chart ${n}`,
        sheet,
        type,
        title: "",
        titleSizes: [],
        series: seriesOf(store(this.context), sheet, source.rect, seriesBy),
        valueAxisFormat: null,
        categoriesReversed: false,
        legendVisible: true,
        position: null,
      };
      charts.push(chart);
    });
    return new ChartProxy(this.context, () => chart);
  }
  getItem(name: string): ChartProxy {
    return new ChartProxy(this.context, () => this.find(name) ?? throwNotFound(`chart ${name}`));
  }
  getItemOrNullObject(name: string): ChartProxy {
    return new ChartProxy(this.context, () => this.find(name), true, undefined, "1.4");
  }
  /** The first chart of that name on the sheet (ChartCollection.getItem). */
  private find(name: string): FakeChart | null {
    const sheet = this.sheet();
    return store(this.context).charts.find((c) => c.sheet === sheet && c.name === name) ?? null;
  }
}

function throwNotFound(what: string): never {
  throw notFound(what);
}

function store(context: FakeContext): ChartStore {
  return context.fake as unknown as ChartStore;
}

export class ChartProxy extends ClientObject<FakeChart> {
  constructor(
    context: FakeContext,
    resolve: () => FakeChart | null,
    orNull = false,
    preload?: string,
    minApi?: string,
  ) {
    super(context, resolve, orNull, minApi);
    if (preload) this.load(preload);
  }
  protected property(name: string): unknown {
    const chart = this.live();
    if (name === "name") return chart.name;
    if (name === "id") return chart.id;
    if (name === "chartType") return chart.type;
    throw invalid(`The fake Chart has no property ${name}.`);
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.write(value, () => {
      if (!value) throw invalid("A chart name cannot be empty.");
      this.live().name = value;
    });
  }
  get id(): string {
    return this.read("id");
  }
  get title(): ChartTitleProxy {
    return new ChartTitleProxy(this.context, () => this.live());
  }
  get series(): { getItemAt: (index: number) => SeriesProxy } {
    return {
      getItemAt: (index) =>
        new SeriesProxy(this.context, () => {
          const s = this.live().series[index];
          if (!s) throw notFound(`series ${index} of chart ${this.live().name}`);
          return s;
        }),
    };
  }
  get axes(): { valueAxis: { numberFormat: string }; categoryAxis: { reversePlotOrder: boolean } } {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const chart = this;
    return {
      categoryAxis: {
        set reversePlotOrder(v: boolean) {
          chart.write(v, () => (chart.live().categoriesReversed = v), "1.7");
        },
        get reversePlotOrder(): boolean {
          throw new FakeExcelError("PropertyNotLoaded", "The fake does not load axis options.");
        },
      },
      valueAxis: {
        set numberFormat(format: string) {
          chart.write(format, () => (chart.live().valueAxisFormat = format), "1.8");
        },
        get numberFormat(): string {
          throw new FakeExcelError("PropertyNotLoaded", "The fake does not load axis formats.");
        },
      },
    };
  }
  get legend(): { visible: boolean } {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const chart = this;
    return {
      set visible(v: boolean) {
        chart.write(v, () => (chart.live().legendVisible = v));
      },
      get visible(): boolean {
        throw new FakeExcelError("PropertyNotLoaded", "The fake does not load the legend.");
      },
    };
  }
  setPosition(startCell: RangeProxy, endCell?: RangeProxy): void {
    this.write(["start", "end"], () => {
      const chart = this.live();
      const from = startCell.rect();
      const to = endCell?.rect();
      if (from.sheet !== chart.sheet || (to && to.sheet !== chart.sheet))
        throw invalid("A chart is positioned by cells of its own sheet.");
      chart.position = { from: toAddress(from.rect), to: to ? toAddress(to.rect) : null };
    });
  }
  delete(): void {
    this.write(null, () => {
      const s = store(this.context);
      s.charts = s.charts.filter((c) => c !== this.live());
    });
  }
}

export class SeriesProxy extends ClientObject<FakeSeries> {
  protected property(name: string): unknown {
    if (name === "name") return this.live().name;
    throw invalid(`The fake ChartSeries has no property ${name}.`);
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.write(value, () => (this.live().name = value));
  }
  setValues(sourceData: RangeProxy): void {
    this.write("range", () => (this.live().values = line(sourceData)), "1.7");
  }
  setXAxisValues(sourceData: RangeProxy): void {
    this.write("range", () => (this.live().categories = line(sourceData)), "1.7");
  }
}

/** A series takes one row or one column; the fake refuses a block, whatever Excel would make of it. */
function line(range: RangeProxy): { sheet: FakeSheet; rect: CellRect } {
  const { sheet, rect } = range.rect();
  if (rect.row !== rect.lastRow && rect.col !== rect.lastCol)
    throw invalid(`A series takes one row or one column, not ${toAddress(rect)}.`);
  return { sheet, rect: { ...rect } };
}

/**
 * Chart.title (Excel.ChartTitle, https://learn.microsoft.com/javascript/api/excel/excel.charttitle):
 * `text` is read after load("text") and sync like any property (ExcelApi 1.1); getSubstring is
 * ExcelApi 1.7, counts "\n" as one character, and refuses characters outside the title. The
 * reference does not say that formats set on parts of the title survive a new text, so setting
 * `text` drops them here: whoever sets a title sets its parts' sizes again.
 */
export class ChartTitleProxy extends ClientObject<FakeChart> {
  protected property(name: string): unknown {
    if (name === "text") return this.live().title;
    throw invalid(`The fake ChartTitle has no property ${name}.`);
  }
  get text(): string {
    return this.read("text");
  }
  set text(value: string) {
    this.write(value, () => {
      if (typeof value !== "string") throw invalid("A chart title's text is a string.");
      this.live().title = value;
      this.live().titleSizes = [];
    });
  }
  getSubstring(start: number, length: number): { font: { size: number } } {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const title = this;
    return {
      font: {
        set size(size: number) {
          title.write(
            [start, length, size],
            () => {
              const text = title.live().title;
              if (start < 0 || length < 1 || start + length > text.length)
                throw invalid(`Characters ${start}..${start + length} are outside the title.`);
              title.live().titleSizes.push([start, length, size]);
            },
            "1.7",
          );
        },
        get size(): number {
          throw new FakeExcelError("PropertyNotLoaded", "The fake does not load font sizes.");
        },
      },
    };
  }
}
