import { existsSync, readdirSync, readFileSync } from "node:fs";
import { cpus } from "node:os";
import { extname, join, resolve } from "node:path";
import { chromium, type CDPSession } from "playwright-core";
// Debian's chromium and the flags the browser tests use (test/helpers/chromium.ts).
import { CHROMIUM, CHROMIUM_ARGS, requireChromium } from "../../../test/helpers/chromium";
import { serveGzip, type GzipServer } from "./serveGzip";

/**
 * What a browser downloads before the task pane's Catalog is visible, measured in the browser
 * and nowhere else: dist/ is served gzip-compressed (level 6) on 127.0.0.1, taskpane.html opens
 * in headless Chromium (browser preview, a fresh cache each run) under a throttled network and
 * CPU, and every response that finished before the first table's title showed in the Catalog
 * is counted at the size the server sent. office.js and its folder are left out: Office serves
 * its own copy, whatever the add-in ships.
 */

export const THROTTLING = {
  downloadMbps: 10,
  uploadMbps: 10,
  latencyMs: 40,
  cpuSlowdown: 4,
} as const;

/** Slows a page's network and CPU as THROTTLING says, through Chromium's DevTools protocol. */
export async function applyThrottling(cdp: CDPSession): Promise<void> {
  const bytesPerSecond = (mbps: number) => (mbps * 1_000_000) / 8;
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: THROTTLING.latencyMs,
    downloadThroughput: bytesPerSecond(THROTTLING.downloadMbps),
    uploadThroughput: bytesPerSecond(THROTTLING.uploadMbps),
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLING.cpuSlowdown });
}

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
  /** From navigation to the first table title of the Catalog being visible. */
  ms: number;
  jsGzipBytes: number;
  /** Everything else but HTML, CSS and images: the dataset, mostly. */
  dataGzipBytes: number;
  /** Files downloaded before the Catalog was visible, in the order they finished. */
  before: StartupFile[];
}

export interface StartupBenchResult {
  runs: StartupRun[];
  median: { ms: number; jsGzipBytes: number; dataGzipBytes: number };
  /** The run whose JS bytes are the median. */
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
  const data = join(root, "data/dataset.json");
  if (!existsSync(html) || !existsSync(data)) {
    throw new Error(
      `${existsSync(html) ? data : html} is missing: run \`npm run dataset && npm run build\` first.`,
    );
  }
  requireChromium();
  const dataset = JSON.parse(readFileSync(data, "utf8")) as { tables: { title: string }[] };
  const visibleText = dataset.tables[0]?.title;
  if (!visibleText) throw new Error(`${data} has no table for the Catalog to show.`);
  const throttle = options.throttle ?? true;

  const server = await serveGzip(root);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Nothing leaves this machine (office.js reaches for telemetry), without intercepting
    // requests, which would bypass the network throttling.
    args: [...CHROMIUM_ARGS, "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"],
  });
  const runs: StartupRun[] = [];
  try {
    for (let i = 0; i < (options.runs ?? 3); i++) {
      runs.push(await measureOnce(browser, server, visibleText, throttle));
    }
    const machine =
      `${cpus().length} × ${cpus()[0]?.model.trim() ?? "unknown CPU"}, ` +
      `Chromium ${browser.version()} headless, Node ${process.version}`;
    const t = THROTTLING;
    const median = (pick: (r: StartupRun) => number) =>
      [...runs].map(pick).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
    const jsMedian = median((r) => r.jsGzipBytes);
    return {
      runs,
      median: {
        ms: median((r) => r.ms),
        jsGzipBytes: jsMedian,
        dataGzipBytes: median((r) => r.dataGzipBytes),
      },
      typical: runs.find((r) => r.jsGzipBytes === jsMedian)!,
      visibleText,
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
  browser: Awaited<ReturnType<typeof chromium.launch>>,
  server: GzipServer,
  visibleText: string,
  throttle: boolean,
): Promise<StartupRun> {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  try {
    const page = await context.newPage();
    if (throttle) {
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await applyThrottling(cdp);
    }
    const finished: { path: string; at: number }[] = [];
    page.on("requestfinished", (request) => {
      const url = new URL(request.url());
      if (url.origin === server.origin) finished.push({ path: url.pathname, at: Date.now() });
    });
    const started = Date.now();
    await page.goto(`${server.origin}/taskpane.html`, { waitUntil: "commit" });
    await page
      .getByRole("heading", { name: visibleText, exact: true })
      .first()
      .waitFor({ state: "visible", timeout: 120_000 });
    const visibleAt = Date.now();
    const before = finished
      .filter((f) => f.at <= visibleAt && !f.path.startsWith("/office-js/"))
      .map((f) => ({ path: f.path, gzipBytes: server.sent(f.path) }));
    const sum = (files: StartupFile[]) => files.reduce((n, f) => n + f.gzipBytes, 0);
    return {
      ms: visibleAt - started,
      jsGzipBytes: sum(before.filter((f) => extname(f.path) === ".js")),
      dataGzipBytes: sum(before.filter((f) => !/\.(js|html|css|png|svg|ico)$/.test(f.path))),
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
