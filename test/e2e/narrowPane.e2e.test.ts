import { join } from "node:path";
import type { Page } from "playwright-core";
import { displayQuote } from "../../src/core/dataset/displayText";
import type { Dataset, Figure } from "../../src/core/dataset/schema";
import { figureText } from "../../src/taskpane/views/format";
import { checkPreviewFilters } from "./previewFilters";
import { checkTabBar } from "./tabBar";
import { seriousViolations, servePane, type ServedPane } from "./walkThrough";

/*
 * The pane at the width Excel opens it (320 px) and a wide one (800 px), in the production
 * build's browser preview: the Trace picker found by typing and chosen from the keyboard, then
 * typed over and another record chosen, the table preview's per-column filters, and the tab
 * bar on one line with every view reachable.
 */
const DIST = join(__dirname, "../../dist");

function figure(dataset: Dataset, id: string): Figure {
  const found = dataset.figures.find((f) => f.id === id);
  if (!found)
    throw new Error(`The built dataset has no figure "${id}" for the picker walk-through.`);
  return found;
}

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
    "after a choice, finds another record by typing over it and traces that one at %i px",
    async (width) => {
      await page.setViewportSize({ width, height: 800 });
      await page.reload();
      await page.getByRole("tab", { name: "Trace" }).click();
      const box = page.getByRole("combobox", { name: "Figure or event to trace" });
      const listed = page.getByRole("listbox").getByRole("option", { disabled: false });
      // The record Trace shows, once it is the one named.
      const traced = async (f: Figure) => {
        const heading = page.locator("#trace-record");
        await heading.filter({ hasText: figureText(f) }).waitFor();
        return heading.textContent();
      };
      const first = figure(dataset, "dhs-pill-presses-seized-fy2023");
      const second = figure(dataset, "cbp-forward-operating-laboratories");
      const third = figure(dataset, "dhs-currency-seized-fy2023");

      await box.click();
      await page.keyboard.type("pill presses");
      await listed.filter({ hasText: first.metric }).click();
      expect(await traced(first)).toBe(figureText(first));

      // As a person retypes: select the chosen label and type words over it. The combobox
      // drops its selection when the text no longer begins an option; the words must stay.
      await box.click();
      await page.keyboard.press("ControlOrMeta+a");
      await page.keyboard.type("frontline laboratories");
      expect(await box.inputValue()).toBe("frontline laboratories");
      const option = listed.filter({ hasText: second.metric });
      await option.waitFor();
      // Only records the new words find are listed; the one traced is not offered again.
      expect(await listed.filter({ hasText: first.metric }).count()).toBe(0);
      const list = await page.getByRole("listbox").boundingBox();
      expect(list!.x + list!.width).toBeLessThanOrEqual(width);
      await option.click();
      expect(await traced(second)).toBe(figureText(second));
      expect(await box.inputValue()).toContain(second.metric);
      expect(await page.locator("blockquote mark").textContent()).toBe(
        displayQuote(second.source.quote),
      );

      // Playwright's fill (all text replaced at once) finds and chooses the same way.
      await box.fill("currency interdiction");
      await listed.filter({ hasText: third.metric }).click();
      expect(await traced(third)).toBe(figureText(third));
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
