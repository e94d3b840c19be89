import { join } from "node:path";
import type { Page } from "playwright-core";
import type { Dataset } from "../../src/core/dataset/schema";
import { checkPreviewFilters } from "./previewFilters";
import { seriousViolations, servePane, type ServedPane } from "./walkThrough";

/*
 * The pane at the width Excel opens it (320 px) and a wide one (800 px), in the production
 * build's browser preview: the Trace picker found by typing and chosen from the keyboard, and
 * the table preview's per-column filters.
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
      await page.getByRole("tab", { name: "Trace" }).click();
      const box = page.getByRole("combobox", { name: "Figure or event to trace" });
      await box.click();
      // Every record is offered, events in date order, no two lines alike.
      const options = page.getByRole("listbox").getByRole("option");
      await options.first().waitFor();
      const labels = await options.allTextContents();
      expect(labels).toHaveLength(dataset.figures.length + dataset.events.length);
      expect(new Set(labels).size).toBe(labels.length);
      const eventDates = await page
        .getByRole("group", { name: "Events" })
        .getByRole("option")
        .allTextContents();
      const dated = eventDates.map((l) => l.split(" — ")[0]).filter((d) => /^\d{4}/.test(d));
      expect(dated.length).toBeGreaterThan(1);
      expect(dated.map(sortableDate)).toEqual([...dated.map(sortableDate)].sort());
      // The list stays inside the pane.
      const list = await page.getByRole("listbox").boundingBox();
      expect(list!.x).toBeGreaterThanOrEqual(0);
      expect(list!.x + list!.width).toBeLessThanOrEqual(width);

      const record = dataset.figures.find((f) => f.unit === "pill_presses") ?? dataset.figures[0];
      const words = record.metric.split(" ").slice(0, 2).join(" ");
      await box.fill(words);
      const shown = await options.allTextContents();
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.length).toBeLessThan(labels.length);
      for (const label of shown) expect(label.toLowerCase()).toContain(words.toLowerCase());
      expect(await seriousViolations(page, `trace picker at ${width} px`)).toEqual([]);

      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Enter");
      const heading = page.locator("#trace-record");
      await heading.waitFor();
      expect(await box.inputValue()).toBe(shown[0]);
      expect(await page.locator("blockquote mark").count()).toBe(1);
      await box.fill("");
    },
  );

  it.each([320, 800])(
    "narrows the preview by a value range and shows its formula at %i px",
    async (width) => {
      expect(await checkPreviewFilters(page, dataset, width)).toEqual([]);
    },
  );
});

/** "Dec 2023" and "2023-12-04" in one order: year, then month, then day. */
function sortableDate(text: string): string {
  const months = [
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
  ];
  const m = /^([A-Z][a-z]{2}) (\d{4})$/.exec(text);
  if (m) return `${m[2]}-${String(months.indexOf(m[1]) + 1).padStart(2, "0")}`;
  return text;
}
