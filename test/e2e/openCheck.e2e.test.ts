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
 * "Check for a newer dataset when this workbook opens", walked through in the production build
 * at 320 and 800 px. The setting lives in the workbook (Office document settings) and acts
 * when the workbook opens, neither of which the browser preview has, so the pane runs in the
 * fake Excel host (fakeHost/officeHost.ts), where reloading the page closes and reopens the
 * workbook: its tables, the settings last saved with saveAsync and the startup behavior last
 * set come back (test/fakes/documentSettings.ts, officeAddin.ts, savedWorkbook.ts).
 */
const DIST = join(__dirname, "../../dist");

jest.setTimeout(180_000);

/**
 * What the fake host knows: the document's saved settings, the Office.addin calls, the writes
 * since the workbook opened, and the value of the cell at `address`.
 */
const host = (page: Page, address = "") =>
  page.evaluate((address) => {
    const { fakeExcel } = window as unknown as {
      fakeExcel: {
        settings: { document: { saved: Record<string, string> } };
        addin: { calls: string[] };
        startedWithDocument: boolean;
        workbook: { stats: { writeOps: number }; cell(a: string): { value: unknown } };
      };
    };
    return {
      saved: fakeExcel.settings.document.saved,
      calls: fakeExcel.addin.calls,
      startedWithDocument: fakeExcel.startedWithDocument,
      writeOps: fakeExcel.workbook.stats.writeOps,
      value: address ? fakeExcel.workbook.cell(address).value : null,
    };
  }, address);

describe.each([320, 800])("refresh on open at %i px (dist/, fake Excel host)", (width) => {
  let pane: FakeExcelPane;
  let page: Page;
  let dataset: Dataset;
  let data: PublishedData;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    pane = await serveInFakeExcel(DIST, pageErrors);
    ({ page, dataset, data } = pane);
    await page.setViewportSize({ width, height: 900 });
  });

  afterAll(async () => {
    await pane?.close();
  });

  /** Closes and reopens the workbook (the page), waiting for the dataset it then uses. */
  async function reopen(version: string) {
    await page.reload();
    await page.getByText(`Dataset ${version}`).waitFor();
  }

  const checkBox = () =>
    page.getByRole("checkbox", { name: "Check for a newer dataset when this workbook opens" });
  const refreshBox = () => page.getByRole("checkbox", { name: "and refresh automatically" });

  it("saves the setting in the workbook, notifies what would change on open, and writes only when opted in", async () => {
    const violations: string[] = [];
    const sanctions = dataset.tables.find((t) => t.id === "sanctions")!;
    await page.getByRole("button", { name: `Preview ${sanctions.title}`, exact: true }).click();
    await page.getByRole("button", { name: "Insert at selected cell" }).click();
    await page.getByText(/Inserted \d+ rows as table PT_Sanctions/).waitFor();

    // Turned on: saved in the document, and the add-in asks to start with the workbook.
    await openView(page, "Refresh");
    expect(await checkBox().isChecked()).toBe(false);
    expect(await refreshBox().isDisabled()).toBe(true);
    // Ticked once the document saved it (saveAsync answers later), so click, not check().
    await checkBox().click();
    await page.waitForFunction(() =>
      (
        window as unknown as { fakeExcel: { addin: { calls: string[] } } }
      ).fakeExcel.addin.calls.includes("setStartupBehavior(Load)"),
    );
    expect((await host(page)).saved.checkOnOpen).toBe(JSON.stringify("on"));
    violations.push(...(await seriousViolations(page, `open settings at ${width} px`)));

    // Reopened with the same dataset: the add-in started with the workbook, the box is still
    // ticked, and with nothing newer the pane is not shown and nothing is listed.
    await reopen(dataset.version);
    let state = await host(page);
    expect(state.startedWithDocument).toBe(true);
    expect(state.calls).not.toContain("showAsTaskpane()");
    await openView(page, "Refresh");
    expect(await checkBox().isChecked()).toBe(true);
    expect(await page.getByRole("heading", { name: /^What changed/ }).count()).toBe(0);

    // A newer dataset is published; reopened, the pane is shown on what would change.
    const valueCell = `Sheet1!B${sanctions.rows.length + 1}`;
    const changedId = sanctions.rows[sanctions.rows.length - 1];
    const before = await host(page, valueCell);
    expect(before.value).toBe(dataset.figures.find((f) => f.id === changedId)!.value);
    const newer = newerDataset(dataset, (d) => {
      const changed = d.figures.find((f) => f.id === changedId)!;
      changed.value = (changed.value as number) + 1;
    });
    data.publish(newer.dir);
    await reopen(newer.dataset.version);
    await page
      .getByRole("heading", {
        name: `What changed: dataset ${dataset.version} → ${newer.dataset.version}`,
      })
      .waitFor();
    await page.getByText("0 added, 0 removed, 1 changed").waitFor();
    const record = page.getByRole("region", { name: /^PT_Sanctions/ }).getByRole("listitem");
    expect(await record.first().textContent()).toContain(changedId);
    state = await host(page, valueCell);
    expect(state.calls).toContain("showAsTaskpane()");
    expect(state.writeOps).toBe(0);
    expect(state.value).toBe(before.value);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
    violations.push(...(await seriousViolations(page, `open-time change list at ${width} px`)));

    // Opted in to refreshing: the next open refreshes, with the Refresh view's own summary.
    await refreshBox().click();
    await page.waitForFunction(
      () =>
        (
          window as unknown as {
            fakeExcel: { settings: { document: { saved: Record<string, string> } } };
          }
        ).fakeExcel.settings.document.saved.refreshOnOpen === JSON.stringify("on"),
    );
    await reopen(newer.dataset.version);
    await page.getByText("1 of 1 table updated").waitFor();
    state = await host(page, valueCell);
    expect(state.writeOps).toBeGreaterThan(0);
    expect(state.value).toBe(newer.dataset.figures.find((f) => f.id === changedId)!.value);
    violations.push(...(await seriousViolations(page, `open-time refresh at ${width} px`)));
    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
