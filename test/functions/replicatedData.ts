import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { replicateSeeds } from "../../src/cli/bench/scaleCorpus";
import { parseDataset } from "../../src/core/dataset/parseDataset";
import type { Dataset } from "../../src/core/dataset/schema";

const ROOT = resolve(__dirname, "../..");

export interface ReplicatedData {
  /** The folder `npm run dataset` wrote: dataset.json, catalog.json and pieces/. */
  dir: string;
  dataset: Dataset;
  remove(): void;
}

/**
 * The seeds replicated to `documents` documents (as the scale bench does) and built with the
 * project's own `npm run dataset`, so its pieces are cut into several id shards and blocks.
 */
export function buildReplicatedData(documents: number): ReplicatedData {
  const work = mkdtempSync(join(tmpdir(), "replicated-"));
  const corpus = join(work, "corpus");
  const dir = join(work, "data");
  replicateSeeds(join(ROOT, "seeds"), documents, corpus);
  execFileSync(
    process.execPath,
    ["--import", "tsx", "src/cli/dataset.ts", "--seeds", corpus, "--out", dir, "--bump", "minor"],
    { cwd: ROOT, stdio: "pipe" },
  );
  return {
    dir,
    dataset: parseDataset(JSON.parse(readFileSync(join(dir, "dataset.json"), "utf8"))),
    remove: () => rmSync(work, { recursive: true, force: true }),
  };
}
