import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { replicateSeeds } from "./bench/scaleCorpus";

const ROOT = resolve(__dirname, "../..");
const USAGE = `Usage: npm run dataset:large [-- --documents N] [--out DIR]
Copies the seeds to N documents (default 60) at their real density and builds that dataset into
DIR (default .tmp/large/data); then \`npm start -- --data DIR\` previews its long tables.`;

/**
 * A larger dataset to try the pane on: the seeds replicated as the bench does
 * (bench/scaleCorpus.ts), built by the project's own `npm run dataset` with a minor version
 * bump, since a copy of the seeds changes the content. Returns the folder written.
 */
export function buildLargeDataset(documents: number, out: string): string {
  const corpus = join(resolve(out), "..", "corpus");
  rmSync(corpus, { recursive: true, force: true });
  replicateSeeds(join(ROOT, "seeds"), documents, corpus);
  const run = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      join(ROOT, "src/cli/dataset.ts"),
      "--seeds",
      corpus,
      "--out",
      resolve(out),
      "--bump",
      "minor",
    ],
    { cwd: ROOT, encoding: "utf8" },
  );
  if (run.status !== 0)
    throw new Error(
      `npm run dataset failed for ${documents} documents: ${`${run.stderr}${run.stdout}`.trim()}`,
    );
  return resolve(out);
}

function main(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: { documents: { type: "string" }, out: { type: "string" } },
  });
  const documents = Number(values.documents ?? 60);
  if (!Number.isInteger(documents) || documents < 1) {
    process.stderr.write(`--documents must be a whole number of 1 or more.\n${USAGE}\n`);
    process.exit(1);
  }
  const out = buildLargeDataset(documents, values.out ?? join(ROOT, ".tmp/large/data"));
  process.stdout.write(
    `Built a dataset of ${documents} documents in ${out}.\nPreview it: npm start -- --data ${out}\n`,
  );
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    process.exit(1);
  }
}
