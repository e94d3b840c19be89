import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { buildScaleSite } from "../../src/cli/bench/scaleSite";
import type { Dataset } from "../../src/core/dataset/schema";
import { VIRTUALIZE_FROM } from "../../src/taskpane/views/previewColumns";
import { seriousViolations, servePane, type ServedPane } from "./walkThrough";

/*
 * A table long enough that the preview renders only the rows in view (@tanstack/react-virtual),
 * in the production build's browser preview: the seeds replicated to 60 documents and built by
 * `npm run dataset` (bench/scaleSite.ts; `npm run dataset:large` builds the same for a person),
 * so the longest table has hundreds of rows.
 * At 320 and 800 px: few row elements for many rows, the box and its horizontal scrollbar
 * inside the window, the last row reached by keyboard with the header and first column still in
 * view, and axe clean.
 */
const DIST = join(__dirname, "../../dist");
const SEEDS = join(__dirname, "../../seeds");
const DOCUMENTS = 60;

jest.setTimeout(120_000);

describe("the preview of a long table renders only the rows in view (dist/, Chromium)", () => {
  let work: string;
  let pane: ServedPane;
  let page: Page;
  let dataset: Dataset;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "policy-virtual-rows-"));
    const site = await buildScaleSite(DIST, SEEDS, DOCUMENTS, work);
    pane = await servePane(site.root, pageErrors);
    ({ page, dataset } = pane);
  });

  afterAll(async () => {
    await pane?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  afterEach(() => expect(pageErrors).toEqual([]));

  /** Whether `inner` lies inside `outer`'s visible box, to within a pixel. */
  async function within(inner: Locator, outer: Locator) {
    const [a, b] = [await inner.boundingBox(), await outer.boundingBox()];
    if (!a || !b) throw new Error("not rendered");
    return (
      a.x >= b.x - 1 &&
      a.y >= b.y - 1 &&
      a.x + Math.min(a.width, 40) <= b.x + b.width + 1 &&
      a.y + a.height <= b.y + b.height + 1
    );
  }

  it.each([320, 800])(
    "scrolls the longest table to its last row by keyboard at %i px",
    async (width) => {
      const table = [...dataset.tables].sort((a, b) => b.rows.length - a.rows.length)[0];
      const rows = table.rows.length;
      expect(rows).toBeGreaterThan(VIRTUALIZE_FROM);

      await page.setViewportSize({ width, height: 800 });
      await page.getByRole("tab", { name: "Catalog" }).click();
      const back = page.getByRole("button", { name: "All tables" });
      if (await back.isVisible()) await back.click();
      await page.getByRole("button", { name: `Preview ${table.title}`, exact: true }).click();
      const grid = page.getByRole("table", { name: table.title, exact: true });
      await grid.waitFor();
      expect(await grid.getAttribute("aria-rowcount")).toBe(String(rows + 1));
      await page.getByText(new RegExp(`^${rows} rows`)).waitFor();

      const bodyRows = grid.locator("tbody tr[aria-rowindex]");
      await bodyRows.first().waitFor();
      const rendered = await bodyRows.count();
      expect(rendered).toBeGreaterThan(5);
      expect(rendered).toBeLessThan(rows / 5);

      const region = page.getByRole("region", { name: `Preview of ${table.title}` });
      // Opened at its top, the box ends inside the window, so its horizontal scrollbar (drawn
      // at its bottom edge) is on screen, not below hundreds of rows.
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      const fit = await region.evaluate((el) => ({
        bottom: el.getBoundingClientRect().bottom,
        scrollbar: (el as HTMLElement).offsetHeight - el.clientHeight,
        scrolls: el.scrollWidth > el.clientWidth,
      }));
      expect(fit.bottom).toBeLessThanOrEqual(800);
      if (fit.scrolls) expect(fit.scrollbar).toBeGreaterThan(0);
      if (width === 320) expect(fit.scrolls).toBe(true);
      await region.focus();
      const top = await region.evaluate((el) => el.scrollTop);
      await page.keyboard.press("PageDown");
      await page.waitForFunction((t) => {
        const el = document.querySelector<HTMLElement>('[role="region"][aria-label^="Preview of"]');
        return el !== null && el.scrollTop > t;
      }, top);
      await page.keyboard.press("End");
      const lastRow = grid.locator(`tbody tr[aria-rowindex="${rows + 1}"]`);
      await lastRow.waitFor();
      // Rows are measured as they render, so the list's height may still change after End: let
      // the scrolling settle, then ask that the last row itself sits inside the scrolled box.
      let before = -1;
      for (let i = 0; i < 40; i++) {
        const now = await region.evaluate((el) => el.scrollTop);
        if (now === before) break;
        before = now;
        await page.waitForTimeout(250);
      }
      const lastInBox = await region.evaluate((el, index) => {
        const row = el.querySelector<HTMLElement>(`tbody tr[aria-rowindex="${index}"]`);
        if (!row) return false;
        const box = el.getBoundingClientRect();
        const at = row.getBoundingClientRect();
        return at.top >= box.top - 1 && at.bottom <= box.bottom + 1;
      }, rows + 1);
      expect(lastInBox).toBe(true);
      expect(await bodyRows.count()).toBeLessThan(rows / 5);
      expect(await grid.locator('tbody tr[aria-rowindex="2"]').count()).toBe(0);

      // The row is shown, not a blank spacer: the kept columns hold its text, in view.
      expect((await lastRow.textContent())?.trim()).not.toBe("");
      expect(await within(lastRow.getByRole("cell").first(), region)).toBe(true);
      expect(await within(lastRow.getByRole("cell").nth(1), region)).toBe(true);
      expect(await within(grid.getByRole("columnheader").first(), region)).toBe(true);
      expect(await within(grid.getByRole("columnheader").nth(1), region)).toBe(true);

      // Home brings the first rows back.
      await page.keyboard.press("Home");
      await grid.locator('tbody tr[aria-rowindex="2"]').waitFor();
      // The page around the preview is checked by the other walk-throughs; here its long grid.
      const preview = '[role="region"][aria-label^="Preview of"]';
      expect(await seriousViolations(page, `long preview at ${width} px`, preview)).toEqual([]);
      await page.getByRole("button", { name: "All tables" }).click();
    },
  );
});
