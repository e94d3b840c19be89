import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Catalog, IdIndex, SearchDirectory } from "../../src/core/dataset/pieces/pieceTypes";
import type { Dataset } from "../../src/core/dataset/schema";
import * as F from "../../src/functions/functions";
import { configureRuntimeDataset, resetRuntimeDataset } from "../../src/functions/runtimeDataset";
import { shippedDataset } from "../excel/shippedDataset";
import { installCustomFunctions } from "./customFunctionsGlobal";
import { countingFetch } from "./datasetFetch";
import { folderPieceFetch, SHIPPED_DIR } from "./pieceFetch";
import { buildReplicatedData, type ReplicatedData } from "./replicatedData";

/*
 * POLICY.TABLE, POLICY.SEARCH and POLICY.VERSION over the published pieces: the same results
 * as over the whole dataset, read from the catalog, one table's piece, or the search index and
 * a page of hits' id shards, never from dataset.json (68 MB gzip at 10,000 documents).
 */
jest.setTimeout(240_000);
const runtime = installCustomFunctions();
let replicated: ReplicatedData;
beforeAll(() => {
  replicated = buildReplicatedData(60);
});
afterAll(() => {
  runtime.uninstall();
  replicated?.remove();
});

interface Corpus {
  name: string;
  dir: string;
  dataset: Dataset;
}
const corpora = (): Corpus[] => [
  { name: "shipped", dir: SHIPPED_DIR, dataset: shippedDataset() },
  { name: "replicated", dir: replicated.dir, dataset: replicated.dataset },
];

function freshRuntime(corpus: Corpus, pieced: boolean) {
  resetRuntimeDataset();
  const whole = countingFetch(corpus.dataset);
  const pieces = folderPieceFetch(corpus.dir);
  configureRuntimeDataset({
    fetch: whole,
    ...(pieced ? { pieceFetch: pieces } : {}),
    recalculate: async () => {},
  });
  return { whole, pieces };
}

type Call = () => Promise<unknown>;

/** Each call's answer over the whole dataset and over the pieces, in one runtime each. */
async function bothPaths(corpus: Corpus, calls: Call[]) {
  const answer = async () => {
    const out: unknown[] = [];
    for (const call of calls) out.push(await call());
    return out;
  };
  freshRuntime(corpus, false);
  const whole = await answer();
  const run = freshRuntime(corpus, true);
  const pieced = await answer();
  return { whole, pieced, datasetFetches: run.whole.calls };
}

/** Column and filter choices for `table`: every column, a pair, and filters on each kind of column. */
function tableCalls(table: Dataset["tables"][number]): Call[] {
  const keys = table.columns.map((c) => c.key);
  const numeric = table.columns.find((c) => c.type === "number" || c.type === "integer");
  const date = table.columns.find((c) => c.type === "date");
  const text = table.columns.find((c) => c.type === "string");
  const calls: Call[] = [
    () => F.table(table.id),
    () => F.table(` ${table.id.toUpperCase()} `),
    () => F.table(table.id, keys.slice(-2).reverse().join(",")),
    () => F.table(table.id, `${table.columns[0].title}, ${keys[0]}`),
    () => F.table(table.id, "no_such_column"),
    () => F.table(table.id, undefined, "no_such_column = 1"),
    () => F.table(table.id, undefined, `${keys[0]} ?? 1`),
  ];
  if (numeric)
    calls.push(
      () => F.table(table.id, undefined, `${numeric.key} >= 100`),
      () => F.table(table.id, keys.slice(0, 3).join(","), `${numeric.key} < 50%`),
      () => F.table(table.id, undefined, `${numeric.key} > lots`),
    );
  if (date)
    calls.push(
      () => F.table(table.id, undefined, `${date.key} >= 2023`),
      () => F.table(table.id, undefined, `${date.key} = 2021-06 and ${keys[0]} !~ zz`),
      () => F.table(table.id, undefined, `${date.key} < soon`),
    );
  if (text)
    calls.push(
      () => F.table(table.id, undefined, `${text.key} ~ a`),
      () => F.table(table.id, `${text.key}`, `${text.key} != ""`),
    );
  return calls;
}

const SEARCHES: [unknown, unknown][] = [
  ["pill presses", undefined],
  ["OFAC sanctions", 3],
  ["sanctions", 500],
  ["overdose deaths", 1],
  ["treasury", 40],
  ["fentanyl precursor", ""],
  ["zzqqx blorft", undefined],
  ["", undefined],
  [42, undefined],
  ["pill", 0],
  ["pill", 2.5],
  ["pill", 501],
];

describe("POLICY.TABLE, SEARCH and VERSION from the pieces give the whole dataset's answers", () => {
  it.each(["shipped", "replicated"])(
    "TABLE over every table of the %s dataset, with several columns and filters",
    async (name) => {
      const corpus = corpora().find((c) => c.name === name)!;
      const calls = corpus.dataset.tables.flatMap(tableCalls);
      calls.push(
        () => F.table(corpus.dataset.tables[0].id.slice(0, -1)),
        () => F.table("no-such-table"),
        () => F.table(""),
        () => F.table(7 as unknown as string),
      );
      const r = await bothPaths(corpus, calls);
      expect(r.pieced).toEqual(r.whole);
      expect(r.datasetFetches).toEqual([]);
      // The choices reach rows and errors alike, so the comparison covers both.
      expect(r.whole.filter((a) => (a as unknown[][]).length > 1).length).toBeGreaterThan(20);
    },
  );

  it.each(["shipped", "replicated"])("SEARCH and VERSION over the %s dataset", async (name) => {
    const corpus = corpora().find((c) => c.name === name)!;
    const calls: Call[] = [
      ...SEARCHES.map(
        ([text, max]) =>
          () =>
            F.search(text as string, max as number),
      ),
      ...corpus.dataset.figures.slice(0, 5).map((f) => () => F.search(f.id.replace(/-/g, " "))),
      ...[undefined, "version", "HASH", "schema", "extractor", "sha", 3].map(
        (part) => () => F.version(part as string),
      ),
    ];
    const r = await bothPaths(corpus, calls);
    expect(r.pieced).toEqual(r.whole);
    expect(r.datasetFetches).toEqual([]);
    expect((r.whole[2] as unknown[][]).length).toBeGreaterThan(name === "shipped" ? 10 : 20);
  });
});

describe("what POLICY.TABLE, SEARCH and VERSION fetch over a corpus of many id shards", () => {
  let catalog: Catalog;
  let idShards: number;
  let search: SearchDirectory;
  const read = <T>(path: string) =>
    JSON.parse(readFileSync(join(replicated.dir, path), "utf8")) as T;
  beforeAll(() => {
    catalog = read<Catalog>("catalog.json");
    idShards = read<IdIndex>(catalog.ids.path).shards.length;
    search = read<SearchDirectory>(catalog.search.path);
  });
  const replicatedCorpus = () => corpora()[1];
  const paths = (urls: string[]) => urls.map((u) => u.replace(/^data\//, ""));

  it("is cut into many id shards", () => {
    expect(idShards).toBeGreaterThanOrEqual(8);
  });

  it("VERSION reads the catalog alone", async () => {
    const { whole, pieces } = freshRuntime(replicatedCorpus(), true);
    expect(await F.version()).toBe(`${catalog.version} (sha ${catalog.contentHash.slice(0, 8)})`);
    expect(await F.version("extractor")).toBe(catalog.extractor);
    expect(await F.version("schema")).toBe(catalog.schemaVersion);
    expect(whole.calls).toEqual([]);
    expect(pieces.calls).toEqual(["data/catalog.json"]);
  });

  it("TABLE reads the catalog and that table's piece alone, and an unknown table the catalog alone", async () => {
    for (const table of catalog.tables) {
      const { whole, pieces } = freshRuntime(replicatedCorpus(), true);
      const rows = (await F.table(table.id)) as unknown[][];
      expect(rows).toHaveLength(table.rowCount + 1);
      await F.table(table.id, table.columns[0].key);
      expect(whole.calls).toEqual([]);
      expect(paths(pieces.calls)).toEqual(["catalog.json", table.piece.path]);
    }
    const { whole, pieces } = freshRuntime(replicatedCorpus(), true);
    await F.table("sanction");
    expect([...whole.calls, ...paths(pieces.calls)]).toEqual(["catalog.json"]);
  });

  it("SEARCH(text, max) reads the search pieces and at most 2 × max id shards", async () => {
    const idShard = /^pieces\/ids\/\d+\.[0-9a-f]+\.json$/;
    for (const [text, max] of [
      ["sanctions", 3],
      ["pill presses", 1],
      ["treasury", 20],
    ] as const) {
      const { whole, pieces } = freshRuntime(replicatedCorpus(), true);
      const rows = (await F.search(text, max)) as unknown[][];
      expect(rows.length - 1).toBe(max);
      const fetched = paths(pieces.calls);
      expect(whole.calls).toEqual([]);
      const shards = fetched.filter((p) => idShard.test(p));
      expect([text, shards.length]).toEqual([text, expect.any(Number)]);
      expect(shards.length).toBeLessThanOrEqual(Math.min(2 * max, idShards));
      const searchPieces = new Set(
        [catalog.search, ...search.shards, ...search.blocks].map((p) => p.path),
      );
      // Everything else is the catalog, the id index's directory, or the search index.
      expect(fetched.filter((p) => !idShard.test(p) && !searchPieces.has(p))).toEqual([
        "catalog.json",
        catalog.ids.path,
      ]);
    }
  });
});
