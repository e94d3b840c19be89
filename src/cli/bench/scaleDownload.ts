import { statSync } from "node:fs";
import type { Browser } from "playwright-core";
import { openUntilCatalog, type WireFile } from "./paneLoad";
import { TabMemorySampler } from "./tabMemorySampler";
import type { GzipServer } from "./serveGzip";

/** The Catalog's "Download workbook" in a page of its own, from the click to the saved file. */
export interface DownloadRun {
  /** From the click on Download workbook to the browser's download finished. */
  ms: number | null;
  /** The saved file's bytes. */
  fileBytes: number | null;
  /** Responses that finished between the click and the download. */
  fetched: WireFile[];
  /** Peak JSHeapUsedSize (CDP Performance.getMetrics) from the click to the download. */
  peakJsHeapBytes: number;
  /** Peak resident memory (/proc VmRSS) of the tab's renderer over the same span. */
  peakRendererBytes: number | null;
  /** The pane's refusal, where the catalog lists no workbook (a dataset past its row limit). */
  refused?: string;
  problem?: string;
}

/** Words of the pane's refusal of a dataset too large for one workbook (PiecedDataset). */
const REFUSAL = /too large to download as one workbook/;

/*
 * CDP's getMetrics is answered by the page's main thread, so a long synchronous build can hide
 * its heap between two samples; the renderer's resident memory, read from /proc, is not.
 */
const SAMPLE_EVERY_MS = 100;

/**
 * Opens the pane (browser preview) throttled as the scale bench is, waits for the Catalog, then
 * clicks Download workbook and waits for the file: what the click fetched, how long it took and
 * what the tab held meanwhile. A fresh context, so Search and Trace leave nothing in its heap.
 */
export async function measureDownload(
  browser: Browser,
  server: GzipServer,
  timeoutMs: number,
): Promise<DownloadRun> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 800 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  const memory = new TabMemorySampler(cdp, SAMPLE_EVERY_MS, false);
  try {
    const load = await openUntilCatalog(page, cdp, server.origin, timeoutMs);
    memory.start();
    await memory.sample();
    const clicked = Date.now();
    const from = clicked - load.startedAt;
    try {
      // Past the row limit the pane refuses instead of saving: wait for whichever comes first.
      const refusal = page.getByText(REFUSAL).first();
      const [outcome] = await Promise.all([
        Promise.race([
          page.waitForEvent("download", { timeout: timeoutMs }),
          refusal.waitFor({ timeout: timeoutMs }).then(() => null),
        ]),
        page.getByRole("button", { name: "Download workbook" }).first().click(),
      ]);
      if (outcome === null) {
        const ms = Date.now() - clicked;
        await memory.sample();
        return {
          ms,
          fileBytes: null,
          fetched: load.finished().filter((f) => f.at > from && f.at <= ms + from),
          peakJsHeapBytes: memory.peakJsHeapBytes,
          peakRendererBytes: memory.peakRendererBytes,
          refused: (await refusal.textContent()) ?? "refused",
        };
      }
      const download = outcome;
      const path = await download.path();
      const ms = Date.now() - clicked;
      await memory.sample();
      const to = ms + from;
      return {
        ms,
        fileBytes: statSync(path).size,
        fetched: load.finished().filter((f) => f.at > from && f.at <= to),
        peakJsHeapBytes: memory.peakJsHeapBytes,
        peakRendererBytes: memory.peakRendererBytes,
      };
    } catch (error) {
      await memory.sample();
      return {
        ms: null,
        fileBytes: null,
        fetched: load.finished().filter((f) => f.at > from),
        peakJsHeapBytes: memory.peakJsHeapBytes,
        peakRendererBytes: memory.peakRendererBytes,
        problem: error instanceof Error ? error.message.split("\n")[0] : String(error),
      };
    }
  } finally {
    memory.stop();
    await context.close();
  }
}
