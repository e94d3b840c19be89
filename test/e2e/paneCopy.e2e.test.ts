import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CDPSession, Page } from "playwright-core";
import type { Dataset } from "../../src/core/dataset/schema";
import { toCsv } from "../../src/core/dataset/toCsv";
import { planTable } from "../../src/core/layout/planTable";
import type { Chromium } from "../helpers/chromium";
import { seriousViolations, servePane, type ServedPane } from "./walkThrough";

/*
 * Copy, per-table download and keyboard shortcuts in the production build's browser preview,
 * in headless Chromium: what reaches the clipboard (granted, then denied), the bytes of the
 * downloaded files, what a shortcut does and where the focus is after it, and axe at 320 and
 * 800 px on each of these surfaces.
 */
const DIST = join(__dirname, "../../dist");

jest.setTimeout(60_000);

async function atBothWidths(page: Page, where: string): Promise<string[]> {
  const found: string[] = [];
  for (const width of [320, 800]) {
    await page.setViewportSize({ width, height: 900 });
    found.push(...(await seriousViolations(page, `${where} at ${width} px`)));
  }
  return found;
}

describe("copy, download and shortcuts in the browser preview (dist/)", () => {
  let pane: ServedPane;
  let browser: Chromium;
  let page: Page;
  let dataset: Dataset;
  const pageErrors: string[] = [];
  const violations: string[] = [];

  beforeAll(async () => {
    pane = await servePane(DIST, pageErrors);
    ({ browser, page, dataset } = pane);
  });

  afterAll(async () => {
    await cdp?.detach();
    await pane?.close();
  });

  const clipboardText = () => page.evaluate(() => navigator.clipboard.readText());
  /**
   * Granted, or denied as a host without clipboard-write refuses it. Chromium drops a CDP
   * session's permission overrides when it detaches, so one session stays open for the run.
   */
  let cdp: CDPSession | undefined;
  const setClipboardPermission = async (setting: "granted" | "denied") => {
    cdp ??= await browser.context.newCDPSession(page);
    for (const name of ["clipboard-read", "clipboard-write"])
      await cdp.send("Browser.setPermission", {
        permission: { name },
        setting: name === "clipboard-write" ? setting : "granted",
        origin: pane.served.origin,
      });
  };
  const search = async (text: string) => {
    await page.getByRole("tab", { name: "Search" }).click();
    await page.getByRole("searchbox", { name: "Search figures and events" }).fill(text);
    // The results follow the search box a moment later (a deferred value): wait for the query.
    await page.waitForFunction(
      (q) => document.querySelector<HTMLInputElement>('[role="search"] input')?.value === q,
      text,
    );
    await page.waitForTimeout(500);
    const hits = page.getByRole("list", { name: "Results" }).getByRole("listitem");
    await hits.first().waitFor();
    return hits;
  };
  const firstHitId = async () => {
    const hits = page.getByRole("list", { name: "Results" }).getByRole("listitem");
    const label = await hits
      .first()
      .getByRole("button", { name: /^Trace / })
      .getAttribute("aria-label");
    return label!.replace(/^Trace /, "");
  };

  it("copies a formula, a value with its citation and an APA citation to the clipboard", async () => {
    await setClipboardPermission("granted");
    await search("fentanyl seized");
    const id = await firstHitId();
    const record = [...dataset.figures, ...dataset.events].find((r) => r.id === id)!;
    const formula = dataset.figures.some((f) => f.id === id)
      ? `=POLICY.VALUE("${id}")`
      : `=POLICY.DATE("${id}")`;

    await page.getByRole("button", { name: `Copy formula ${id}`, exact: true }).click();
    await page.getByText(`Copied the formula ${formula}.`).waitFor();
    expect(await clipboardText()).toBe(formula);

    await page.getByRole("button", { name: `Copy value with citation ${id}`, exact: true }).click();
    await page.getByText(/^Copied the (value|event) with its citation\.$/).waitFor();
    const valueText = await clipboardText();
    const source = dataset.sources.find((s) => s.id === record.source.doc)!;
    expect(valueText).toContain(" Source: ");
    expect(valueText).toContain(source.title!);

    await page.getByRole("button", { name: `Copy citation ${id}`, exact: true }).click();
    await page.getByText("Copied the APA 7 citation.").waitFor();
    const apa = await clipboardText();
    expect(apa).toContain(source.title!);
    expect(apa).toMatch(/\(\d{4}[,)]/);
    violations.push(...(await atBothWidths(page, "search with a copy confirmation")));
  });

  it("falls back to the selected text when the clipboard permission is denied", async () => {
    await setClipboardPermission("denied");
    await page.setViewportSize({ width: 320, height: 900 });
    await search("sanctions");
    const id = await firstHitId();
    const button = page.getByRole("button", { name: `Copy formula ${id}`, exact: true });
    await button.click();
    const byHand = page.getByRole("textbox", { name: /^Text of the formula/ });
    await page.waitForFunction(
      () =>
        document.body.innerText.includes(
          "(from the selected text: the clipboard API was refused)",
        ) || document.querySelector("textarea[readonly]") !== null,
    );
    const formula = (await page.getByRole("textbox", { name: /^Text of the formula/ }).count())
      ? await byHand.inputValue()
      : null;
    if (formula !== null) {
      // The browser refused the selection copy too: the text waits, selected, for Ctrl+C.
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("TEXTAREA");
      expect(
        await page.evaluate(() => {
          const f = document.activeElement as HTMLTextAreaElement;
          return f.selectionEnd - f.selectionStart === f.value.length;
        }),
      ).toBe(true);
      violations.push(...(await atBothWidths(page, "copy by hand")));
      await page.getByRole("button", { name: "Close" }).click();
    }
    // Either way the focus is back on the button, and the formula is what was offered.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
      `Copy formula ${id}`,
    );
    await setClipboardPermission("granted");
    if (formula === null)
      expect(await clipboardText()).toMatch(new RegExp(`^=POLICY\\.\\w+\\("${id}"\\)$`));
    else expect(formula).toMatch(new RegExp(`^=POLICY\\.\\w+\\("${id}"\\)$`));
  });

  it("downloads the opened table as CSV and .xlsx with the bytes the dataset gives", async () => {
    await page.setViewportSize({ width: 800, height: 900 });
    await page.getByRole("tab", { name: "Catalog" }).click();
    const table = dataset.tables.find((t) => t.kind === "figures" && t.rows.length > 1)!;
    await page.getByRole("button", { name: `Preview ${table.title}`, exact: true }).click();

    const csvDownload = page.waitForEvent("download");
    await page
      .getByRole("button", { name: `This table as CSV (${table.title})`, exact: true })
      .click();
    const csv = await csvDownload;
    expect(csv.suggestedFilename()).toBe(`policy-tables-${dataset.version}-${table.id}.csv`);
    const csvPath = join(browser.profile, csv.suggestedFilename());
    await csv.saveAs(csvPath);
    const plan = planTable(dataset, table.id);
    const expected = toCsv(dataset, table, {
      columns: plan.columns.map((c) => c.key),
      rowIds: plan.rowIds,
    });
    const bytes = readFileSync(csvPath);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.equals(Buffer.from(expected, "utf8"))).toBe(true);
    await page.getByText(`Saved ${csv.suggestedFilename()}`, { exact: false }).waitFor();

    const xlsxDownload = page.waitForEvent("download");
    await page
      .getByRole("button", { name: `This table as .xlsx (${table.title})`, exact: true })
      .click();
    const xlsx = await xlsxDownload;
    expect(xlsx.suggestedFilename()).toBe(`policy-tables-${dataset.version}-${table.id}.xlsx`);
    const xlsxPath = join(browser.profile, xlsx.suggestedFilename());
    await xlsx.saveAs(xlsxPath);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsxPath);
    expect(book.worksheets.map((w) => w.name)).toEqual([plan.sheetName, "Sources", "About"]);
    expect(book.worksheets[0].rowCount).toBe(plan.values.length + 1);
    expect(book.worksheets[0].getRow(1).values).toEqual([undefined, ...plan.header]);
    await page.getByText(`Saved ${xlsx.suggestedFilename()}`, { exact: false }).waitFor();
    violations.push(...(await atBothWidths(page, "table downloads")));
  });

  it("runs the main actions from the keyboard, and leaves the focus where it was", async () => {
    await setClipboardPermission("granted");
    await page.setViewportSize({ width: 800, height: 900 });
    await page.getByRole("tab", { name: "Catalog" }).click();
    await page.getByRole("tab", { name: "Catalog" }).focus();
    await page.keyboard.press("Alt+Shift+S");
    await page.locator('#tab-search[aria-selected="true"]').waitFor();
    const box = page.getByRole("searchbox", { name: "Search figures and events" });
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.fill("pill presses");
    await page.waitForTimeout(500);
    const hits = page.getByRole("list", { name: "Results" }).getByRole("listitem");
    await hits.first().waitFor();
    const second = (await hits.count()) > 1 ? hits.nth(1) : hits.first();
    const trace = second.getByRole("button", { name: /^Trace / });
    const id = (await trace.getAttribute("aria-label"))!.replace(/^Trace /, "");
    await trace.focus();
    await page.keyboard.press("Alt+Shift+C");
    await second.getByText(/^Copied the formula /).waitFor();
    expect(await clipboardText()).toMatch(new RegExp(`^=POLICY\\.\\w+\\("${id}"\\)$`));
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
      `Trace ${id}`,
    );

    // Insert needs Excel: the shortcut says so instead of doing nothing.
    await page.keyboard.press("Alt+Shift+N");
    await page
      .getByRole("status")
      .filter({ hasText: "Insert: open a table in the Catalog first" })
      .waitFor();
    // Trace in the browser preview opens Trace and says that the selected cell needs Excel.
    await page.keyboard.press("Alt+Shift+E");
    await page.locator('#tab-trace[aria-selected="true"]').waitFor();
    await page
      .getByRole("status")
      .filter({ hasText: "Trace: tracing the selected cell needs Excel" })
      .waitFor();

    await page.getByRole("tab", { name: "About" }).click();
    await page.getByRole("heading", { name: "Keyboard shortcuts" }).waitFor();
    expect(await page.getByText("Alt+Shift+C", { exact: true }).count()).toBe(1);
    violations.push(...(await atBothWidths(page, "about with shortcuts")));
  });

  it("on a Mac, leaves Option+Shift+letter to type in a text field and runs it elsewhere", async () => {
    cdp ??= await browser.context.newCDPSession(page);
    // The platform a Mac's Chromium reports; the pane reads it at each key press.
    const onPlatform = (platform: string, uaPlatform: string) =>
      page.evaluate(
        ([p, ua]) => {
          Object.defineProperty(Navigator.prototype, "platform", {
            configurable: true,
            get: () => p,
          });
          Object.defineProperty(Navigator.prototype, "userAgentData", {
            configurable: true,
            get: () => ({ platform: ua }),
          });
        },
        [platform, uaPlatform],
      );
    // A key as a Mac's US layout sends it: Option+Shift+C is the character Ç.
    const optionShift = async (code: string, key: string) => {
      const keyCode = code.replace(/^Key/, "").charCodeAt(0);
      const common = { modifiers: 1 | 8, code, key, windowsVirtualKeyCode: keyCode };
      await cdp!.send("Input.dispatchKeyEvent", { type: "keyDown", text: key, ...common });
      await cdp!.send("Input.dispatchKeyEvent", { type: "keyUp", ...common });
    };
    await page.setViewportSize({ width: 320, height: 900 });
    await onPlatform("MacIntel", "macOS");
    await page.getByRole("tab", { name: "Search" }).click();
    const box = page.getByRole("searchbox", { name: "Search figures and events" });
    await box.fill("");
    await box.focus();
    await optionShift("KeyC", "Ç");
    await optionShift("KeyE", "´");
    expect(await box.inputValue()).toBe("Ç´");
    expect(await page.locator('#tab-search[aria-selected="true"]').count()).toBe(1);
    // Out of the text field, the same keys are the pane's.
    await page.getByRole("tab", { name: "Search" }).focus();
    await optionShift("KeyE", "´");
    await page.locator('#tab-trace[aria-selected="true"]').waitFor();

    // Elsewhere Alt+Shift+letter types nothing, so it works in a text field too.
    await onPlatform("Linux x86_64", "Linux");
    await page.getByRole("tab", { name: "Search" }).click();
    await box.fill("");
    await box.focus();
    await page.keyboard.press("Alt+Shift+E");
    await page.locator('#tab-trace[aria-selected="true"]').waitFor();
    await page.getByRole("tab", { name: "Search" }).click();
    expect(await box.inputValue()).toBe("");
  });

  it("stays accessible and without page errors throughout", () => {
    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
