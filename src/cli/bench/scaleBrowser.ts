import { chromium, type Browser } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, requireChromium } from "../../../test/helpers/chromium";
import { TabMemorySampler } from "./tabMemorySampler";
import type { GzipServer } from "./serveGzip";
import { openUntilCatalog, type WireFile } from "./paneLoad";

export type { WireFile } from "./paneLoad";

export interface PaneRun {
  catalogMs: number;
  /** From a click on the Search tab to the first result shown (query typed at once). */
  searchMs: number | null;
  /** Responses finished in that span: the view's chunks, the search pieces, the id shards. */
  searchFiles: WireFile[];
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
  await cdp.send("Performance.enable");
  const memory = new TabMemorySampler(cdp, SAMPLE_EVERY_MS);
  try {
    const load = await openUntilCatalog(page, cdp, server.origin, timeoutMs);
    const { catalogMs, beforeCatalog } = load;
    let searchFiles: WireFile[] = [];
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
      const [from, to] = [t - load.startedAt, t + searchMs - load.startedAt];
      searchFiles = load.finished().filter((f) => f.at > from && f.at <= to);
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
    await memory.sample();
    return {
      catalogMs,
      searchMs,
      searchFiles,
      traceMs,
      beforeCatalog,
      peakRendererBytes: memory.peakRendererBytes,
      peakJsHeapBytes: memory.peakJsHeapBytes,
      ...(problem ? { problem } : {}),
    };
  } finally {
    memory.stop();
    await context.close();
  }
}
