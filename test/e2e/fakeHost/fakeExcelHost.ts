import { build } from "esbuild";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, normalize, sep } from "node:path";
import type { Page } from "playwright-core";
import { writePieces } from "../../../src/cli/writePieces";
import { contentHash } from "../../../src/core/dataset/contentHash";
import type { Dataset } from "../../../src/core/dataset/schema";
import { CONTENT_TYPES } from "../../helpers/serveDirectory";
import { servePane, type ServedPane } from "../walkThrough";

/*
 * The node side of officeHost.ts: its bundle served in place of office.js, and datasets served
 * in place of the build's data/ folder, so a walk-through can open the built pane "in Excel"
 * and later publish a newer dataset at the same URL.
 */

let bundled: Promise<string> | undefined;

/** officeHost.ts and the fakes it imports as one browser script (built once per test file). */
export function officeHostScript(): Promise<string> {
  bundled ??= build({
    entryPoints: [join(__dirname, "officeHost.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    logLevel: "silent",
  }).then((out) => out.outputFiles[0].text);
  return bundled;
}

/** Makes `page` load officeHost.ts instead of office.js: the pane then starts as in Excel. */
export async function routeFakeExcel(page: Page): Promise<void> {
  const script = await officeHostScript();
  await page.route("**/office-js/office.js", (route) =>
    route.fulfill({ contentType: CONTENT_TYPES[".js"], body: script }),
  );
}

export interface PublishedData {
  /** Serves data/ from `dir` from now on; null goes back to the build's own data/. */
  publish(dir: string | null): void;
}

/** Lets a test publish another dataset at the pane's data/ URLs, as a new release would. */
export async function routeData(page: Page): Promise<PublishedData> {
  let current: string | null = null;
  await page.route("**/data/**", (route) => {
    if (!current) return route.fallback();
    const path = decodeURIComponent(new URL(route.request().url()).pathname);
    const relative = normalize(path.slice(path.indexOf("/data/") + "/data/".length));
    const file = join(current, relative);
    if (relative.startsWith("..") || !file.startsWith(current + sep) || !existsSync(file))
      return route.fulfill({ status: 404, body: "Not found" });
    return route.fulfill({
      contentType: CONTENT_TYPES[extname(file)] ?? "application/octet-stream",
      body: readFileSync(file),
    });
  });
  return { publish: (dir) => (current = dir) };
}

/**
 * A release after `dataset`: `edit` changes a copy, then the version's minor part goes up and
 * the content hash is computed again. Written to a fresh folder as `npm run dataset` writes
 * data/ (dataset.json, catalog.json and the pieces); resolves with the folder and the dataset.
 */
export function newerDataset(
  dataset: Dataset,
  edit: (next: Dataset) => void,
): { dir: string; dataset: Dataset } {
  const next: Dataset = structuredClone(dataset);
  edit(next);
  const [major, minor] = next.version.split(".").map(Number);
  next.version = `${major}.${minor + 1}.0`;
  next.contentHash = contentHash(next as unknown as Record<string, unknown>);
  const dir = mkdtempSync(join(tmpdir(), "policy-newer-data-"));
  writeFileSync(join(dir, "dataset.json"), JSON.stringify(next));
  writePieces(next, dir);
  return { dir, dataset: next };
}

export type FakeExcelPane = ServedPane & { data: PublishedData };

/**
 * The built pane in `dist` opened "in Excel" (officeHost.ts in place of office.js), with its
 * data/ URLs ready for a test to publish a newer release at.
 */
export async function serveInFakeExcel(dist: string, pageErrors: string[]): Promise<FakeExcelPane> {
  let data: PublishedData | undefined;
  const pane = await servePane(dist, pageErrors, async (p) => {
    await routeFakeExcel(p);
    data = await routeData(p);
  });
  return { ...pane, data: data! };
}
