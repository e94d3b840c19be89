import { join } from "node:path";
import type { Page } from "playwright-core";
import type { Dataset } from "../../src/core/dataset/schema";
import { checkPreviewFilters } from "./previewFilters";
import { checkTabBar } from "./tabBar";
import { seriousViolations, servePane, type ServedPane } from "./walkThrough";

/*
 * The pane at the width Excel opens it (320 px) and a wide one (800 px), in the production
 * build's browser preview: the Trace picker found by typing and chosen from the keyboard, and
 * the table preview's per-column filters, and the tab bar on one line with every view reachable.
 */
const DIST = join(__dirname, "../../dist");

jest.setTimeout(90_000);

describe("the pane at 320 and 800 px (dist/, browser preview)", () => {
  let pane: ServedPane;
  let page: Page;
  let dataset: Dataset;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    pane = await servePane(DIST, pageErrors);
    ({ page, dataset } = pane);
  });

  afterAll(async () => {
    await pane?.close();
  });

  afterEach(() => expect(pageErrors).toEqual([]));

  it.each([320, 800])(
    "finds a record in the Trace picker by typing and chooses it from the keyboard at %i px",
    async (width) => {
      await page.setViewportSize({ width, height: 800 });
      // Each width starts from a freshly opened pane, with no record chosen yet.
      await page.reload();
      await page.getByRole("tab", { name: "Trace" }).click();
      const box = page.getByRole("combobox", { name: "Figure or event to trace" });
      await box.click();
      // The pane finds records through the published search pieces, so nothing is listed until
      // words are typed: the list says so instead of reading as an empty search.
      const options = page.getByRole("listbox").getByRole("option");
      await options.first().waitFor();
      expect(await options.allTextContents()).toEqual([
        "Type words of a metric, event, value, date or document to find it.",
      ]);

      const record = dataset.figures.find((f) => f.unit === "pill_presses") ?? dataset.figures[0];
      const words = record.metric.split(" ").slice(0, 2).join(" ");
      await box.fill(words);
      await page.getByRole("listbox").getByRole("option", { disabled: false }).first().waitFor();
      const shown = await options.allTextContents();
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.length).toBeLessThan(dataset.figures.length + dataset.events.length);
      // No two lines alike, and the record sought is among them.
      expect(new Set(shown).size).toBe(shown.length);
      expect(shown.some((l) => l.toLowerCase().includes(words.toLowerCase()))).toBe(true);
      // The list stays inside the pane.
      const list = await page.getByRole("listbox").boundingBox();
      expect(list!.x).toBeGreaterThanOrEqual(0);
      expect(list!.x + list!.width).toBeLessThanOrEqual(width);
      expect(await seriousViolations(page, `trace picker at ${width} px`)).toEqual([]);

      await page.keyboard.press("ArrowDown");
      const active = await box.getAttribute("aria-activedescendant");
      const chosen = await page.locator(`[id="${active}"]`).textContent();
      await page.keyboard.press("Enter");
      const heading = page.locator("#trace-record");
      await heading.waitFor();
      expect(await box.inputValue()).toBe(chosen);
      expect(await page.locator("blockquote mark").count()).toBe(1);
      await box.fill("");
    },
  );

  it.each([320, 800])(
    "keeps the tab bar on one line, every view reachable by keyboard, at %i px",
    async (width) => {
      expect(await checkTabBar(page, width)).toEqual([]);
    },
  );

  it.each([320, 800])(
    "narrows the preview by a value range and shows its formula at %i px",
    async (width) => {
      expect(await checkPreviewFilters(page, dataset, width)).toEqual([]);
    },
  );
});
