import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { Dataset } from "../../src/core/dataset/schema";
import { launchChromium, type Chromium } from "../helpers/chromium";
import { serveDirectory, type Served } from "../helpers/serveDirectory";
import { openPane, PANE_BROWSER, readBuiltDataset, walkThrough } from "./walkThrough";

/*
 * The production build (dist/, as `npm test` builds it) on a plain static host, in headless
 * Chromium: the whole walk-through, and the README's screenshots. The same walk against the
 * dev server is in taskpane.devServer.e2e.test.ts.
 */
const ROOT = join(__dirname, "../..");
const DIST = join(ROOT, "dist");
/** The README's pictures are rewritten only on request (`npm run screenshots`), so a test run
 * leaves the checkout clean; otherwise they go to the build output for a look. */
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS
  ? join(ROOT, "assets/screenshots")
  : join(DIST, "screenshots");

jest.setTimeout(150_000);

describe("task pane from the production build, in the browser preview", () => {
  let served: Served;
  let browser: Chromium;
  let page: Page;
  const pageErrors: string[] = [];
  let dataset: Dataset;

  beforeAll(async () => {
    if (!existsSync(join(DIST, "taskpane.html")))
      throw new Error("dist/taskpane.html is missing: run `npm run build` first (npm test does).");
    dataset = readBuiltDataset(join(DIST, "data"));
    // dist/ over plain http: the same files a static host would serve.
    served = await serveDirectory(DIST, { index: "taskpane.html" });
    browser = await launchChromium(PANE_BROWSER);
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.setDefaultTimeout(20_000);
    await openPane(page, `${served.origin}/taskpane.html`, dataset, pageErrors);
  });

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it("works through every view with the shipped dataset, accessibly", async () => {
    await walkThrough({ page, browser, dataset, screenshots: SCREENSHOTS, pageErrors });
  });
});
