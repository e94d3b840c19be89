import AxeBuilder from "@axe-core/playwright";
import ExcelJS from "exceljs";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { Dataset } from "../../src/core/dataset/schema";
import { launchChromium, type Chromium, type LaunchOptions } from "../helpers/chromium";
import { serveDirectory, type Served } from "../helpers/serveDirectory";
import { displayQuote } from "../../src/core/dataset/displayText";
import { checkPreviewFit, checkTimelineFit } from "./previewFit";

/*
 * What a person does with the task pane in the browser preview (Office.onReady with no host):
 * browse the catalog, preview and sort a table, download the workbook and read it back with
 * exceljs, search, trace, switch to dark, with axe run on every view. Shared by the runs
 * against the dev server and against the production build on a static host.
 */

/** The browser the walk-through expects: a wide pane, light, and no animations in pictures. */
export const PANE_BROWSER: LaunchOptions = {
  acceptDownloads: true,
  viewport: { width: 800, height: 900 },
  colorScheme: "light",
  // Screenshots without half-finished transitions (Fluent honours reduced motion).
  reducedMotion: "reduce",
  // Scrollbars drawn as in a desktop pane, so the preview's sideways scrollbar can be measured.
  ignoreDefaultArgs: ["--hide-scrollbars"],
};

/** The dataset `npm run dataset` built into `dir`, or a failure saying how to build it. */
export function readBuiltDataset(dir: string): Dataset {
  const file = join(dir, "dataset.json");
  if (!existsSync(file))
    throw new Error(`${file} is missing: run \`npm run dataset\` first (npm test does).`);
  return JSON.parse(readFileSync(file, "utf8"));
}

export interface WalkThrough {
  page: Page;
  browser: Chromium;
  dataset: Dataset;
  /** Where to save the 320 px and 800 px screenshots; null for none. */
  screenshots: string | null;
  pageErrors: string[];
}

/**
 * Tabster (Fluent's focus manager) puts aria-hidden, focusable <i data-tabster-dummy> bumpers
 * around arrow-key groups such as the tab list; they hand focus on at once and are hidden so
 * screen readers skip them. axe's aria-hidden-focus flags them: a documented false positive
 * (microsoft/tabster#288, microsoft/fluentui#25133) that Accessibility Insights suppresses the
 * same way. Only those nodes are dropped; any other aria-hidden-focus node still fails.
 */
const isTabsterBumper = (html: string) => /^<i [^>]*data-tabster-dummy/.test(html);

/** Serious or critical axe findings on the page as it is now, each prefixed with `where`. */
export async function seriousViolations(
  page: Page,
  where: string,
  /** A CSS selector to check alone, where the rest of the page is checked elsewhere. */
  include?: string,
): Promise<string[]> {
  const axe = new AxeBuilder({ page });
  const result = await (include ? axe.include(include) : axe).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) =>
      v.id === "aria-hidden-focus"
        ? { ...v, nodes: v.nodes.filter((n) => !isTabsterBumper(n.html)) }
        : v,
    )
    .filter((v) => v.nodes.length > 0)
    .map(
      (v) =>
        `${where}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );
}

export interface ServedPane {
  served: Served;
  browser: Chromium;
  page: Page;
  dataset: Dataset;
  close(): Promise<void>;
}

/**
 * The production build in `dist` over plain http (the files a static host would serve),
 * opened in Chromium with PANE_BROWSER and waited on until its dataset shows. `prepare` runs
 * on the page before it opens (routes: fakeHost/fakeExcelHost.ts opens the pane "in Excel").
 */
export async function servePane(
  dist: string,
  pageErrors: string[],
  prepare?: (page: Page) => Promise<void>,
): Promise<ServedPane> {
  if (!existsSync(join(dist, "taskpane.html")))
    throw new Error("dist/taskpane.html is missing: run `npm run build` first (npm test does).");
  const dataset = readBuiltDataset(join(dist, "data"));
  const served = await serveDirectory(dist, { index: "taskpane.html" });
  const browser = await launchChromium(PANE_BROWSER);
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.setDefaultTimeout(20_000);
  await prepare?.(page);
  await openPane(page, `${served.origin}/taskpane.html`, dataset, pageErrors);
  return {
    served,
    browser,
    page,
    dataset,
    close: async () => {
      await browser.close();
      await served.close();
    },
  };
}

/** Opens the pane at `url` with an 800 × 900 viewport and waits for the dataset to load. */
export async function openPane(page: Page, url: string, dataset: Dataset, pageErrors: string[]) {
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(url);
  await page.getByText(`Dataset ${dataset.version}`).waitFor();
}

export async function walkThrough({
  page,
  browser,
  dataset,
  screenshots,
  pageErrors,
}: WalkThrough): Promise<void> {
  const shoot = async (name: string) => {
    if (screenshots) await page.screenshot({ path: join(mkdirs(screenshots), name) });
  };
  const violations: string[] = [];
  await page.getByText("Browser preview").waitFor();

  // Catalog: every table with its row count.
  const cards = page.getByRole("tabpanel").getByRole("article");
  await cards.first().waitFor();
  expect(await cards.count()).toBe(dataset.tables.length);
  const first = dataset.tables.find((t) => t.kind === "figures" && t.rows.length > 1)!;
  expect(
    await page.getByRole("article", { name: first.title, exact: true }).textContent(),
  ).toContain(`${first.rows.length} rows`);
  violations.push(...(await seriousViolations(page, "catalog")));

  // The preview fits a narrow and a wide pane, opens at its top, and Back finds the card again.
  await checkPreviewFit(page, dataset, 320, async () => {
    violations.push(...(await seriousViolations(page, "preview at 320 px")));
    await shoot("preview-320.png");
  });
  await checkPreviewFit(page, dataset, 800, async () => {
    violations.push(...(await seriousViolations(page, "preview at 800 px")));
  });
  await checkTimelineFit(page, dataset, 320);
  await checkTimelineFit(page, dataset, 800);
  await page.setViewportSize(PANE_BROWSER.viewport!);

  // Preview: the table, sorted by Value both ways, then filtered.
  await page.getByRole("button", { name: `Preview ${first.title}`, exact: true }).click();
  const grid = page.getByRole("table", { name: first.title, exact: true });
  await grid.waitFor();
  expect(await grid.getByRole("row").count()).toBe(first.rows.length + 1);
  const valueHeader = grid.getByRole("button", { name: "Value", exact: true });
  await valueHeader.click();
  await page.getByText(/sorted by Value ascending/).waitFor();
  await valueHeader.click();
  await page.getByText(/sorted by Value descending/).waitFor();
  // Per-column filter: values from the median up keep fewer rows, and the formula says so.
  await page.getByText("Filter by column").click();
  const values = first.rows
    .map((id) => dataset.figures.find((f) => f.id === id)!.value)
    .sort((a, b) => a - b);
  const median = values[Math.floor(values.length / 2)];
  await page.getByRole("textbox", { name: "Value from" }).fill(String(median));
  const kept = first.rows.filter(
    (id) => dataset.figures.find((f) => f.id === id)!.value >= median,
  ).length;
  expect(kept).toBeLessThan(first.rows.length);
  await page.getByText(new RegExp(`^${kept} rows?`)).waitFor();
  expect(await grid.getByRole("row").count()).toBe(kept + 1);
  expect(await page.getByLabel("Equivalent formula").textContent()).toContain(
    `=POLICY.TABLE("${first.id}"`,
  );
  expect(await page.getByLabel("Equivalent formula").textContent()).toContain(`value >= ${median}`);
  violations.push(...(await seriousViolations(page, "preview")));
  await page.getByRole("textbox", { name: "Value from" }).fill("");

  // Download workbook, then read it back: the table is there with every row.
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download workbook" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`policy-tables-${dataset.version}.xlsx`);
  const saved = join(browser.profile, download.suggestedFilename());
  await download.saveAs(saved);
  await page.getByText(/Saved policy-tables-/).waitFor();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(saved);
  const tables = workbook.worksheets.flatMap((ws) =>
    Object.values(
      (
        ws as unknown as {
          tables: Record<string, { table: { name: string; tableRef?: string; ref?: string } }>;
        }
      ).tables ?? {},
    ).map((t) => ({ ws, t: t.table })),
  );
  const inserted = tables.find(({ t }) => t.name === `PT_${pascal(first.id)}`);
  expect(inserted).toBeDefined();
  const cells: unknown[] = [];
  inserted!.ws.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
  for (const id of first.rows) {
    expect(cells).toContain(dataset.figures.find((f) => f.id === id)!.value);
  }

  // Keyboard: arrow keys move along the tab list, Enter opens the view.
  await page.getByRole("tab", { name: "Catalog" }).focus();
  await page.keyboard.press("ArrowRight");
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-search");
  await page.keyboard.press("Enter");
  await page.locator('#tab-search[aria-selected="true"]').waitFor();

  // Search, then trace the best hit.
  await page.getByRole("searchbox", { name: "Search figures and events" }).fill("fentanyl seized");
  const results = page.getByRole("list", { name: "Results" }).getByRole("listitem");
  await results.first().waitFor();
  await page.setViewportSize({ width: 320, height: 900 });
  violations.push(...(await seriousViolations(page, "search")));
  await results
    .first()
    .getByRole("button", { name: /^Trace / })
    .click();
  await page.locator('#tab-trace[aria-selected="true"]').waitFor();
  const mark = page.locator("blockquote mark");
  await mark.waitFor();
  expect(await mark.count()).toBe(1);
  const quote = (await mark.textContent()) ?? "";
  // Trace highlights the quote as people read it (conversion markup removed).
  const quotes = [...dataset.figures, ...dataset.events].map((r) => displayQuote(r.source.quote));
  expect(quotes).toContain(quote);
  await page.getByText("Current", { exact: true }).waitFor();
  violations.push(...(await seriousViolations(page, "trace")));
  await shoot("taskpane-320.png");

  // Nothing overflows the narrow pane sideways.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(overflow).toBeLessThanOrEqual(320);

  // The catalog preview at a wide pane for the second screenshot.
  await page.setViewportSize({ width: 800, height: 900 });
  await page.getByRole("tab", { name: "Catalog" }).click();
  await page.getByRole("button", { name: `Preview ${first.title}`, exact: true }).click();
  await shoot("taskpane-800.png");

  for (const view of ["Conflicts", "About"]) {
    await page.getByRole("tab", { name: view }).click();
    violations.push(...(await seriousViolations(page, view.toLowerCase())));
  }

  // The browser asks for dark: the pane follows at once, and stays readable.
  await page.emulateMedia({ colorScheme: "dark" });
  const background = () =>
    page.evaluate(
      () => getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor,
    );
  await page.waitForFunction(
    () =>
      getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor !==
      "rgb(255, 255, 255)",
  );
  expect(await background()).toBe("rgb(41, 41, 41)");
  await page.getByRole("tab", { name: "Catalog" }).click();
  violations.push(...(await seriousViolations(page, "catalog (dark)")));

  expect(violations).toEqual([]);
  expect(pageErrors).toEqual([]);
}

function pascal(id: string): string {
  return id
    .split("-")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");
}

function mkdirs(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}
