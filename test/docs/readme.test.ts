import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { scoreDrafts } from "../../src/cli/bench/annotate";
import { draftScoresTable } from "../../src/core/annotate/draftScoresTable";
import { buildDataset } from "../../src/core/dataset/buildDataset";
import { DatasetConfig } from "../../src/core/dataset/datasetConfig";
import {
  datasetCountsLine,
  datasetSpanLine,
  datasetYears,
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
    [
      "draft-scores",
      () => {
        const drafts = scoreDrafts(SEEDS, join(ROOT, "test/corpus"));
        return draftScoresTable([
          { label: "the seeds", score: drafts.seeds },
          ...(drafts.corpus ? [{ label: "the test corpus", score: drafts.corpus }] : []),
        ]);
      },
    ],
  ])("README block <!-- %s --> is what the build gives", (name, expected) => {
    expect(readmeBlock(readme, name)).toBe(expected());
  });
});

/** seeds/dataset.yaml's title and description go into the datapackage and About: they must be true. */
describe("the dataset's title and description", () => {
  const built = buildSeeds();
  const config = DatasetConfig.parse(parse(readFileSync(join(SEEDS, "dataset.yaml"), "utf8")));
  const years = datasetYears(built.dataset);
  const NUMBER_WORDS = [
    "no",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
  ];

  it("the title's years are the years the events and figures' periods cover", () => {
    expect(config.title).toMatch(new RegExp(`, ${years.all}$`));
  });

  it("the description names the number of documents and the years of events and periods", () => {
    const count =
      NUMBER_WORDS[built.dataset.sources.length] ?? String(built.dataset.sources.length);
    expect(config.description).toContain(`from ${count} documents`);
    expect(config.description).toContain(
      `The events are dated ${years.events} and the figures' periods fall in ${years.periods}.`,
    );
  });

  it("states no other years than those", () => {
    const stated = `${config.title} ${config.description}`.match(/\b\d{4}(?:[–-]\d{4})?\b/g) ?? [];
    expect(new Set(stated)).toEqual(new Set([years.all, years.events, years.periods]));
  });
});
