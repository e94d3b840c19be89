import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

/** Debian's chromium: playwright-core ships no browser of its own. */
export const CHROMIUM = "/usr/bin/chromium";

/** Headless, and quiet: no background, update, sync or QUIC traffic of Chromium's own. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface LaunchOptions {
  viewport?: { width: number; height: number };
  colorScheme?: "light" | "dark";
  reducedMotion?: "reduce" | "no-preference";
  acceptDownloads?: boolean;
  /**
   * Playwright adds --hide-scrollbars to headless Chromium, which draws every scrollbar 0 px
   * wide; a check that a scrollbar is visible removes it with ["--hide-scrollbars"].
   */
  ignoreDefaultArgs?: string[];
}

export interface Chromium {
  context: BrowserContext;
  /** The fresh profile folder, removed by close(); also a place for downloads. */
  profile: string;
  /** Every request the route aborted, in order: anything not on localhost or 127.0.0.1. */
  blocked: string[];
  close(): Promise<void>;
}

/** Fails with how to install chromium; for callers that want to know before slow setup. */
export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: install Debian chromium (apt-get install -y chromium; test/ensure-system-packages.sh does).`,
    );
  }
}

/**
 * Headless Chromium with a fresh profile that can reach nothing but this machine: office.js
 * reaches for its telemetry and CDN hosts, and tests run without network.
 */
export async function launchChromium(options: LaunchOptions = {}): Promise<Chromium> {
  requireChromium();
  const profile = mkdtempSync(join(tmpdir(), "policy-chromium-"));
  const blocked: string[] = [];
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      ...options,
    });
    await context.route("**/*", (route) => {
      const url = route.request().url();
      const host = new URL(url).hostname;
      if (host === "localhost" || host === "127.0.0.1") return route.continue();
      blocked.push(url);
      return route.abort();
    });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  return {
    context,
    profile,
    blocked,
    async close() {
      try {
        await context.close();
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
    },
  };
}
