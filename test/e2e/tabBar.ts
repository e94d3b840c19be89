import type { Locator, Page } from "playwright-core";
import { seriousViolations } from "./walkThrough";

/*
 * The pane's tab bar at one width: one line (every visible tab shares a top and ends inside the
 * pane), each view reached from the keyboard along the bar or through its More menu, and the
 * Search view's Category select wholly on screen.
 */

export const VIEW_LABELS = ["Catalog", "Search", "Trace", "Refresh", "Conflicts", "About"];

/** Whether the element `locator` finds (if any) has the keyboard focus. */
const focused = async (locator: Locator) =>
  (await locator.count()) === 1 && (await locator.evaluate((el) => el === document.activeElement));

/** The visible controls of the bar (tabs and More), each with its box. */
async function barItems(page: Page) {
  const items = page.getByRole("tablist", { name: "Policy Tables views" }).getByRole("tab");
  const shown: { name: string; x: number; y: number; right: number }[] = [];
  for (const item of await items.all()) {
    if (!(await item.isVisible())) continue;
    const b = (await item.boundingBox())!;
    const name = (
      (await item.getAttribute("aria-label")) ??
      (await item.textContent()) ??
      ""
    ).trim();
    shown.push({ name, x: b.x, y: b.y, right: b.x + b.width });
  }
  return shown;
}

/** Moves along the bar with the arrow keys from its first tab to `label`, by More if it is hidden. */
async function reachByKeyboard(page: Page, label: string) {
  await page.getByRole("tab", { name: "Catalog", exact: true }).focus();
  const tab = page.getByRole("tab", { name: label, exact: true });
  const more = page.getByRole("tab", { name: /^More views/ });
  for (let step = 0; step < VIEW_LABELS.length + 2; step++) {
    if (await focused(tab)) {
      await page.keyboard.press("Enter");
      return "bar";
    }
    if (await focused(more)) {
      await page.keyboard.press("Enter");
      await page.getByRole("menu", { name: "More views" }).waitFor();
      const item = page.getByRole("menuitem", { name: label, exact: true });
      for (let i = 0; i < VIEW_LABELS.length; i++) {
        if (await focused(item)) {
          await page.keyboard.press("Enter");
          return "menu";
        }
        await page.keyboard.press("ArrowDown");
      }
      throw new Error(`${label} is neither a tab of the bar nor an item of its More menu`);
    }
    await page.keyboard.press("ArrowRight");
  }
  throw new Error(`${label} was not reached along the tab bar`);
}

/** Returns serious axe findings; fails when the bar wraps or a view cannot be reached. */
export async function checkTabBar(page: Page, width: number): Promise<string[]> {
  await page.setViewportSize({ width, height: 800 });
  await page.getByRole("tab", { name: "Catalog", exact: true }).click();
  const violations: string[] = [];
  const via: Record<string, string> = {};
  for (const label of VIEW_LABELS) {
    via[label] = await reachByKeyboard(page, label);
    const tab = page.getByRole("tab", { name: label, exact: true });
    await expect(tab.getAttribute("aria-selected")).resolves.toBe("true");
    // The chosen view's tab is in the bar, with the focus on it, and labels the panel.
    await tab.waitFor({ state: "visible" });
    const id = await tab.getAttribute("id");
    await page.waitForFunction((tabId) => document.activeElement?.id === tabId, id);
    expect(await page.getByRole("tabpanel").getAttribute("aria-labelledby")).toBe(id);
    const items = await barItems(page);
    const tops = new Set(items.map((i) => Math.round(i.y)));
    expect([label, tops.size]).toEqual([label, 1]);
    for (const i of items) {
      expect(i.x).toBeGreaterThanOrEqual(0);
      expect(i.right).toBeLessThanOrEqual(width);
    }
    if (label === "Search") {
      const category = page.getByRole("combobox", { name: /Category/ });
      await category.waitFor();
      const b = (await category.boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(width);
      // Its whole choice fits inside the select, beside the chevron.
      const fit = await category.evaluate((el) => {
        const select = el as HTMLSelectElement;
        const css = getComputedStyle(select);
        const ctx = document.createElement("canvas").getContext("2d")!;
        ctx.font = css.font;
        const text = ctx.measureText(select.options[select.selectedIndex].text).width;
        const room =
          select.clientWidth - parseFloat(css.paddingLeft) - parseFloat(css.paddingRight);
        return { text, room };
      });
      expect(fit.text).toBeLessThanOrEqual(fit.room);
    }
    if (via[label] === "menu" || label === "Catalog")
      violations.push(...(await seriousViolations(page, `tab bar at ${width} px on ${label}`)));
  }
  // A narrow pane puts some views under More; a wide one shows every tab.
  const menuViews = Object.values(via).filter((v) => v === "menu").length;
  if (width >= 800) expect(menuViews).toBe(0);
  else expect(menuViews).toBeGreaterThan(0);
  if (menuViews > 0) {
    // Escape closes the More menu and gives the focus back to More.
    const more = page.getByRole("tab", { name: /^More views/ });
    await more.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("menu", { name: "More views" }).waitFor();
    await page.keyboard.press("Escape");
    await page.getByRole("menu", { name: "More views" }).waitFor({ state: "detached" });
    expect(await focused(more)).toBe(true);
    expect(await more.getAttribute("aria-expanded")).toBe("false");
  }
  await page.getByRole("tab", { name: "Catalog", exact: true }).click();
  return violations;
}

/** Opens a view as a user would: by its tab when the bar shows it, else through the More menu. */
export async function openView(page: Page, label: string) {
  const tab = page.getByRole("tab", { name: label, exact: true });
  if ((await tab.count()) === 1 && (await tab.isVisible())) return tab.click();
  await page.getByRole("tab", { name: /^More views/ }).click();
  await page.getByRole("menuitem", { name: label, exact: true }).click();
  await tab.waitFor({ state: "visible" });
}
