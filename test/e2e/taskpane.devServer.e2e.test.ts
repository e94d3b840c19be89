import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { Dataset } from "../../src/core/dataset/schema";
import { launchChromium, requireChromium, type Chromium } from "../helpers/chromium";
import { startDevServer, type DevServer } from "../helpers/devServer";
import { openPane, PANE_BROWSER, readBuiltDataset, walkThrough } from "./walkThrough";

/*
 * The task pane as `npm start` serves it (development build, webpack-dev-server, plain http),
 * in headless Chromium: the whole walk-through with the shipped dataset.
 */
const DATA = join(__dirname, "../../dist/data");

describe("task pane from the dev server (npm start), in the browser preview", () => {
  let dir: string;
  let server: DevServer;
  let browser: Chromium;
  let page: Page;
  const pageErrors: string[] = [];
  let dataset: Dataset;

  beforeAll(async () => {
    dataset = readBuiltDataset(DATA);
    requireChromium();
    // A copy: the server watches its data folder.
    dir = mkdtempSync(join(tmpdir(), "pt-e2e-dev-"));
    cpSync(DATA, join(dir, "data"), { recursive: true });
    server = await startDevServer({ data: join(dir, "data"), pidFile: join(dir, "server.pid") });
    browser = await launchChromium(PANE_BROWSER);
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    // Development bundles are large and unminified; a loaded CI machine needs the time.
    page.setDefaultTimeout(90_000);
    await openPane(page, `${server.base}taskpane.html`, dataset, pageErrors);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("works through every view with the shipped dataset, accessibly", async () => {
    await walkThrough({ page, browser, dataset, screenshots: null, pageErrors });
  }, 240_000);
});
