import { join } from "node:path";
import type { Page } from "playwright-core";
import type { Dataset } from "../../src/core/dataset/schema";
import type { Chromium } from "../helpers/chromium";
import { servePane, walkThrough, type ServedPane } from "./walkThrough";

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
  let pane: ServedPane;
  let browser: Chromium;
  let page: Page;
  const pageErrors: string[] = [];
  let dataset: Dataset;

  beforeAll(async () => {
    pane = await servePane(DIST, pageErrors);
    ({ browser, page, dataset } = pane);
  });

  afterAll(async () => {
    await pane?.close();
  });

  it("works through every view with the shipped dataset, accessibly", async () => {
    await walkThrough({ page, browser, dataset, screenshots: SCREENSHOTS, pageErrors });
  });
});
