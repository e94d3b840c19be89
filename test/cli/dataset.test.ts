import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { parseDataset } from "../../src/core/dataset/parseDataset";
import type {
  Catalog,
  IdIndex,
  NearIdDirectory,
  LookupDirectory,
  SearchDirectory,
} from "../../src/core/dataset/pieces/pieceTypes";

// Each case spawns the CLI (tsx start-up plus a full build) up to three times.
jest.setTimeout(120_000);

const ROOT = join(__dirname, "../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");
const DOC_A = "000_aaaaaaaaaaaaaaaa";
const DOC_B = "001_bbbbbbbbbbbbbbbb";

const TEXT_A =
  "The department has imposed 200 sanctions since the order was issued. " +
  "More than 107,000 people died from drug overdoses in 2022, the CDC said on Monday.";
const TEXT_B =
  "More than 100,000 deaths a year have been linked to drug overdoses since 2020, " +
  'with "about two-thirds" tied to fentanyl.';

const ANNOTATION_A = `doc: ${DOC_A}
source:
  title: Treasury update
  publisher: Example Wire
  published: "2023-12-04"
  kind: news
figures:
  - id: sanctions-since-order
    quote: "The department has imposed 200 sanctions since the order was issued."
    value: 200
    unit: sanctions
    qualifier: exact
    metric: Sanctions imposed since the order
    category: sanctions
    actor: Treasury
    place: null
    period: { text: since the order was issued, start: null, end: "2023-12-04" }
    tables: [figures]
  - id: deaths-2022
    quote: "More than 107,000 people died from drug overdoses in 2022, the CDC said on Monday."
    value: 107000
    unit: deaths
    qualifier: more_than
    metric: Annual overdose deaths
    category: deaths
    actor: CDC
    place: United States
    period: { text: in 2022, start: "2022", end: "2022" }
    fact: overdose-deaths-annual
    tables: [figures]
dismissed:
  - mention: "2022"
    reason: Period of deaths-2022.
  - mention: Monday
    reason: Day the CDC spoke; not an event.
`;

const ANNOTATION_B = `doc: ${DOC_B}
source:
  title: "Story, with a comma"
  publisher: Example "Quoted" Press
  published: null
  publishedNote: The text states no date.
  kind: news
  rights: "© 2023 Example. All rights reserved."
figures:
  - id: deaths-per-year
    quote: "More than 100,000 deaths a year have been linked to drug overdoses since 2020"
    value: 100000
    unit: deaths
    qualifier: more_than
    metric: Annual overdose deaths
    category: deaths
    actor: null
    place: United States
    period: { text: a year since 2020, start: "2020", end: null }
    fact: overdose-deaths-annual
    tables: [figures]
  - id: fentanyl-share
    quote: 'with "about two-thirds" tied to fentanyl.'
    value: 66.67
    unit: percent
    qualifier: about
    metric: Share tied to fentanyl
    category: deaths
    actor: null
    place: United States
    period: { text: null, start: null, end: null }
    tables: [figures]
dismissed:
  - mention: "2020"
    reason: Period of deaths-per-year.
`;

const CONFIG = `name: cli-fixture
title: CLI fixture
description: Two small documents.
version: 1.0.0
tables:
  - id: figures
    title: Figures
    description: Every tagged figure.
    kind: figures
    columns:
      - { key: metric, title: Metric, type: string, unit: null, format: "@", description: null }
      - { key: value, title: Value, type: number, unit: null, format: "#,##0", description: null }
      - { key: source.quote, title: Quote, type: string, unit: null, format: "@", description: null }
  - id: sources
    title: Sources
    description: The documents.
    kind: sources
    rows: all
    columns:
      - { key: id, title: Id, type: string, unit: null, format: "@", description: null }
      - { key: publisher, title: Publisher, type: string, unit: null, format: "@", description: null }
      - { key: rights, title: Rights, type: string, unit: null, format: "@", description: null }
  - id: conflicts
    title: Conflicts
    description: Conflicts.
    kind: conflicts
    rows: all
    columns:
      - { key: subject, title: Subject, type: string, unit: null, format: "@", description: null }
      - { key: sides.*.value, title: Values, type: string, unit: null, format: "@", description: null }
`;

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function seeds(): string {
  const dir = mkdtempSync(join(tmpdir(), "pt-seeds-"));
  made.push(dir);
  mkdirSync(join(dir, "annotations"));
  writeFileSync(join(dir, `${DOC_A}.txt`), TEXT_A);
  writeFileSync(join(dir, `${DOC_B}.txt`), TEXT_B);
  writeFileSync(join(dir, "annotations", `${DOC_A}.yaml`), ANNOTATION_A);
  writeFileSync(join(dir, "annotations", `${DOC_B}.yaml`), ANNOTATION_B);
  writeFileSync(join(dir, "dataset.yaml"), CONFIG);
  return dir;
}

function run(dir: string, out: string, ...args: string[]) {
  const r = spawnSync(TSX, ["src/cli/dataset.ts", "--seeds", dir, "--out", out, ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every file under `dir` by its path there, pieces/ included. */
const files = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const path = join(e.parentPath, e.name);
        return [relative(dir, path), readFileSync(path, "utf8")];
      }),
  );

describe("npm run dataset", () => {
  const dir = seeds();
  const out = join(dir, "out");
  const initial = run(dir, out, "--bump", "initial");

  it("records the first release and writes every output", () => {
    expect(initial.stderr).toBe("");
    expect(initial.status).toBe(0);
    expect(initial.stdout).toContain("Released version 1.0.0");
    expect(readdirSync(out).sort()).toEqual([
      "catalog.json",
      "conflicts.csv",
      "coverage.json",
      "datapackage.json",
      "dataset.json",
      "figures.csv",
      "pieces",
      "sources.csv",
    ]);
    expect(JSON.parse(readFileSync(join(dir, "dataset.lock.json"), "utf8"))).toMatchObject({
      version: "1.0.0",
      records: ["deaths-2022", "deaths-per-year", "fentanyl-share", "sanctions-since-order"],
    });
  });

  it("writes dataset.json as JSON.stringify would, and lists each file's true size and sha256", () => {
    const text = readFileSync(join(out, "dataset.json"), "utf8");
    expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2) + "\n");
    const pkg = JSON.parse(readFileSync(join(out, "datapackage.json"), "utf8")) as {
      resources: { path: string; bytes: number; hash: string }[];
    };
    expect(pkg.resources.length).toBeGreaterThan(1);
    for (const r of pkg.resources) {
      const bytes = readFileSync(join(out, r.path));
      expect([r.path, r.bytes, r.hash]).toEqual([
        r.path,
        bytes.length,
        `sha256:${createHash("sha256").update(bytes).digest("hex")}`,
      ]);
    }
  });

  it("prints a summary and writes a dataset that parseDataset accepts", () => {
    const again = run(dir, out);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/documents {2}2\n {2}figures {4}4\n {2}events {5}0\n/);
    expect(again.stdout).toContain("conflicts  1: overdose-deaths-annual-conflict");
    expect(again.stdout).toContain("mentions   7 triaged of 7");
    expect(again.stdout).toContain("overrides  0 field(s) kept against the extractor");
    expect(JSON.parse(readFileSync(join(out, "coverage.json"), "utf8")).overrides).toEqual([]);
    const dataset = parseDataset(JSON.parse(readFileSync(join(out, "dataset.json"), "utf8")));
    expect(dataset.sources[1].rights).toBe("© 2023 Example. All rights reserved.");
  });

  it("writes byte-identical output on a second run", () => {
    const first = files(out);
    const other = join(dir, "out2");
    expect(run(dir, other).status).toBe(0);
    expect(files(other)).toEqual(first);
  });

  it("writes RFC 4180 CSV with quoted commas and quotes", () => {
    const csv = readFileSync(join(out, "sources.csv"), "utf8");
    expect(csv).toBe(
      "\uFEFFid,publisher,rights\r\n" +
        `${DOC_A},Example Wire,\r\n` +
        `${DOC_B},"Example ""Quoted"" Press",© 2023 Example. All rights reserved.\r\n`,
    );
    expect(readFileSync(join(out, "figures.csv"), "utf8")).toContain(
      `Share tied to fentanyl,66.67,"with ""about two-thirds"" tied to fentanyl."\r\n`,
    );
  });

  it("deletes only the CSVs its previous build listed, never other files in --out", () => {
    const shared = join(dir, "shared-out");
    expect(run(dir, shared).status).toBe(0);
    writeFileSync(join(shared, "analysis.csv"), "mine\r\n");
    writeFileSync(join(shared, "notes.txt"), "mine");
    const fewer = seeds();
    cpSync(join(dir, "dataset.lock.json"), join(fewer, "dataset.lock.json"));
    writeFileSync(
      join(fewer, "dataset.yaml"),
      CONFIG.slice(0, CONFIG.indexOf("  - id: conflicts")),
    );
    const rebuilt = run(fewer, shared, "--bump", "patch");
    expect(rebuilt.stderr).toBe("");
    expect(readdirSync(shared).sort()).toEqual([
      "analysis.csv",
      "catalog.json",
      "coverage.json",
      "datapackage.json",
      "dataset.json",
      "figures.csv",
      "notes.txt",
      "pieces",
      "sources.csv",
    ]);
    expect(readFileSync(join(shared, "analysis.csv"), "utf8")).toBe("mine\r\n");
    // Only the pieces the new catalog reaches remain: the dropped table's piece is gone.
    const catalog = JSON.parse(readFileSync(join(shared, "catalog.json"), "utf8")) as Catalog;
    const ids = JSON.parse(readFileSync(join(shared, catalog.ids.path), "utf8")) as IdIndex;
    const near = JSON.parse(readFileSync(join(shared, ids.near!.path), "utf8")) as NearIdDirectory;
    const idShards = [...ids.shards, ids.near!, ...near.blocks].map((s) => s.path);
    const lookup = JSON.parse(
      readFileSync(join(shared, catalog.lookup!.path), "utf8"),
    ) as LookupDirectory;
    const lookupPieces = [...lookup.blocks, ...lookup.postings].map((p) => p.path);
    const search = JSON.parse(
      readFileSync(join(shared, catalog.search.path), "utf8"),
    ) as SearchDirectory;
    const searchPieces = [...search.shards, ...search.blocks, search.sources].map((p) => p.path);
    const docs = Object.keys(files(shared)).filter((p) => p.startsWith("pieces/docs/"));
    expect(
      Object.keys(files(shared))
        .filter((p) => p.startsWith("pieces/"))
        .sort(),
    ).toEqual(
      [
        ...catalog.tables.map((t) => t.piece.path),
        catalog.ids.path,
        catalog.search.path,
        catalog.lookup!.path,
        catalog.workbook!.path,
        ...lookupPieces,
        ...searchPieces,
        ...idShards,
        ...docs,
      ].sort(),
    );
    expect(docs).toHaveLength(2);
    expect(catalog.tables.map((t) => t.id)).not.toContain("conflicts");
  });

  it("never deletes outside --out, whatever the previous datapackage.json says", () => {
    const target = join(dir, "victim.csv");
    writeFileSync(target, "keep");
    const out3 = join(dir, "out3");
    mkdirSync(out3);
    writeFileSync(
      join(out3, "datapackage.json"),
      JSON.stringify({ resources: [{ path: "../victim.csv" }, { path: target }] }),
    );
    expect(run(dir, out3).status).toBe(0);
    expect(readFileSync(target, "utf8")).toBe("keep");
  });

  it("fails while a mention is untriaged, naming it with its sentence", () => {
    const broken = seeds();
    cpSync(join(dir, "dataset.lock.json"), join(broken, "dataset.lock.json"));
    const file = join(broken, "annotations", `${DOC_A}.yaml`);
    writeFileSync(file, readFileSync(file, "utf8").replace(/ {2}- mention: Monday\n.*\n/, ""));
    const r = run(broken, join(broken, "out"));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("1 untriaged mention(s)");
    expect(r.stderr).toContain(
      `${DOC_A} @144 date "Monday": More than 107,000 people died from drug overdoses in 2022, the CDC said on Monday.`,
    );
    const coverage = JSON.parse(readFileSync(join(broken, "out", "coverage.json"), "utf8"));
    expect(coverage.untriaged).toHaveLength(1);
  });

  it("fails on a stale dismissal", () => {
    const stale = seeds();
    cpSync(join(dir, "dataset.lock.json"), join(stale, "dataset.lock.json"));
    const file = join(stale, "annotations", `${DOC_B}.yaml`);
    writeFileSync(file, readFileSync(file, "utf8") + '  - mention: "1999"\n    reason: Old.\n');
    const r = run(stale, join(stale, "out"));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `dismissed[1] (mention "1999"): stale, the extractor finds no mention with this text in ${DOC_B}; remove it`,
    );
  });

  it("fails when the content changed without a version bump, then bumps", () => {
    const changed = seeds();
    cpSync(join(dir, "dataset.lock.json"), join(changed, "dataset.lock.json"));
    const file = join(changed, "annotations", `${DOC_A}.yaml`);
    writeFileSync(file, readFileSync(file, "utf8").replace("Annual overdose deaths", "Deaths"));
    const out2 = join(changed, "out");
    const r = run(changed, out2);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      "but the version is still 1.0.0; run npm run dataset -- --bump patch",
    );
    expect(run(changed, out2, "--bump", "minor").status).toBe(0);
    expect(readFileSync(join(changed, "dataset.yaml"), "utf8")).toContain("version: 1.1.0");
    expect(run(changed, out2).status).toBe(0);
    expect(JSON.parse(readFileSync(join(out2, "datapackage.json"), "utf8")).version).toBe("1.1.0");
  });

  it("rejects an unknown argument with the usage", () => {
    const r = run(dir, out, "--bump", "huge");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('unknown or incomplete argument "--bump"');
    expect(r.stderr).toContain("Usage: npm run dataset");
  });
});
