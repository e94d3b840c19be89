import { join } from "node:path";
import type { Page } from "playwright-core";
import { toAddress, type CellRect } from "../../src/core/layout/address";
import type { Dataset } from "../../src/core/dataset/schema";
import { planTable } from "../../src/core/layout/planTable";
import { serveInFakeExcel, type FakeExcelPane } from "./fakeHost/fakeExcelHost";
import { seriousViolations } from "./walkThrough";

/*
 * Insert chart walked through in the production build "in Excel" (fakeHost/officeHost.ts:
 * test/fakes/excel.ts and its charts behind the Office.js globals), at 320 and 800 px: a table
 * is inserted through the Catalog, then charted, then one unit of a table whose rows mix units
 * is charted; each chart is read back from the fake workbook in the page (type, title, series
 * and the cells its ranges hold), beside what the pane confirms.
 */
const DIST = join(__dirname, "../../dist");

jest.setTimeout(180_000);

interface ReadChart {
  name: string;
  sheet: string;
  type: string;
  title: string;
  series: {
    name: string;
    values: { rect: CellRect; cells: unknown[] };
    categories: { rect: CellRect; cells: unknown[] } | null;
  }[];
}

/** The fake workbook's charts as plain data, each series with the cells it is bound to. */
async function charts(page: Page) {
  const read = await page.evaluate(() => {
    type Rect = { row: number; col: number; lastRow: number; lastCol: number };
    type Sheet = { name: string };
    const { workbook } = (
      window as unknown as {
        fakeExcel: {
          workbook: {
            charts: {
              name: string;
              sheet: Sheet;
              type: string;
              title: string;
              series: {
                name: string;
                values: { sheet: Sheet; rect: Rect };
                categories: { sheet: Sheet; rect: Rect } | null;
              }[];
            }[];
            getCell(sheet: Sheet, row: number, col: number): { value: unknown };
          };
        };
      }
    ).fakeExcel;
    const bound = (range: { sheet: Sheet; rect: Rect }) => {
      const cells: unknown[] = [];
      for (let r = range.rect.row; r <= range.rect.lastRow; r++)
        for (let c = range.rect.col; c <= range.rect.lastCol; c++)
          cells.push(workbook.getCell(range.sheet, r, c).value);
      return { rect: { ...range.rect, sheet: range.sheet.name }, cells };
    };
    return workbook.charts.map((c) => ({
      name: c.name,
      sheet: c.sheet.name,
      type: c.type,
      title: c.title,
      series: c.series.map((s) => ({
        name: s.name,
        values: bound(s.values),
        categories: s.categories ? bound(s.categories) : null,
      })),
    }));
  });
  return read as ReadChart[];
}

/** A series as addresses and cells, for comparing with what the dataset says. */
const plotted = (chart: ReadChart) =>
  chart.series.map((s) => ({
    name: s.name,
    values: toAddress(s.values.rect),
    valueCells: s.values.cells,
    categories: s.categories ? toAddress(s.categories.rect) : null,
    categoryCells: s.categories?.cells ?? null,
  }));

/** The Value and Metric cells of a table as inserted with `choice`. */
function expectedPoints(dataset: Dataset, tableId: string, where?: string) {
  const plan = planTable(dataset, tableId, where ? { where } : {});
  const col = (key: string) => plan.columns.findIndex((c) => c.key === key);
  return {
    values: plan.values.map((r) => r[col("value")]),
    labels: plan.values.map((r) => r[col("metric")]),
    valueTitle: plan.header[col("value")],
  };
}

async function openTable(page: Page, title: string) {
  await page.getByRole("tab", { name: "Catalog" }).click();
  const back = page.getByRole("button", { name: "All tables" });
  if (await back.isVisible()) await back.click();
  await page.getByRole("button", { name: `Preview ${title}`, exact: true }).click();
}

describe.each([320, 800])("Insert chart at %i px (dist/, fake Excel host)", (width) => {
  let pane: FakeExcelPane;
  let page: Page;
  let dataset: Dataset;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    pane = await serveInFakeExcel(DIST, pageErrors);
    ({ page, dataset } = pane);
    await page.setViewportSize({ width, height: 900 });
  });

  afterAll(async () => {
    await pane?.close();
  });

  it("charts an inserted one-unit table: a column chart of its Value by Metric, titled and sourced", async () => {
    const money = dataset.tables.find((t) => t.id === "money")!;
    await openTable(page, money.title);
    await page.getByRole("button", { name: "Insert on new sheet" }).click();
    await page.getByText(`Inserted ${money.rows.length} rows as table PT_Money`).waitFor();
    await page.getByRole("button", { name: "Chart", exact: true }).click();
    await page.getByRole("button", { name: "Insert chart", exact: true }).click();
    const done = page.getByText(
      `Inserted chart PT_Chart_Money beside PT_Money on ${money.title} (${money.rows.length} points).`,
    );
    await done.waitFor();
    expect(await done.isVisible()).toBe(true);

    const [chart] = await charts(page);
    const { values, labels, valueTitle } = expectedPoints(dataset, "money");
    const last = money.rows.length + 1;
    expect(chart).toMatchObject({
      name: "PT_Chart_Money",
      sheet: money.title,
      type: "ColumnClustered",
      title: `${money.title} (USD)\nSource: Policy Tables dataset ${dataset.version}, see Sources sheet`,
    });
    expect(plotted(chart)).toEqual([
      {
        name: valueTitle,
        values: `'${money.title}'!B2:B${last}`,
        valueCells: values,
        categories: `'${money.title}'!A2:A${last}`,
        categoryCells: labels,
      },
    ]);
    expect(await seriousViolations(page, `chart inserted at ${width} px`)).toEqual([]);
  });

  it("charts one unit of a mixed table from a table of that unit's rows, by keyboard", async () => {
    await openTable(page, "Seizures");
    await page.getByRole("button", { name: "Chart", exact: true }).click();
    const { values, labels, valueTitle } = expectedPoints(dataset, "seizures", "unit = pounds");
    const offer = page.getByRole("button", { name: `Chart pounds (${values.length} rows)` });
    await offer.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("figure", { name: "Chart of Seizures (pounds)" }).waitFor();
    const insert = page.getByRole("button", { name: "Insert chart of pounds" });
    await insert.focus();
    await page.keyboard.press("Enter");
    const done = page.getByText(
      new RegExp(
        `^Inserted the ${values.length} rows in pounds as (PT_Seizures\\w*) at '?([^'!]+)'?!A1:\\w+, and its chart (PT_Chart_Seizures\\w*) beside it\\.`,
      ),
    );
    await done.waitFor().catch(async (e: unknown) => {
      const bars = await page.locator(".fui-MessageBar").allTextContents();
      throw new Error(`${String(e)}; the pane says: ${bars.join(" | ")}`);
    });
    const said = /as (\S+) at '?([^'!]+)'?!.*its chart (\S+) beside/.exec(
      (await done.textContent())!,
    )!;

    const chart = (await charts(page)).find((c) => c.name === said[3])!;
    expect(chart).toMatchObject({
      sheet: said[2],
      type: "ColumnClustered",
      title: `Seizures (pounds)\nSource: Policy Tables dataset ${dataset.version}, see Sources sheet`,
    });
    const [series] = plotted(chart);
    expect(series).toMatchObject({ name: valueTitle, valueCells: values, categoryCells: labels });
    expect(series.values).toMatch(/!B2:B3$/);
    expect(await seriousViolations(page, `chart of one unit at ${width} px`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
    expect(pageErrors).toEqual([]);
  });
});
