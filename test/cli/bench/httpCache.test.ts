import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchBenchBrowser, SEARCH_QUERY } from "../../../src/cli/bench/scaleBrowser";
import { serveGzip, type GzipServer } from "../../../src/cli/bench/serveGzip";

/*
 * dist/ served as the README tells a production host to (serveGzip): a reopened pane takes every
 * content-hashed file (webpack chunks, dataset pieces) from the browser's cache without asking,
 * and asks again only for the names that may change (the page, the entry scripts, catalog.json),
 * which come back as 304s.
 */
const DIST = join(__dirname, "../../../dist");
// webpack's chunks (8 hex) and the dataset's pieces (16 hex) carry their content's hash.
const HASHED = /\.[0-9a-f]{8,}\.[a-z]+$/;

jest.setTimeout(180_000);

interface Seen {
  path: string;
  status: number;
  fromCache: boolean;
}

async function openAndSearch(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/taskpane.html`);
  await page.getByRole("tabpanel").getByRole("article").first().waitFor({ state: "visible" });
  await page.getByRole("tab", { name: "Search" }).click();
  await page.getByRole("searchbox", { name: "Search figures and events" }).fill(SEARCH_QUERY);
  await page
    .getByRole("list", { name: "Results" })
    .getByRole("listitem")
    .first()
    .waitFor({ state: "visible" });
  // Views the pane fetches once idle (the About chunk) belong to this opening, not the next.
  await page.waitForLoadState("networkidle");
}

describe("HTTP caching of the built pane (Chromium, reopened)", () => {
  let browser: Browser;
  let server: GzipServer;
  const rounds: { seen: Seen[]; servedFrom: number }[] = [];

  beforeAll(async () => {
    if (!existsSync(join(DIST, "taskpane.html")))
      throw new Error("dist/taskpane.html is missing: run `npm run build` first (npm test does).");
    server = await serveGzip(DIST);
    browser = await launchBenchBrowser();
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    let seen: Seen[] = [];
    // Chromium reports a memory-cache hit by Network.requestServedFromCache, before its response.
    const fromMemory = new Set<string>();
    cdp.on("Network.requestServedFromCache", (e) => fromMemory.add(e.requestId));
    cdp.on("Network.responseReceived", (e) => {
      const url = new URL(e.response.url);
      if (url.origin !== server.origin) return;
      seen.push({
        path: url.pathname,
        status: e.response.status,
        fromCache: Boolean(e.response.fromDiskCache) || fromMemory.has(e.requestId),
      });
    });
    await cdp.send("Network.enable");
    for (let i = 0; i < 2; i++) {
      seen = [];
      const servedFrom = server.served.length;
      await openAndSearch(page, server.origin);
      rounds.push({ seen, servedFrom });
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const servedIn = (round: number) =>
    server.served.slice(rounds[round].servedFrom, rounds[round + 1]?.servedFrom);

  it("fetches the hashed chunks and pieces once, and takes them from the cache on reopening", () => {
    const first = servedIn(0).filter((s) => HASHED.test(s.path));
    // The first round did fetch hashed files: the Search view's chunk and the search pieces.
    expect(first.some((s) => s.path.startsWith("/view-search."))).toBe(true);
    expect(first.some((s) => s.path.startsWith("/data/pieces/search."))).toBe(true);
    const again = servedIn(1).filter((s) => HASHED.test(s.path));
    expect(again).toEqual([]);
    // The browser did use them again, from its cache.
    const cached = rounds[1].seen.filter((s) => HASHED.test(s.path));
    expect(cached.some((s) => s.path.startsWith("/view-search."))).toBe(true);
    expect(cached.some((s) => s.path.startsWith("/data/pieces/search."))).toBe(true);
    expect(cached.filter((s) => !s.fromCache)).toEqual([]);
  });

  it("revalidates catalog.json and the page on reopening, answered 304 with no body", () => {
    const again = servedIn(1);
    expect(again.filter((s) => s.path === "/data/catalog.json")).toEqual([
      { path: "/data/catalog.json", bodyBytes: 0, status: 304 },
    ]);
    expect(again.find((s) => s.path === "/taskpane.html")).toMatchObject({ status: 304 });
    expect(again.filter((s) => s.status === 200)).toEqual([]);
  });
});
