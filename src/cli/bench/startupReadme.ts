import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import type { StartupBenchResult, StartupFile } from "./startup";
import { withReadmeBlock } from "../../core/dataset/readmeBlocks";

/**
 * The README's startup figure is written from a pinned browser measurement, never typed:
 * `npm run bench -- --only-startup --pin` writes bench/startup-results.json and the README's
 * startup-bytes block; test/cli/bench/startup.test.ts fails when the block is not what the pin
 * gives, or when the pin is more than STARTUP_PIN_SLACK bytes from what dist/ downloads now.
 */
export const STARTUP_PIN_FILE = "bench/startup-results.json";
export const STARTUP_BLOCK = "startup-bytes";
/** How far the pinned total may drift from a fresh measurement before the README is stale. */
export const STARTUP_PIN_SLACK = 2_000;

export interface StartupPin {
  commit: string;
  date: string;
  machine: string;
  throttling: string;
  budget: number;
  totalGzipBytes: number;
  officeJsGzipBytes: number;
  ms: number;
  /** The files of the median run, in the order they finished. */
  before: StartupFile[];
}

export function pinStartup(
  result: StartupBenchResult,
  budget: number,
  file = STARTUP_PIN_FILE,
): StartupPin {
  const pin: StartupPin = {
    commit: gitCommit(),
    date: new Date().toISOString().slice(0, 10),
    machine: result.machine,
    throttling: result.throttling,
    budget,
    totalGzipBytes: result.median.totalGzipBytes,
    officeJsGzipBytes: result.median.officeJsGzipBytes,
    ms: result.median.ms,
    before: result.typical.before,
  };
  writeFileSync(file, JSON.stringify(pin, null, 2) + "\n");
  return pin;
}

function gitCommit(): string {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
  } catch {
    return "unknown commit";
  }
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

/** The Markdown passage between the README's startup-bytes markers. */
export function startupReadmeText(pin: StartupPin): string {
  const files = pin.before
    .map((f) => `${f.path.replace(/^\/(data\/)?/, "")} ${kb(f.gzipBytes)}`)
    .join(", ");
  return (
    `**Task pane startup:** ${kb(pin.totalGzipBytes)} (gzip) downloaded before the Catalog shows ` +
    `(budget ${kb(pin.budget)}, held by \`test/cli/bench/startup.test.ts\`): ${files}. ` +
    `office.js and the host scripts it loads from \`office-js/\` on the add-in's host add ` +
    `${kb(pin.officeJsGzipBytes)} and are not counted: they are Office's runtime, which every add-in page must load (from its own host, as here, or from Microsoft's CDN). ` +
    `Catalog visible after ${(pin.ms / 1000).toFixed(1)} s. Measured ${pin.date} at commit ${pin.commit} ` +
    `(browser preview of \`dist/\`, bodies as Chromium received them) on ${pin.machine}; ${pin.throttling}.`
  );
}

/** Rewrites the README's startup-bytes block from `pin`. */
export function writeStartupReadme(pin: StartupPin, readmeFile = "README.md"): void {
  const replaced = withReadmeBlock(
    readFileSync(readmeFile, "utf8"),
    STARTUP_BLOCK,
    startupReadmeText(pin),
  );
  if (replaced === null) {
    throw new Error(
      `${readmeFile} has no <!-- ${STARTUP_BLOCK} --> ... <!-- /${STARTUP_BLOCK} --> block.`,
    );
  }
  writeFileSync(readmeFile, replaced);
}
