import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { buildDataset } from "../../src/core/dataset/buildDataset";
import { DatasetConfig } from "../../src/core/dataset/datasetConfig";
import {
  datasetCountsLine,
  datasetSpanLine,
  defaultColumnsList,
  knownUnitsTable,
  overridesList,
  readmeBlock,
} from "../../src/core/dataset/readmeBlocks";

const ROOT = join(__dirname, "../..");
const SEEDS = join(ROOT, "seeds");

function buildSeeds() {
  const documents = readdirSync(SEEDS)
    .filter((f) => f.endsWith(".txt"))
    .map((file) => ({ file, text: readFileSync(join(SEEDS, file), "utf8") }));
  const annotations = readdirSync(join(SEEDS, "annotations"))
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => ({ file: f, data: parse(readFileSync(join(SEEDS, "annotations", f), "utf8")) }));
  const config = DatasetConfig.parse(parse(readFileSync(join(SEEDS, "dataset.yaml"), "utf8")));
  return buildDataset(documents, annotations, config);
}

/** The README states what the build and the registry say; `npm run readme` writes the new text. */
describe("README passages generated from the build", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const built = buildSeeds();

  it.each([
    ["dataset-span", () => datasetSpanLine(built.dataset)],
    ["dataset-counts", () => datasetCountsLine(built.dataset, built.coverage)],
    ["default-columns", () => defaultColumnsList(built.dataset)],
    ["overrides", () => overridesList(built.coverage)],
    ["known-units", () => knownUnitsTable()],
  ])("README block <!-- %s --> is what the build gives", (name, expected) => {
    expect(readmeBlock(readme, name)).toBe(expected());
  });
});
