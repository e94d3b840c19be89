import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSeeds, readmeBlocks, readSeedsConfig } from "../../src/cli/readmeBlocks";
import { expectAboutFromBuild, expectReadmeBlocksCurrent } from "./datasetPins";

const ROOT = join(__dirname, "../..");
const SEEDS = join(ROOT, "seeds");

/** The README states what the build and the registry say; `npm run readme` writes the new text. */
describe("README passages generated from the build", () => {
  it("every <!-- block --> is what the build, the registry and the drafts' scoring give", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    expectReadmeBlocksCurrent(readme, readmeBlocks(SEEDS, join(ROOT, "test/corpus")));
  });
});

/** The title and description datapackage.json publishes (and About shows) must be true. */
describe("the dataset's title and description", () => {
  it("seeds/dataset.yaml states no count or year; the build adds the documents and the years", () => {
    expectAboutFromBuild(readSeedsConfig(SEEDS), buildSeeds(SEEDS).dataset);
  });
});
