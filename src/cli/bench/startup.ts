import { existsSync, readdirSync } from "node:fs";
import { cpus } from "node:os";
import { extname, join, resolve } from "node:path";
import type { Browser } from "playwright-core";
import { openUntilCatalog, THROTTLING, type WireFile } from "./paneLoad";
import { launchBenchBrowser } from "./scaleBrowser";
import { serveGzip, type GzipServer } from "./serveGzip";

export { applyThrottling, THROTTLING } from "./paneLoad";

/**
 * What a browser downloads before the task pane's Catalog is visible, measured in the browser
 * and nowhere else, by the same function the scale bench uses (openUntilCatalog): dist/ is
 * served gzip-compressed (level 6) on 127.0.0.1, taskpane.html opens in headless Chromium
 * (browser preview, a fresh cache each run) under a throttled network and CPU, and every
 * response that finished before the first Catalog card showed is counted at the body size
 * Chromium received (CDP Network.loadingFinished less the headers): the page, the scripts, the
 * catalog, the icon. office.js and the host scripts it loads from office-js/ are counted apart:
 * taskpane.html loads them from the add-in's own host (Office requires the page to load
 * office.js; it could come from Microsoft's CDN instead, but then too it is Office's code).
 */

/** Chunks that must not be fetched before the Catalog shows (App.tsx, CatalogView.tsx, ...). */
export const DEFERRED_CHUNKS = [
  "view-search",
  "view-trace",
  "view-refresh",
  "view-changes",
  "view-conflicts",
  "view-about",
  "view-catalog-table",
  "message-bars",
  "validate",
  "formulas",
  "lookup-index",
  "more-views-menu",
  "progress-bar",
] as const;

export interface StartupFile {
  path: string;
  gzipBytes: number;
}

export interface StartupRun {
  /** From navigation to the first Catalog card being visible. */
  ms: number;
  /** Every file before the Catalog: what the budget holds. */
  totalGzipBytes: number;
  jsGzipBytes: number;
  /** Everything else but HTML, CSS and images: the catalog, mostly. */
  dataGzipBytes: number;
  /** office.js's folder before the Catalog, not in the total. */
  officeJsGzipBytes: number;
  /** Files downloaded before the Catalog was visible, in the order they finished. */
  before: StartupFile[];
}

export interface StartupBenchResult {
  runs: StartupRun[];
  median: {
    ms: number;
    totalGzipBytes: number;
    jsGzipBytes: number;
    dataGzipBytes: number;
    officeJsGzipBytes: number;
  };
  /** The run whose total bytes are the median. */
  typical: StartupRun;
  visibleText: string;
  machine: string;
  throttling: string;
}

/** Opens dist/taskpane.html `runs` times and measures the download before the Catalog shows. */
export async function benchStartup(
  dist = "dist",
  options: { runs?: number; throttle?: boolean } = {},
): Promise<StartupBenchResult> {
  const root = resolve(dist);
  const html = join(root, "taskpane.html");
  const catalog = join(root, "data/catalog.json");
  if (!existsSync(html) || !existsSync(catalog)) {
    throw new Error(
      `${existsSync(html) ? catalog : html} is missing: run \`npm run dataset && npm run build\` first.`,
    );
  }
  const throttle = options.throttle ?? true;
  const server = await serveGzip(root);
  const browser = await launchBenchBrowser();
  const runs: StartupRun[] = [];
  try {
    for (let i = 0; i < (options.runs ?? 3); i++) {
      runs.push(await measureOnce(browser, server, throttle));
    }
    const machine =
      `${cpus().length} × ${cpus()[0]?.model.trim() ?? "unknown CPU"}, ` +
      `Chromium ${browser.version()} headless, Node ${process.version}`;
    const t = THROTTLING;
    const median = (pick: (r: StartupRun) => number) =>
      [...runs].map(pick).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
    const totalMedian = median((r) => r.totalGzipBytes);
    return {
      runs,
      median: {
        ms: median((r) => r.ms),
        totalGzipBytes: totalMedian,
        jsGzipBytes: median((r) => r.jsGzipBytes),
        dataGzipBytes: median((r) => r.dataGzipBytes),
        officeJsGzipBytes: median((r) => r.officeJsGzipBytes),
      },
      typical: runs.find((r) => r.totalGzipBytes === totalMedian)!,
      visibleText: "the first Catalog card",
      machine,
      throttling: throttle
        ? `CDP Network.emulateNetworkConditions ${t.downloadMbps} Mbit/s down, ${t.uploadMbps} Mbit/s up, ${t.latencyMs} ms latency; Emulation.setCPUThrottlingRate ${t.cpuSlowdown}`
        : "none",
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function measureOnce(
  browser: Browser,
  server: GzipServer,
  throttle: boolean,
): Promise<StartupRun> {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const load = await openUntilCatalog(page, cdp, server.origin, 120_000, throttle);
    const before = load.beforeCatalog.map((f) => ({ path: f.path, gzipBytes: f.bodyBytes }));
    const sum = (files: StartupFile[]) => files.reduce((n, f) => n + f.gzipBytes, 0);
    return {
      ms: load.catalogMs,
      totalGzipBytes: sum(before),
      jsGzipBytes: sum(before.filter((f) => extname(f.path) === ".js")),
      dataGzipBytes: sum(before.filter((f) => !/\.(js|html|css|png|svg|ico)$/.test(f.path))),
      officeJsGzipBytes: load.officeJsBeforeCatalog.reduce((n, f: WireFile) => n + f.bodyBytes, 0),
      before,
    };
  } finally {
    await context.close();
  }
}

/** The emitted files of a named chunk ("view-search" → "view-search.1a2b3c4d.js"). */
export function chunkFiles(dist: string, chunk: string): string[] {
  return readdirSync(dist).filter((f) => new RegExp(`^${chunk}\\.[0-9a-f]+\\.js$`).test(f));
}
