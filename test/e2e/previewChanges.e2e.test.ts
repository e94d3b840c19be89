import { cpSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { Dataset } from "../../src/core/dataset/schema";
import { newerDataset, routeData, type PublishedData } from "./fakeHost/fakeExcelHost";
import { openView } from "./tabBar";
import { seriousViolations, servePane, type ServedPane } from "./walkThrough";

/*
 * Issue 16: the browser preview reads the published pieces and never loads the whole dataset,
 * so What changed compares the catalog in use with the one published now, reading both
 * versions of the tables whose pieces differ. A newer release is published at the pane's
 * data/ URLs beside the earlier one's table pieces (their names carry their hash, so a host may
 * keep them), and the list shows the changed record with its quote at 320 and 800 px.
 */
const DIST = join(__dirname, "../../dist");

jest.setTimeout(120_000);

describe("What changed in the browser preview, from the pieces (dist/)", () => {
  let pane: ServedPane;
  let page: Page;
  let dataset: Dataset;
  let data: PublishedData | undefined;
  const requests: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    pane = await servePane(DIST, pageErrors, async (p) => {
      p.on("request", (r) => requests.push(new URL(r.url()).pathname));
      data = await routeData(p);
    });
    ({ page, dataset } = pane);
  });

  afterAll(async () => {
    await pane?.close();
  });

  it("lists the changed record with its quote, reading only the changed table's pieces", async () => {
    const table = dataset.tables.find((t) => t.id === "seizures")!;
    const changedId = table.rows[0];
    const newer = newerDataset(dataset, (d) => {
      const changed = d.figures.find((f) => f.id === changedId)!;
      changed.value = (changed.value as number) + 1;
    });
    const tables = join(DIST, "data/pieces/tables");
    for (const file of readdirSync(tables))
      cpSync(join(tables, file), join(newer.dir, "pieces/tables", file), { force: false });
    data!.publish(newer.dir);

    await openView(page, "Refresh");
    const before = requests.length;
    await page.getByRole("button", { name: "What changed?" }).click();
    await page
      .getByRole("heading", {
        name: `What changed: dataset ${dataset.version} → ${newer.dataset.version}`,
      })
      .waitFor();
    // The figure is a row of each table that lists it: one change in each, no other table read.
    const holding = dataset.tables.filter((t) => t.rows.includes(changedId)).map((t) => t.id);
    await page.getByText(`0 added, 0 removed, ${holding.length} changed`).waitFor();
    const asked = requests.slice(before);
    expect(asked).not.toContain("/data/dataset.json");
    const tablePieces = asked.filter((p) => p.startsWith("/data/pieces/tables/"));
    expect(tablePieces.length).toBeLessThanOrEqual(2 * holding.length);
    for (const piece of tablePieces)
      expect(holding).toContain(piece.split("/").pop()!.split(".")[0]);

    const figure = dataset.figures.find((f) => f.id === changedId)!;
    const item = page
      .getByRole("region", { name: /^PT_Seizures/ })
      .locator(":scope > ul > li")
      .filter({ hasText: changedId });
    const violations: string[] = [];
    for (const width of [320, 800]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await item.textContent()).toContain("changed");
      const quote = item.locator("blockquote").first();
      await quote.scrollIntoViewIfNeeded();
      expect(await quote.isVisible()).toBe(true);
      expect(await quote.textContent()).toContain(
        figure.source.quote.split(/\s+/).slice(0, 4).join(" "),
      );
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      violations.push(...(await seriousViolations(page, `preview what changed at ${width} px`)));
    }
    expect(violations).toEqual([]);
    expect(requests).not.toContain("/data/dataset.json");
    expect(pageErrors).toEqual([]);
  });
});
