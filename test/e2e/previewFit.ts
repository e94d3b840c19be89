import type { Locator, Page } from "playwright-core";
import type { Dataset } from "../../src/core/dataset/schema";

/*
 * The table preview in a pane as narrow as Excel opens it (320 px) and a wide one (800 px),
 * opened from a card low in the Catalog: the preview starts at its title, the first column and
 * the value stay in view while the other columns scroll, and "All tables" returns to the card.
 */

const HEIGHT = 700;

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error(`${String(locator)} has no box (not rendered)`);
  return b;
}

/** Wholly inside the viewport, left to right, and at least its top row of pixels vertically. */
async function expectInView(locator: Locator, width: number) {
  const b = await box(locator);
  expect(b.x).toBeGreaterThanOrEqual(0);
  expect(b.x + b.width).toBeLessThanOrEqual(width);
  expect(b.y).toBeGreaterThanOrEqual(0);
  expect(b.y).toBeLessThan(HEIGHT);
}

/** The figures table whose card is lowest in the Catalog, so opening it starts scrolled down. */
export function lowFiguresTable(dataset: Dataset) {
  const figures = dataset.tables.filter((t) => t.kind === "figures");
  return figures[figures.length - 1];
}

export async function checkPreviewFit(
  page: Page,
  dataset: Dataset,
  width: number,
  whileOpen: () => Promise<void>,
) {
  await page.setViewportSize({ width, height: HEIGHT });
  await page.getByRole("tab", { name: "Catalog" }).click();
  const table = lowFiguresTable(dataset);
  const open = page.getByRole("button", { name: `Preview ${table.title}`, exact: true });
  await open.scrollIntoViewIfNeeded();
  const scrolledTo = await page.evaluate(() => window.scrollY);
  expect(scrolledTo).toBeGreaterThan(0);
  await open.click();

  const heading = page.getByRole("heading", { name: table.title, exact: true, level: 2 });
  await heading.waitFor();
  await expectInView(heading, width);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  const grid = page.getByRole("table", { name: table.title, exact: true });
  const firstHeader = grid.getByRole("columnheader").first();
  const valueHeader = grid.getByRole("columnheader", { name: "Value", exact: true });
  const firstValue = grid.getByRole("row").nth(1).getByRole("cell").nth(1);
  await expectInView(firstHeader, width);
  await expectInView(valueHeader, width);
  await expectInView(firstValue, width);
  expect((await firstValue.textContent())?.trim()).not.toBe("");

  // Scrolled to its last column, the grid still shows the first column and the value.
  const region = page.getByRole("region", { name: `Preview of ${table.title}` });
  const scrolled = await region.evaluate((el) => {
    el.scrollLeft = el.scrollWidth;
    const box = el as HTMLElement;
    return { left: box.scrollLeft, bar: box.offsetHeight - box.clientHeight };
  });
  expect(scrolled.left).toBeGreaterThan(0);
  expect(scrolled.bar).toBeGreaterThan(0); // a horizontal scrollbar is drawn
  const lastHeader = grid.getByRole("columnheader").last();
  await expectInView(lastHeader, width);
  await expectInView(firstHeader, width);
  await expectInView(valueHeader, width);
  const overlap =
    (await box(valueHeader)).x - ((await box(firstHeader)).x + (await box(firstHeader)).width);
  expect(Math.abs(overlap)).toBeLessThan(1); // side by side, neither covering the other
  await region.evaluate((el) => (el.scrollLeft = 0));
  await whileOpen();

  // Back: the list is where it was, with the card's Preview button focused.
  await page.getByRole("button", { name: "All tables" }).click();
  await open.waitFor();
  expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
    `Preview ${table.title}`,
  );
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolledTo)).toBeLessThan(2);
  await expectInView(open, width);
}
