import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { userMessage } from "../../core/errors";
import { launchBenchBrowser, measurePane, type PaneRun } from "./scaleBrowser";
import { measureDownload, type DownloadRun } from "./scaleDownload";
import { measureNode, type NodeScaleResult } from "./scaleNode";
import { buildScaleSite, type ScaleSite } from "./scaleSite";
import { serveGzip } from "./serveGzip";
import { THROTTLING } from "./startup";

export interface ScaleOptions {
  dist: string;
  seeds: string;
  sizes: number[];
  /** Page loads per size; sizes of 1,000 documents or more load `largeRuns` times. */
  runs: number;
  largeRuns: number;
  /** How long one step (Catalog, Search, Trace) may take before it counts as failed. */
  timeoutMs: number;
  /** "download" measures Download workbook alone: no Search, Trace or Node figures. */
  steps?: "all" | "download";
  log?: (line: string) => void;
}

export interface ScaleSizeResult {
  documents: number;
  site?: Omit<ScaleSite, "root">;
  runs: PaneRun[];
  node?: NodeScaleResult;
  /** Download workbook in a page of its own, one sample. */
  download?: DownloadRun;
  /** Why this size has no figures (the build or the page failed). */
  problem?: string;
}

export interface ScaleBenchResult {
  sizes: ScaleSizeResult[];
  machine: string;
  throttling: string;
}

export const LARGE_SIZE = 1_000;

export function throttlingLine(): string {
  const t = THROTTLING;
  return `CDP Network.emulateNetworkConditions ${t.downloadMbps} Mbit/s down, ${t.uploadMbps} Mbit/s up, ${t.latencyMs} ms latency; Emulation.setCPUThrottlingRate ${t.cpuSlowdown}`;
}

/**
 * For each size: a real-density corpus, built by `npm run dataset` into a copy of dist/,
 * served gzip on 127.0.0.1, opened `runs` times in throttled Chromium, then measured in Node.
 * A size that fails is reported with its reason and the next size still runs.
 */
export async function benchScale(options: ScaleOptions): Promise<ScaleBenchResult> {
  const log = options.log ?? (() => {});
  const work = mkdtempSync(join(tmpdir(), "policy-tables-scale-"));
  const browser = await launchBenchBrowser();
  const sizes: ScaleSizeResult[] = [];
  try {
    for (const documents of options.sizes) {
      log(`scale ${documents} documents: build…`);
      let site: ScaleSite;
      try {
        site = await buildScaleSite(options.dist, options.seeds, documents, work);
      } catch (error) {
        sizes.push({ documents, runs: [], problem: userMessage(error) });
        continue;
      }
      const { root, ...built } = site;
      const server = await serveGzip(root);
      const result: ScaleSizeResult = { documents, site: built, runs: [] };
      try {
        const all = (options.steps ?? "all") === "all";
        const runs = !all ? 0 : documents >= LARGE_SIZE ? options.largeRuns : options.runs;
        for (let i = 0; i < runs; i++) {
          log(`scale ${documents} documents: page load ${i + 1} of ${runs}…`);
          result.runs.push(await measurePane(browser, server, options.timeoutMs));
        }
        log(`scale ${documents} documents: Download workbook…`);
        result.download = await measureDownload(browser, server, options.timeoutMs);
        if (all) {
          log(`scale ${documents} documents: functions and refresh in Node…`);
          result.node = await measureNode(server, site.figureId);
        }
      } catch (error) {
        result.problem = userMessage(error).split("\n")[0];
      } finally {
        await server.close();
        rmSync(root, { recursive: true, force: true });
        rmSync(join(work, `corpus-${documents}`), { recursive: true, force: true });
      }
      sizes.push(result);
    }
    return {
      sizes,
      machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? "unknown CPU"}, Chromium ${browser.version()} headless, Node ${process.version}`,
      throttling: throttlingLine(),
    };
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
}
