import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { get } from "node:http";
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

  it("sends content-hashed files immutable for a year and revalidates every other name", async () => {
    const loaded = await page.evaluate(() =>
      performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname),
    );
    const chunk = loaded.find((p) => /^\/view-search\.[0-9a-f]{8}\.js$/.test(p));
    const piece = loaded.find((p) => /^\/data\/pieces\/.*\.[0-9a-f]{16}\.json$/.test(p));
    expect([chunk, piece].every(Boolean)).toBe(true);
    // node:http rather than fetch: fetch adds "Cache-Control: no-cache" to a conditional request,
    // which tells the server to answer in full, as a browser's own revalidation does not.
    const headers = (path: string, etag?: string) =>
      new Promise<{ status: number; cache?: string; etag?: string }>((done, fail) => {
        const request = get(new URL(path.slice(1), server.base), {
          headers: etag ? { "If-None-Match": etag } : {},
        });
        request.on("error", fail);
        request.on("response", (response) => {
          response.resume();
          response.on("end", () =>
            done({
              status: response.statusCode ?? 0,
              cache: response.headers["cache-control"],
              etag: response.headers.etag,
            }),
          );
        });
      });
    for (const path of [chunk!, piece!])
      expect([path, (await headers(path)).cache]).toEqual([
        path,
        "public, max-age=31536000, immutable",
      ]);
    for (const path of ["/taskpane.html", "/taskpane.js", "/data/catalog.json"]) {
      const first = await headers(path);
      expect([path, first.cache]).toEqual([path, "no-cache"]);
      expect(first.etag).toBeTruthy();
      const again = await headers(path, first.etag);
      expect([path, again.status]).toEqual([path, 304]);
    }
  }, 60_000);
});
