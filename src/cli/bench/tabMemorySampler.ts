import type { CDPSession } from "playwright-core";
import { largestRendererRssBytes } from "./rendererMemory";

/**
 * Peaks of a tab's memory, sampled on a timer and on demand: the JS heap (CDP
 * Performance.getMetrics, which needs `Performance.enable` first) and the renderer's resident
 * memory (/proc VmRSS). CDP is answered by the page's main thread, so a long task can hide its
 * heap between two samples; /proc is not delayed. Until `start`, a sampler made paused samples
 * nothing.
 */
export class TabMemorySampler {
  peakJsHeapBytes = 0;
  peakRendererBytes: number | null = null;
  private readonly timer: ReturnType<typeof setInterval>;

  constructor(
    private readonly cdp: CDPSession,
    everyMs: number,
    private sampling = true,
  ) {
    this.timer = setInterval(() => void this.sample(), everyMs);
  }

  start(): void {
    this.sampling = true;
  }

  async sample(): Promise<void> {
    if (!this.sampling) return;
    const rss = largestRendererRssBytes();
    if (rss !== null) this.peakRendererBytes = Math.max(this.peakRendererBytes ?? 0, rss);
    try {
      const { metrics } = await this.cdp.send("Performance.getMetrics");
      const heap = metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0;
      this.peakJsHeapBytes = Math.max(this.peakJsHeapBytes, heap);
    } catch {
      // The page is closing; the last sample stands.
    }
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
