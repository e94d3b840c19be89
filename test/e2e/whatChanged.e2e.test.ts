import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { Dataset } from "../../src/core/dataset/schema";
import {
  newerDataset,
  serveInFakeExcel,
  type FakeExcelPane,
  type PublishedData,
} from "./fakeHost/fakeExcelHost";
import { openView } from "./tabBar";
import { seriousViolations } from "./walkThrough";

/*
 * What changed, walked through in the production build at 320 and 800 px with a workbook that
 * holds an inserted table. The browser preview has no workbook (it compares two datasets as
 * if every table were inserted), so the pane runs in the fake Excel host instead
 * (fakeHost/officeHost.ts: test/fakes/excel.ts behind the Office.js globals): the table is
 * inserted through the Catalog, a newer dataset is then published at the pane's data/ URLs,
 * and What changed lists what Refresh would do to that table.
 */
const ROOT = join(__dirname, "../..");
const DIST = join(ROOT, "dist");
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS
  ? join(ROOT, "assets/screenshots")
  : join(DIST, "screenshots");

jest.setTimeout(120_000);

/** Write operations the fake workbook has run since the page opened. */
const writeOps = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { fakeExcel: { workbook: { stats: { writeOps: number } } } }).fakeExcel
        .workbook.stats.writeOps,
  );

/** Inserts the dataset table `title` on a new sheet through the Catalog. */
async function insertFromCatalog(page: Page, title: string, rows: number) {
  await page.getByRole("tab", { name: "Catalog" }).click();
  const back = page.getByRole("button", { name: "All tables" });
  if (await back.isVisible()) await back.click();
  await page.getByRole("button", { name: `Preview ${title}`, exact: true }).click();
  await page.getByRole("button", { name: "Insert on new sheet" }).click();
  await page.getByText(new RegExp(`Inserted ${rows} rows as table PT_`)).waitFor();
}

describe("What changed in a workbook holding an inserted table (dist/, fake Excel host)", () => {
  let pane: FakeExcelPane;
  let page: Page;
  let dataset: Dataset;
  let data: PublishedData;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    pane = await serveInFakeExcel(DIST, pageErrors);
    ({ page, dataset, data } = pane);
  });

  afterAll(async () => {
    await pane?.close();
  });

  it("lists the records added, removed and changed with their quotes, nothing cut at 320 px, by keyboard, axe clean", async () => {
    // Counts of sanctions: one count revised, one record withdrawn, one count added.
    const sanctions = dataset.tables.find((t) => t.id === "sanctions")!;
    await insertFromCatalog(page, sanctions.title, sanctions.rows.length);
    const changedId = sanctions.rows[sanctions.rows.length - 1];
    const removedId = sanctions.rows[sanctions.rows.length - 2];
    const addedId = dataset.tables.find((t) => t.id === "prosecutions")!.rows[0];
    const newer = newerDataset(dataset, (d) => {
      const changed = d.figures.find((f) => f.id === changedId)!;
      changed.value = (changed.value as number) + 1;
      d.tables.find((t) => t.id === "sanctions")!.rows = [
        ...sanctions.rows.filter((id) => id !== removedId),
        addedId,
      ];
    });
    data.publish(newer.dir);

    const writesBefore = await writeOps(page);
    await openView(page, "Refresh");
    await page.getByRole("button", { name: "What changed?" }).click();
    const heading = page.getByRole("heading", {
      name: `What changed: dataset ${dataset.version} → ${newer.dataset.version}`,
    });
    await heading.waitFor();
    expect(await writeOps(page)).toBe(writesBefore);
    await page.getByText("1 added, 1 removed, 1 changed").waitFor();

    const list = page.getByRole("region", { name: /^PT_Sanctions/ }).locator(":scope > ul > li");
    const record = (id: string) => list.filter({ hasText: id });
    const expected = [
      { id: changedId, kind: "changed" },
      { id: removedId, kind: "removed" },
      { id: addedId, kind: "added" },
    ];
    const violations: string[] = [];
    for (const width of [320, 800]) {
      await page.setViewportSize({ width, height: 900 });
      for (const { id, kind } of expected) {
        const item = record(id);
        expect(await item.count()).toBe(1);
        expect(await item.textContent()).toContain(kind);
        const figure = [...dataset.figures, ...newer.dataset.figures].find((f) => f.id === id)!;
        const quote = item.locator("blockquote, dd").first();
        await quote.scrollIntoViewIfNeeded();
        expect(await quote.isVisible()).toBe(true);
        // The quote as the table shows it: its first words at least, whatever markup it held.
        const words = figure.source.quote.split(/\s+/).slice(0, 4).join(" ");
        expect(await quote.textContent()).toContain(words);
        // Nothing cut sideways: the record's box ends inside the pane, and it wraps.
        const fit = await item.evaluate((li) => ({
          right: li.getBoundingClientRect().right,
          overflow: [li, ...li.querySelectorAll("*")].some(
            (e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== "visible",
          ),
        }));
        expect(fit.right).toBeLessThanOrEqual(width);
        expect(fit.overflow).toBe(false);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      violations.push(...(await seriousViolations(page, `what changed at ${width} px`)));
      if (width === 320) await shoot(page, "changes-320.png");
    }
    expect(violations).toEqual([]);

    // Keyboard: the list takes the focus when it opens; Tab reaches Close, which hands the
    // focus back to What changed?; Escape closes it as well.
    await page.setViewportSize({ width: 320, height: 900 });
    const opener = page.getByRole("button", { name: "What changed?" });
    const focused = () => page.evaluate(() => document.activeElement?.textContent);
    await opener.focus();
    await page.keyboard.press("Enter");
    await heading.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("what-changed");
    let presses = 0;
    while (
      presses < 40 &&
      (await page.evaluate(() => document.activeElement?.textContent)) !== "Close"
    ) {
      await page.keyboard.press("Tab");
      presses += 1;
    }
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Close");
    await page.keyboard.press("Enter");
    await heading.waitFor({ state: "detached" });
    expect(await focused()).toBe("What changed?");
    await page.keyboard.press("Enter");
    await heading.waitFor();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Escape");
    await heading.waitFor({ state: "detached" });
    expect(await focused()).toBe("What changed?");
    expect(await writeOps(page)).toBe(writesBefore);
    expect(pageErrors).toEqual([]);
  });
});

/**
 * The change list alone, for the README. A list taller than the window is shot through a
 * window stretched to hold it, whose scrollbar goes away as it stretches: the list widens by the
 * scrollbar's width after its box was measured, and its right edge is cut. The window is made
 * that tall first, so the list is laid out once.
 */
async function shoot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const size = page.viewportSize()!;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
  await page
    .getByRole("region", { name: /^What changed/ })
    .screenshot({ path: join(SCREENSHOTS, name) });
  await page.setViewportSize(size);
}
