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

/** Goes to the Catalog at this width and brings the card's Preview button of `title` into view. */
async function previewButton(page: Page, title: string, width: number) {
  await page.setViewportSize({ width, height: HEIGHT });
  await page.getByRole("tab", { name: "Catalog" }).click();
  const open = page.getByRole("button", { name: `Preview ${title}`, exact: true });
  await open.scrollIntoViewIfNeeded();
  return open;
}

/** Whether `right` starts where `left` ends: side by side, neither covering the other. */
async function sideBySide(left: Locator, right: Locator) {
  const l = await box(left);
  expect(Math.abs((await box(right)).x - (l.x + l.width))).toBeLessThan(1);
}

export async function checkPreviewFit(
  page: Page,
  dataset: Dataset,
  width: number,
  whileOpen: () => Promise<void>,
) {
  const table = lowFiguresTable(dataset);
  const open = await previewButton(page, table.title, width);
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
    const style = getComputedStyle(box);
    const borders = parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth);
    return {
      left: box.scrollLeft,
      scrolls: box.scrollWidth > box.clientWidth && /auto|scroll/.test(style.overflowX),
      // What the horizontal scrollbar takes of the box's height: drawn, not 0 px or hidden.
      scrollbarHeight: box.offsetHeight - box.clientHeight - borders,
    };
  });
  expect(scrolled.left).toBeGreaterThan(0);
  expect(scrolled.scrolls).toBe(true);
  expect(scrolled.scrollbarHeight).toBeGreaterThan(0);
  const lastHeader = grid.getByRole("columnheader").last();
  await expectInView(lastHeader, width);
  await expectInView(firstHeader, width);
  await expectInView(valueHeader, width);
  await sideBySide(firstHeader, valueHeader);
  // Beside the two columns that stay, the box shows at least a column of the narrowest width
  // (64 px) of those that scroll, and the last of them ends inside the box.
  const value = await box(valueHeader);
  const last = await box(lastHeader);
  const inside = await region.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.left + el.clientLeft + el.clientWidth;
  });
  expect(inside - (value.x + value.width)).toBeGreaterThanOrEqual(64);
  expect(last.x + last.width).toBeLessThanOrEqual(inside + 1);
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

/**
 * A timeline at this width: its first column is the date, so the event's title stays in view
 * beside it while the other columns scroll (a date alone says nothing of the row).
 */
export async function checkTimelineFit(page: Page, dataset: Dataset, width: number) {
  const table = dataset.tables.filter((t) => t.kind === "events").at(-1)!;
  const open = await previewButton(page, table.title, width);
  await open.click();
  const grid = page.getByRole("table", { name: table.title, exact: true });
  const dateHeader = grid.getByRole("columnheader").first();
  await dateHeader.waitFor();
  const titleAt = (await grid.getByRole("columnheader").allTextContents()).findIndex((h) =>
    /^(Event|Title)/.test(h.trim()),
  );
  expect(titleAt).toBeGreaterThan(0);
  const titleHeader = grid.getByRole("columnheader").nth(titleAt);
  const firstTitle = grid.getByRole("row").nth(1).getByRole("cell").nth(titleAt);
  const region = page.getByRole("region", { name: `Preview of ${table.title}` });
  await region.evaluate((el) => (el.scrollLeft = el.scrollWidth));
  expect(await region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  for (const cell of [dateHeader, titleHeader, firstTitle, grid.getByRole("columnheader").last()])
    await expectInView(cell, width);
  expect((await firstTitle.textContent())?.trim()).not.toBe("");
  await sideBySide(dateHeader, titleHeader);
  await region.evaluate((el) => (el.scrollLeft = 0));
  await page.getByRole("button", { name: "All tables" }).click();
  await open.waitFor();
}
