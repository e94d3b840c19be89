import { chromium, type Browser, type CDPSession } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, requireChromium } from "../../../test/helpers/chromium";
import { largestRendererRssBytes } from "./rendererMemory";
import type { GzipServer } from "./serveGzip";
import { applyThrottling } from "./startup";

/** One response as Chromium's network stack reported it (CDP Network events). */
export interface WireFile {
  path: string;
  /** Body bytes received (gzip as sent), from Network.loadingFinished minus the headers. */
  bodyBytes: number;
  /** Headers and body, all bytes on the wire for this response. */
  wireBytes: number;
  /** Milliseconds from navigation until it finished. */
  at: number;
}

export interface PaneRun {
  catalogMs: number;
  /** From a click on the Search tab to the first result shown (query typed at once). */
  searchMs: number | null;
  /** From a click on a result's Trace to the quote highlighted in its paragraph. */
  traceMs: number | null;
  /** Responses finished before the Catalog showed, office.js's folder left out. */
  beforeCatalog: WireFile[];
  /** Peak resident memory of the tab's renderer process (/proc), over Catalog, Search, Trace. */
  peakRendererBytes: number | null;
  /** Peak JSHeapUsedSize (CDP Performance.getMetrics) over the same span. */
  peakJsHeapBytes: number;
  /** What failed after the Catalog showed, if anything. */
  problem?: string;
}

export const SEARCH_QUERY = "fentanyl seized";
const SAMPLE_EVERY_MS = 200;

/** Starts Debian's Chromium as the bench and browser tests do; nothing leaves 127.0.0.1. */
export function launchBenchBrowser(): Promise<Browser> {
  requireChromium();
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"],
  });
}

/**
 * Opens the pane (browser preview) served by `server` in a fresh context, throttled as
 * THROTTLING says, and times the Catalog, a Search result and a Trace paragraph. Bytes come
 * from Chromium's own network events, not from the app or the server.
 */
export async function measurePane(
  browser: Browser,
  server: GzipServer,
  timeoutMs: number,
): Promise<PaneRun> {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const wire = await recordWire(cdp, server.origin);
  await applyThrottling(cdp);
  await cdp.send("Performance.enable");
  let peakJsHeapBytes = 0;
  let peakRendererBytes: number | null = null;
  const sample = async () => {
    const rss = largestRendererRssBytes();
    if (rss !== null) peakRendererBytes = Math.max(peakRendererBytes ?? 0, rss);
    try {
      const { metrics } = await cdp.send("Performance.getMetrics");
      const heap = metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0;
      peakJsHeapBytes = Math.max(peakJsHeapBytes, heap);
    } catch {
      // The page is closing; the last sample stands.
    }
  };
  const sampler = setInterval(() => void sample(), SAMPLE_EVERY_MS);
  try {
    const started = Date.now();
    wire.start(started);
    await page.goto(`${server.origin}/taskpane.html`, { waitUntil: "commit" });
    await page
      .getByRole("tabpanel")
      .getByRole("article")
      .first()
      .waitFor({ state: "visible", timeout: timeoutMs });
    const catalogMs = Date.now() - started;
    // Responses still in flight when the Catalog showed came after it.
    const beforeCatalog = wire.finished().filter((f) => f.at <= catalogMs);
    let searchMs: number | null = null;
    let traceMs: number | null = null;
    let problem: string | undefined;
    try {
      let t = Date.now();
      await page.getByRole("tab", { name: "Search" }).click();
      await page
        .getByRole("searchbox", { name: "Search figures and events" })
        .fill(SEARCH_QUERY, { timeout: timeoutMs });
      const results = page.getByRole("list", { name: "Results" }).getByRole("listitem");
      await results.first().waitFor({ state: "visible", timeout: timeoutMs });
      searchMs = Date.now() - t;
      t = Date.now();
      await results
        .first()
        .getByRole("button", { name: /^Trace / })
        .click();
      await page
        .locator("blockquote mark")
        .first()
        .waitFor({ state: "visible", timeout: timeoutMs });
      traceMs = Date.now() - t;
    } catch (error) {
      problem = error instanceof Error ? error.message.split("\n")[0] : String(error);
    }
    await sample();
    return {
      catalogMs,
      searchMs,
      traceMs,
      beforeCatalog,
      peakRendererBytes,
      peakJsHeapBytes,
      ...(problem ? { problem } : {}),
    };
  } finally {
    clearInterval(sampler);
    await context.close();
  }
}

/**
 * Collects every response of `origin` from CDP: Network.responseReceived gives the header
 * bytes received so far, Network.loadingFinished the total; the difference is the body as sent.
 */
async function recordWire(cdp: CDPSession, origin: string) {
  const headers = new Map<string, { path: string; headerBytes: number }>();
  const done: WireFile[] = [];
  let started = Date.now();
  cdp.on("Network.responseReceived", (e) => {
    const url = new URL(e.response.url);
    if (url.origin !== origin || url.pathname.startsWith("/office-js/")) return;
    headers.set(e.requestId, { path: url.pathname, headerBytes: e.response.encodedDataLength });
  });
  cdp.on("Network.loadingFinished", (e) => {
    const head = headers.get(e.requestId);
    if (!head) return;
    done.push({
      path: head.path,
      bodyBytes: e.encodedDataLength - head.headerBytes,
      wireBytes: e.encodedDataLength,
      at: Date.now() - started,
    });
  });
  await cdp.send("Network.enable");
  return {
    start: (at: number) => (started = at),
    finished: () => [...done],
  };
}
