import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { draftScoresTable } from "../core/annotate/draftScoresTable";
import { buildDataset, type BuildResult } from "../core/dataset/buildDataset";
import { DatasetConfig } from "../core/dataset/datasetConfig";
import { formulaErrorsTable, formulaExamplesTable } from "../core/dataset/formulaExamples";
import {
  conflictsList,
  datasetCountsLine,
  datasetSpanLine,
  defaultColumnsList,
  knownUnitsTable,
  overridesList,
  withReadmeBlock,
} from "../core/dataset/readmeBlocks";
import { buildIndex } from "../core/lookup/buildIndex";
import { scoreDrafts } from "./bench/annotate";
import { FORMULA_ERROR_EXAMPLES, FORMULA_EXAMPLES } from "./readmeFormulaExamples";
import { annotationFiles, readSeedDocuments } from "./readSeeds";

/** The seeds' dataset.yaml, parsed. */
export function readSeedsConfig(seeds: string): DatasetConfig {
  return DatasetConfig.parse(parse(readFileSync(join(seeds, "dataset.yaml"), "utf8")));
}

/** The dataset the seeds build (what `npm run dataset` writes, without writing it). */
export function buildSeeds(seeds: string): BuildResult {
  return buildDataset(readSeedDocuments(seeds), annotationFiles(seeds), readSeedsConfig(seeds));
}

/**
 * Every README passage generated from the build, the unit registry and the drafts' scoring, by
 * block name: what `npm run readme` writes and test/docs/readme.test.ts holds the README to.
 */
export function readmeBlocks(
  seeds: string,
  corpus: string,
  built: BuildResult = buildSeeds(seeds),
): Record<string, string> {
  const drafts = scoreDrafts(seeds, corpus);
  const index = buildIndex(built.dataset);
  return {
    "dataset-span": datasetSpanLine(built.dataset),
    "dataset-counts": datasetCountsLine(built.dataset, built.coverage),
    "default-columns": defaultColumnsList(built.dataset),
    overrides: overridesList(built.coverage),
    "known-units": knownUnitsTable(),
    "draft-scores": draftScoresTable([
      { label: "the seeds", score: drafts.seeds },
      ...(drafts.corpus ? [{ label: "the test corpus", score: drafts.corpus }] : []),
    ]),
    "formula-examples": formulaExamplesTable(index, FORMULA_EXAMPLES),
    "formula-errors": formulaErrorsTable(index, FORMULA_ERROR_EXAMPLES),
    "conflicts-list": conflictsList(built.dataset),
  };
}

/** `readme` with every block replaced; throws naming a block the README lacks. */
export function withReadmeBlocks(readme: string, blocks: Record<string, string>): string {
  let out = readme;
  for (const [name, text] of Object.entries(blocks)) {
    const replaced = withReadmeBlock(out, name, text);
    if (replaced === null)
      throw new Error(`README has no <!-- ${name} --> ... <!-- /${name} --> block.`);
    out = replaced;
  }
  return out;
}
