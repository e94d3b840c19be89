import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { scoreDrafts } from "../../src/cli/bench/annotate";
import { readmeBlocks, readSeedsConfig } from "../../src/cli/readmeBlocks";
import { CHANGED_SHARE_TARGET } from "../../src/core/annotate/draftScoresTable";
import { datasetAbout } from "../../src/core/dataset/datasetAbout";
import { parseDataset } from "../../src/core/dataset/parseDataset";
import { readmeBlock } from "../../src/core/dataset/readmeBlocks";
import {
  expectAboutFromBuild,
  expectConflictSidesShown,
  expectReadmeBlocksCurrent,
  expectReadmeFormulasHold,
  goldRecordCount,
} from "./datasetPins";

// Four CLI runs (tsx start-up, a full build with its pieces, the drafts' scoring).
jest.setTimeout(240_000);

const ROOT = join(__dirname, "../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");
const FIXTURE = join(ROOT, "test/fixtures/addDocument");
const CORPUS = join(ROOT, "test/corpus");

function run(script: string, ...args: string[]): string {
  const out = spawnSync(TSX, [join(ROOT, "src/cli", script), ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (out.status !== 0) throw new Error(`${script} ${args.join(" ")}:\n${out.stdout}${out.stderr}`);
  return out.stdout;
}

/**
 * README "Adding a document", followed as a new user would on a copy of the seeds and the
 * README: annotate a new CDC release (its reviewed annotation is the fixture's), npm run
 * dataset, bump, npm run readme. The document adds a 2022 overdose-deaths count by the CDC, so
 * the README's `LOOKUP("overdose deaths", "CDC", 2022)` example becomes ambiguous, a conflict
 * gains a side and the counts change; every check that holds the shipped dataset must still
 * hold, with nothing edited by hand.
 */
describe("adding a document as README 'Adding a document' says", () => {
  const dir = mkdtempSync(join(tmpdir(), "pt-add-document-"));
  const seeds = join(dir, "seeds");
  const out = join(dir, "dist");
  const readmeFile = join(dir, "README.md");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(() => {
    cpSync(join(ROOT, "seeds"), seeds, { recursive: true });
    cpSync(join(ROOT, "README.md"), readmeFile);
    const before = new Set(readdirSync(seeds));
    run("annotate.ts", "--new", join(FIXTURE, "cdc-overdose-deaths-2022.txt"), "--seeds", seeds);
    const added = readdirSync(seeds).find((f) => !before.has(f) && f.endsWith(".txt"))!;
    const doc = added.slice(0, -4);
    // The analyst's review: the draft replaced by the reviewed annotation.
    const reviewed = readFileSync(join(FIXTURE, "cdc-overdose-deaths-2022.yaml"), "utf8");
    writeFileSync(
      join(seeds, "annotations", `${doc}.yaml`),
      reviewed.replace(/^doc: .*$/m, `doc: ${doc}`),
    );
    run("dataset.ts", "--seeds", seeds, "--out", out, "--bump", "minor");
    run("updateReadme.ts", "--seeds", seeds, "--readme", readmeFile);
  });

  const dataset = () => parseDataset(JSON.parse(readFileSync(join(out, "dataset.json"), "utf8")));
  const readme = () => readFileSync(readmeFile, "utf8");

  it("grows the dataset so the README's lookup example becomes ambiguous (what the checks below face)", () => {
    expect(dataset().sources).toHaveLength(
      readdirSync(join(ROOT, "seeds")).filter((f) => f.endsWith(".txt")).length + 1,
    );
    expect(readmeBlock(readme(), "formula-examples")).toMatch(
      /`=POLICY\.LOOKUP\("overdose deaths", "CDC", 2022\)` \| `#N\/A` \d+ figures match/,
    );
  });

  it("npm run readme leaves every generated block as the grown build gives it", () => {
    expectReadmeBlocksCurrent(readme(), readmeBlocks(seeds, CORPUS));
  });

  it("every README formula example gives the result the README shows", () => {
    expectReadmeFormulasHold(readme(), dataset());
  });

  it("the published title and description state the grown counts and years", () => {
    const config = readSeedsConfig(seeds);
    expectAboutFromBuild(config, dataset());
    const pkg = JSON.parse(readFileSync(join(out, "datapackage.json"), "utf8")) as object;
    expect(pkg).toMatchObject(datasetAbout(dataset(), config));
  });

  it("the conflicts table shows every side, the new document's too", () => {
    expectConflictSidesShown(dataset());
  });

  it("the drafts are scored on every gold record, and an analyst changes fewer fields than the target", () => {
    const { seeds: score } = scoreDrafts(seeds, CORPUS);
    expect(score.records).toBe(goldRecordCount(seeds));
    expect(score.changedShare).toBeLessThan(CHANGED_SHARE_TARGET);
  });
});
