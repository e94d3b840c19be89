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
 * The focus after the pane's confirmations, in Chromium, which (unlike jsdom) drops the focus
 * from a button as it is disabled: the insert and refresh buttons are disabled while their
 * question waits, and must still get the focus back once it is answered. The questions come
 * from a workbook whose table was written with a newer dataset than the one in use, so the
 * pane runs in the fake Excel host (fakeHost/officeHost.ts).
 */
const DIST = join(__dirname, "../../dist");

jest.setTimeout(120_000);

describe("focus returned after the pane's confirmations (dist/, fake Excel host, 320 px)", () => {
  let pane: FakeExcelPane;
  let page: Page;
  let dataset: Dataset;
  let data: PublishedData;
  const pageErrors: string[] = [];
  const focused = () => page.evaluate(() => document.activeElement?.textContent ?? null);

  beforeAll(async () => {
    pane = await serveInFakeExcel(DIST, pageErrors);
    ({ page, dataset, data } = pane);
    await page.setViewportSize({ width: 320, height: 900 });
    // A table written with a newer release, then the pane opened on the older one again.
    const newer = newerDataset(dataset, (d) => {
      d.figures[0].value = (d.figures[0].value as number) + 1;
    });
    data.publish(newer.dir);
    await page.reload();
    await page.getByText(`Dataset ${newer.dataset.version}`).waitFor();
    const sanctions = dataset.tables.find((t) => t.id === "sanctions")!;
    await page.getByRole("button", { name: `Preview ${sanctions.title}`, exact: true }).click();
    await page.getByRole("button", { name: "Insert at selected cell" }).click();
    await page.getByText(/Inserted \d+ rows as table PT_Sanctions/).waitFor();
    data.publish(null);
    await page.reload();
    await page.getByText(`Dataset ${dataset.version}`).waitFor();
  });

  afterAll(async () => {
    await pane?.close();
  });

  afterEach(() => expect(pageErrors).toEqual([]));

  it("gives the focus back to the insert button after its question, answered by Escape or a button", async () => {
    const money = dataset.tables.find((t) => t.id === "money")!;
    await page.getByRole("button", { name: `Preview ${money.title}`, exact: true }).click();
    const insert = page.getByRole("button", { name: "Insert on new sheet" });
    const question = page.getByRole("alert").filter({ hasText: "Insert from this dataset?" });

    await insert.click();
    await question.waitFor();
    expect(await focused()).toBe("Cancel");
    expect(await seriousViolations(page, "insert question at 320 px")).toEqual([]);
    await page.keyboard.press("Escape");
    await page.getByText(/Nothing was inserted: /).waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === "Insert on new sheet");

    await insert.click();
    await question.waitFor();
    await question.getByRole("button", { name: "Insert anyway" }).click();
    await page.getByText(/Inserted \d+ rows as table PT_Money/).waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === "Insert on new sheet");
  });

  it("gives the focus back to Refresh after its question, answered by Escape", async () => {
    await openView(page, "Refresh");
    await page.getByRole("button", { name: "Refresh all tables" }).click();
    await page.getByText("Check this dataset before it is written").waitFor();
    expect(await focused()).toBe("Cancel");
    expect(await seriousViolations(page, "refresh question at 320 px")).toEqual([]);
    await page.keyboard.press("Escape");
    await page.getByText(/Refresh cancelled: dataset/).waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === "Refresh all tables");
  });
});
