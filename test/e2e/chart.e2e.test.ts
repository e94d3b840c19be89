import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { Dataset } from "../../src/core/dataset/schema";
import { seriousViolations, servePane, type ServedPane } from "./walkThrough";

/*
 * The chart of an opened table in the browser preview (production build, headless Chromium):
 * the points it draws are the table's rows, at 320 and 800 px, with axe clean. Screenshots for
 * the README as in taskpane.e2e.test.ts.
 */
const ROOT = join(__dirname, "../..");
const DIST = join(ROOT, "dist");
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS
  ? join(ROOT, "assets/screenshots")
  : join(DIST, "screenshots");

jest.setTimeout(60_000);

describe("chart of a table in the browser preview", () => {
  let pane: ServedPane;
  let page: Page;
  const pageErrors: string[] = [];
  let dataset: Dataset;

  beforeAll(async () => {
    pane = await servePane(DIST, pageErrors);
    ({ page, dataset } = pane);
  });

  afterAll(async () => {
    await pane?.close();
  });

  async function openChart(tableId: string) {
    const table = dataset.tables.find((t) => t.id === tableId)!;
    await page.getByRole("tab", { name: "Catalog" }).click();
    const back = page.getByRole("button", { name: "All tables" });
    if (await back.isVisible()) await back.click();
    await page.getByRole("button", { name: `Preview ${table.title}`, exact: true }).click();
    await page.getByRole("button", { name: "Chart", exact: true }).click();
    return table;
  }

  /** The drawn chart: its points as the data table lists them, and whether the canvas has ink. */
  async function drawn(title: string) {
    const figure = page.getByRole("figure", { name: `Chart of ${title}` });
    await figure.waitFor();
    const rows = figure.getByTestId("chart-data").locator("tbody tr");
    const labels = await rows.locator("td:first-child").allTextContents();
    const inked = await figure.locator("canvas").evaluate((c: HTMLCanvasElement) => {
      const { data } = c.getContext("2d")!.getImageData(0, 0, c.width, c.height);
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
      return n;
    });
    const box = await figure.boundingBox();
    return { labels, inked, width: box?.width ?? 0 };
  }

  const axe = (where: string) => seriousViolations(page, where);

  it("draws a timeline with one bar per event, at 800 and 320 px", async () => {
    const violations: string[] = [];
    const table = await openChart("sanctions-timeline");
    const titles = table.rows.map((id) => dataset.events.find((e) => e.id === id)!.title);
    const wide = await drawn(`${table.title}`);
    expect(wide.labels).toEqual(titles);
    expect(wide.inked).toBeGreaterThan(1000);
    violations.push(...(await axe("timeline chart, 800 px")));
    await shoot(page, `Chart of ${table.title}`, "chart-800.png");

    await page.setViewportSize({ width: 320, height: 900 });
    const narrow = await drawn(`${table.title}`);
    expect(narrow.labels).toEqual(titles);
    expect(narrow.inked).toBeGreaterThan(1000);
    expect(narrow.width).toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    violations.push(...(await axe("timeline chart, 320 px")));
    await shoot(page, `Chart of ${table.title}`, "chart-320.png");
    await page.setViewportSize({ width: 800, height: 900 });
    expect(violations).toEqual([]);
  });

  it("draws a one-unit figures table as columns, and a mixed one a unit at a time", async () => {
    const money = await openChart("money");
    const metrics = money.rows.map((id) => dataset.figures.find((f) => f.id === id)!.metric);
    const chart = await drawn(`${money.title} (USD)`);
    expect(chart.labels).toEqual(metrics);
    expect(chart.inked).toBeGreaterThan(1000);
    expect(await page.getByText(/In Excel, Insert chart adds this chart/).count()).toBe(1);

    const seizures = await openChart("seizures");
    const offers = page.getByRole("group", { name: /^Seizures has rows in \d+ units/ });
    const pounds = seizures.rows
      .map((id) => dataset.figures.find((f) => f.id === id)!)
      .filter((f) => f.unit === "pounds");
    expect(pounds.length).toBeGreaterThan(1);
    const offer = offers.getByRole("button", { name: `Chart pounds (${pounds.length} rows)` });
    await offer.focus();
    await page.keyboard.press("Enter");
    expect(await offer.getAttribute("aria-pressed")).toBe("true");
    const perUnit = await drawn("Seizures (pounds)");
    expect(perUnit.labels).toEqual(pounds.map((f) => f.metric));
    expect(perUnit.inked).toBeGreaterThan(1000);
    expect(await axe("a chart of one unit, 800 px")).toEqual([]);
    await page.setViewportSize({ width: 320, height: 900 });
    expect((await drawn("Seizures (pounds)")).width).toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    expect(await axe("a chart of one unit, 320 px")).toEqual([]);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await offers.locator("xpath=..").screenshot({ path: join(SCREENSHOTS, "chart-units-320.png") });
    await page.setViewportSize({ width: 800, height: 900 });
    expect(pageErrors).toEqual([]);
  });
});

/** A picture of the chart alone, for the README. */
async function shoot(page: Page, figure: string, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.getByRole("figure", { name: figure }).screenshot({ path: join(SCREENSHOTS, name) });
}
