import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { draftScoresTable } from "../core/annotate/draftScoresTable";
import { buildDataset } from "../core/dataset/buildDataset";
import { DatasetConfig } from "../core/dataset/datasetConfig";
import {
  datasetCountsLine,
  datasetSpanLine,
  defaultColumnsList,
  knownUnitsTable,
  overridesList,
  withReadmeBlock,
} from "../core/dataset/readmeBlocks";
import { userMessage } from "../core/errors";
import { scoreDrafts } from "./bench/annotate";

/**
 * Rewrites the README passages generated from the build (dataset span and counts, default
 * inserted columns, overrides, known units) and from the drafts' scoring (draft scores) between their `<!-- name -->` markers; test/docs/readme.test.ts checks them.
 * Usage: npm run readme
 */
function main(): number {
  const seeds = "seeds";
  const documents = readdirSync(seeds)
    .filter((f) => f.endsWith(".txt"))
    .map((file) => ({ file, text: readFileSync(join(seeds, file), "utf8") }));
  const annotations = readdirSync(join(seeds, "annotations"))
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => ({
      file: join(seeds, "annotations", f),
      data: parse(readFileSync(join(seeds, "annotations", f), "utf8")) as unknown,
    }));
  const config = DatasetConfig.parse(parse(readFileSync(join(seeds, "dataset.yaml"), "utf8")));
  const built = buildDataset(documents, annotations, config);
  const drafts = scoreDrafts(seeds, "test/corpus");
  const blocks: Record<string, string> = {
    "dataset-span": datasetSpanLine(built.dataset),
    "dataset-counts": datasetCountsLine(built.dataset, built.coverage),
    "default-columns": defaultColumnsList(built.dataset),
    overrides: overridesList(built.coverage),
    "known-units": knownUnitsTable(),
    "draft-scores": draftScoresTable([
      { label: "the seeds", score: drafts.seeds },
      ...(drafts.corpus ? [{ label: "the test corpus", score: drafts.corpus }] : []),
    ]),
  };
  let readme = readFileSync("README.md", "utf8");
  for (const [name, text] of Object.entries(blocks)) {
    const replaced = withReadmeBlock(readme, name, text);
    if (replaced === null) {
      console.error(`README.md has no <!-- ${name} --> ... <!-- /${name} --> block.`);
      return 1;
    }
    readme = replaced;
  }
  writeFileSync("README.md", readme);
  console.log(`Updated README.md: ${Object.keys(blocks).join(", ")}.`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(userMessage(error));
  process.exitCode = 1;
}
