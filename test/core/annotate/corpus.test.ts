import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { readGold } from "../../../src/cli/bench/annotate";
import { byField, scoreDocuments } from "../../../src/core/annotate/scoreDocuments";
import { buildDataset } from "../../../src/core/dataset/buildDataset";
import { readSeedConfig, readSeedDocs } from "./seedsFixture";

const CORPUS = join(__dirname, "../../corpus");

/**
 * What the drafter reaches on the held-out corpus today (33.7% on 13 documents, where it was
 * 39.1%; 18.5% on the first 5, where it was 41.4%), so a regression fails; the target
 * is under 25%.
 */
const CHANGED_SHARE_BOUND = 0.34;
/** The share of proposals an analyst deletes there today (31.0%; it was 42.0%). */
const DELETED_SHARE_BOUND = 0.33;

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

  it("is drafted, knowing the seeds, with the share of changed fields under the bound", () => {
    const gold = readGold(CORPUS);
    const score = scoreDocuments(
      gold,
      readSeedDocs().map((s) => s.gold),
      readSeedConfig().tables,
    );
    console.log(
      `Test corpus: ${score.fields.changed} of ${score.fields.total} reviewed fields changed ` +
        `(${(100 * score.changedShare).toFixed(1)}%; target < 25%); ${score.deleted} of ${score.proposed} ` +
        `proposals deleted. By field: ${byField(score.perField)}.`,
    );
    // Every hand-made record is scored, none skipped.
    expect(score.records).toBe(
      gold.reduce((n, d) => n + d.gold.figures.length + d.gold.events.length, 0),
    );
    expect(score.changedShare).toBeLessThan(CHANGED_SHARE_BOUND);
    expect(score.deletedShare).toBeLessThan(DELETED_SHARE_BOUND);
  });
});
