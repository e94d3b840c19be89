import type { Page } from "playwright-core";
import type { Dataset } from "../../src/core/dataset/schema";
import { planTable } from "../../src/core/layout/planTable";
import { seriousViolations } from "./walkThrough";

/*
 * Per-column filters in the opened table at one pane width: a value range narrows the rows, the
 * equivalent =POLICY.TABLE formula follows, a comparison typed as free text leads to the same
 * filter, and every field stays inside the pane.
 */

/** The figures table with the most distinct values, so a range from its median narrows it. */
export function rangedTable(dataset: Dataset) {
  const figures = dataset.tables.filter((t) => t.kind === "figures" && t.id !== "all-figures");
  const distinct = (id: string) =>
    new Set(
      planTable(dataset, id, {}).rowIds.map((r) => dataset.figures.find((f) => f.id === r)?.value),
    ).size;
  return figures.reduce((best, t) => (distinct(t.id) > distinct(best.id) ? t : best));
}

const rowCount = async (page: Page) => {
  const text = await page.getByText(/^\d+ rows? ·/).textContent();
  return Number(/^(\d+)/.exec(text ?? "")![1]);
};

/** Returns serious axe findings with the filters set. */
export async function checkPreviewFilters(
  page: Page,
  dataset: Dataset,
  width: number,
): Promise<string[]> {
  await page.setViewportSize({ width, height: 800 });
  await page.getByRole("tab", { name: "Catalog" }).click();
  const table = rangedTable(dataset);
  await page.getByRole("button", { name: `Preview ${table.title}`, exact: true }).click();
  await page.getByRole("heading", { name: table.title, exact: true, level: 2 }).waitFor();
  const all = planTable(dataset, table.id, {});
  expect(await rowCount(page)).toBe(all.rowIds.length);

  await page.getByText("Filter by column").click();
  const from = page.getByRole("textbox", { name: "Value from" });
  const values = all.values.map(
    (r) => r[all.columns.findIndex((c) => c.key === "value")] as number,
  );
  const median = [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  await from.fill(String(median));
  const kept = planTable(dataset, table.id, { where: `value >= ${median}` }).rowIds.length;
  expect(kept).toBeGreaterThan(0);
  expect(kept).toBeLessThan(all.rowIds.length);
  await page.getByText(new RegExp(`^${kept} rows? ·`)).waitFor();
  const grid = page.getByRole("table", { name: table.title, exact: true });
  expect(await grid.getByRole("row").count()).toBe(kept + 1);
  const formula = page.getByLabel("Equivalent formula");
  expect(await formula.textContent()).toBe(`=POLICY.TABLE("${table.id}", , "value >= ${median}")`);
  expect(await page.getByText("Filter by column (1 set)").count()).toBe(1);

  // Every filter field and the formula stay inside the pane, however narrow.
  for (const field of [from, page.getByRole("textbox", { name: "Value to" }), formula]) {
    const b = (await field.boundingBox())!;
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width).toBeLessThanOrEqual(width);
  }
  const violations = await seriousViolations(page, `preview filters at ${width} px`);

  // Cleared, every row is back; a comparison typed as free text offers the same filter.
  await from.fill("");
  await page.getByText(new RegExp(`^${all.rowIds.length} rows? ·`)).waitFor();
  expect(await formula.count()).toBe(0);
  await page.getByRole("searchbox").fill(`>${median}`);
  await page.getByRole("button", { name: `Value from ${median}` }).click();
  await page.getByText(new RegExp(`^${kept} rows? ·`)).waitFor();
  expect(await page.getByRole("searchbox").inputValue()).toBe("");
  expect(await from.inputValue()).toBe(String(median));
  violations.push(...(await seriousViolations(page, `preview filter hint at ${width} px`)));

  await from.fill("");
  await page.getByRole("button", { name: "All tables" }).click();
  return violations;
}
