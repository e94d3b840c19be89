import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { runWithPeakRss } from "./runWithPeakRss";
import { lastFigureId, replicateSeeds } from "./scaleCorpus";

export interface ScaleSite {
  documents: number;
  /** The built add-in with this corpus's dataset in data/, as a host would serve it. */
  root: string;
  /** A figure id of the corpus's last document. */
  figureId: string;
  /** Bytes of everything `npm run dataset` wrote, on disk and uncompressed. */
  dataBytes: number;
  buildMs: number;
  /** The build process's peak resident memory, read from /proc by the bench; null without /proc. */
  buildPeakRssBytes: number | null;
}

/**
 * The old-space bound `npm run dataset` runs under (package.json): without it V8 lets the heap
 * grow with garbage while the machine has room, and the 10,000-document build peaked at 1.9 to
 * 2.1 GB resident with about 0.55 GB live; under it the same build peaked at 1.15 GB.
 */
export const DATASET_HEAP_FLAG = "--max-old-space-size=1400";

/**
 * Replicates the seeds to `documents` documents in `work`, builds their dataset with the
 * project's own `npm run dataset` (whatever files it writes), into a copy of the built dist/.
 * The bench thus depends on no more of the published layout than the pane itself fetches.
 */
export async function buildScaleSite(
  dist: string,
  seeds: string,
  documents: number,
  work: string,
): Promise<ScaleSite> {
  if (!existsSync(join(dist, "taskpane.html"))) {
    throw new Error(`${dist}/taskpane.html is missing: run \`npm run build\` first.`);
  }
  const corpus = join(work, `corpus-${documents}`);
  const root = join(work, `site-${documents}`);
  rmSync(corpus, { recursive: true, force: true });
  rmSync(root, { recursive: true, force: true });
  replicateSeeds(seeds, documents, corpus);
  cpSync(dist, root, { recursive: true, filter: (src) => resolve(src) !== resolve(dist, "data") });
  mkdirSync(join(root, "data"), { recursive: true });
  // A copy of the seeds changes the content, so its version must be bumped, as the build asks.
  // tsx runs in the build's own process (--import), so the peak read is the build's, not a
  // launcher's.
  const build = await runWithPeakRss(process.execPath, [
    DATASET_HEAP_FLAG,
    "--import",
    "tsx",
    "src/cli/dataset.ts",
    "--seeds",
    corpus,
    "--out",
    join(root, "data"),
    "--bump",
    "minor",
  ]);
  const buildMs = build.ms;
  if (build.status !== 0) {
    const why = `${build.stderr}${build.stdout}`.trim().split("\n").slice(-3).join(" ");
    throw new Error(
      `npm run dataset failed for ${documents} documents after ${buildMs} ms ` +
        `(exit ${build.status ?? build.signal}): ${why || "no output"}`,
    );
  }
  return {
    documents,
    root,
    figureId: lastFigureId(corpus),
    dataBytes: folderBytes(join(root, "data")),
    buildMs,
    buildPeakRssBytes: build.peakRssBytes,
  };
}

function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    total += entry.isDirectory() ? folderBytes(p) : statSync(p).size;
  }
  return total;
}
