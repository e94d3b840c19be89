import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { buildDataset } from "../../../src/core/dataset/buildDataset";
import { readSeedConfig } from "./seedsFixture";

const CORPUS = join(__dirname, "../../corpus");

describe("the hand-annotated test corpus of npm run bench", () => {
  it("builds like the seeds: every quote found, every mention triaged, misreadings overridden with a reason", () => {
    const files = readdirSync(CORPUS).filter((f) => f.endsWith(".txt"));
    expect(files.length).toBeGreaterThanOrEqual(4);
    const { coverage } = buildDataset(
      files.map((file) => ({ file, text: readFileSync(join(CORPUS, file), "utf8") })),
      files.map((file) => {
        const yaml = join(CORPUS, "annotations", file.replace(/\.txt$/, ".yaml"));
        return { file: yaml, data: parse(readFileSync(yaml, "utf8")) };
      }),
      readSeedConfig(),
    );
    expect(coverage.problems).toEqual([]);
    expect(coverage.untriaged).toEqual([]);
  });
});
