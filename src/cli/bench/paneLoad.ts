import type { CDPSession, Page } from "playwright-core";

/** The network and CPU every browser figure is measured under (issue 15). */
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

/** office.js and the host scripts it loads from its folder: the Office runtime, not the add-in's code. */
export const isOfficeJs = (path: string) => path.startsWith("/office-js/");

/**
 * Collects every response of `origin` from CDP: Network.responseReceived gives the header
 * bytes received so far, Network.loadingFinished the total; the difference is the body as sent.
 */
export async function recordWire(cdp: CDPSession, origin: string) {
  const headers = new Map<string, { path: string; headerBytes: number }>();
  const done: WireFile[] = [];
  let started = Date.now();
  cdp.on("Network.responseReceived", (e) => {
    const url = new URL(e.response.url);
    if (url.origin !== origin) return;
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

export interface CatalogLoad {
  /** When the navigation started (Date.now()); WireFile.at counts from it. */
  startedAt: number;
  /** From navigation to the first Catalog card visible. */
  catalogMs: number;
  /** Responses finished before the Catalog showed, office.js's folder left out. */
  beforeCatalog: WireFile[];
  /** office.js's folder before the Catalog: served by the add-in's host, counted apart. */
  officeJsBeforeCatalog: WireFile[];
  /** Every response finished so far, the Catalog's and what the page fetched since. */
  finished(): WireFile[];
}

/**
 * Opens `url` in `page` (a fresh context, throttled as THROTTLING says) and waits for the first
 * Catalog card: what the startup budget and the scale bench both count as "before the Catalog",
 * from Chromium's own network events, not from the app or the server.
 */
export async function openUntilCatalog(
  page: Page,
  cdp: CDPSession,
  origin: string,
  timeoutMs: number,
  throttle = true,
): Promise<CatalogLoad> {
  const wire = await recordWire(cdp, origin);
  if (throttle) await applyThrottling(cdp);
  const started = Date.now();
  wire.start(started);
  await page.goto(`${origin}/taskpane.html`, { waitUntil: "commit" });
  await page
    .getByRole("tabpanel")
    .getByRole("article")
    .first()
    .waitFor({ state: "visible", timeout: timeoutMs });
  const catalogMs = Date.now() - started;
  // Responses still in flight when the Catalog showed came after it.
  const before = wire.finished().filter((f) => f.at <= catalogMs);
  return {
    startedAt: started,
    catalogMs,
    finished: wire.finished,
    beforeCatalog: before.filter((f) => !isOfficeJs(f.path)),
    officeJsBeforeCatalog: before.filter((f) => isOfficeJs(f.path)),
  };
}
