import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Catalog, IdIndex, NearIdDirectory } from "../../src/core/dataset/pieces/pieceTypes";
import { MAX_TEXT } from "../../src/core/lookup/arguments";
import * as F from "../../src/functions/functions";
import { configureRuntimeDataset, resetRuntimeDataset } from "../../src/functions/runtimeDataset";
import { asError, installCustomFunctions } from "./customFunctionsGlobal";
import { countingFetch } from "./datasetFetch";
import { folderPieceFetch } from "./pieceFetch";
import { buildReplicatedData, type ReplicatedData } from "./replicatedData";

/*
 * An id no record has, and a LOOKUP no figure matches, answered over a corpus cut into many
 * id shards and sorted-id blocks: from the id index and the blocks around the typed text, with
 * the whole dataset's wording, never fetching dataset.json.
 */
jest.setTimeout(180_000);
const runtime = installCustomFunctions();
let data: ReplicatedData;
let catalog: Catalog;
let near: NearIdDirectory;
let shards: number;
beforeAll(() => {
  data = buildReplicatedData(60);
  const read = <T>(path: string) => JSON.parse(readFileSync(join(data.dir, path), "utf8")) as T;
  catalog = read<Catalog>("catalog.json");
  const ids = read<IdIndex>(catalog.ids.path);
  shards = ids.shards.length;
  near = read<NearIdDirectory>(ids.near!.path);
});
afterAll(() => {
  runtime.uninstall();
  data?.remove();
});

function freshRuntime(pieced: boolean) {
  resetRuntimeDataset();
  const whole = countingFetch(data.dataset);
  const pieces = folderPieceFetch(data.dir);
  configureRuntimeDataset({
    fetch: whole,
    ...(pieced ? { pieceFetch: pieces } : {}),
    recalculate: async () => {},
  });
  return { whole, pieces };
}

/** The answer over the pieces and over the whole dataset, and what the pieced runtime fetched. */
async function both<A extends unknown[]>(call: (...args: A) => Promise<unknown>, ...args: A) {
  freshRuntime(false);
  const whole = { ...asError(await call(...args)) };
  const run = freshRuntime(true);
  const pieced = { ...asError(await call(...args)) };
  return { whole, pieced, dataset: run.whole.calls, urls: run.pieces.calls };
}

const under = (urls: string[], stem: string) =>
  urls.filter((u) => new RegExp(`/pieces/${stem}\\.[0-9a-f]+\\.json$`).test(u));

describe("unknown ids and unmatched LOOKUPs over a corpus of many id shards", () => {
  it("is cut into many id shards and sorted-id blocks", () => {
    expect(shards).toBeGreaterThanOrEqual(8);
    expect(near.blocks.length).toBeGreaterThanOrEqual(4);
  });

  it("says an id is unknown and suggests the ids beside it as the whole dataset does, reading one shard and three blocks", async () => {
    const copied = data.dataset.figures.find((f) => f.id.endsWith("-r1"))!.id;
    const typos = [
      copied.replace(/-r1$/, "-r0"), // the copy the seeds' own id never had
      copied.slice(0, -1),
      copied.replace(/-r1$/, "-r999"),
      data.dataset.figures[0].id + "s",
      data.dataset.events[0].id.toUpperCase().replace(/-/g, " "),
    ];
    for (const typed of typos) {
      const r = await both(F.value, typed);
      expect([typed, r.pieced]).toEqual([typed, r.whole]);
      expect(r.pieced).toMatchObject({
        code: "#N/A",
        message: expect.stringMatching(/^No figure or event has id ".*"\. Did you mean .+\?$/),
      });
      expect(r.dataset).toEqual([]);
      expect(under(r.urls, "ids/\\d+")).toHaveLength(1);
      expect(under(r.urls, "ids/near-\\d+").length).toBeLessThanOrEqual(3);
      expect(r.urls.length).toBeLessThan(shards);
    }
  });

  it("gives every id function the same message for an unknown id", async () => {
    const typed = data.dataset.figures[3].id + "-r0";
    const calls: [string, () => Promise<unknown>][] = [
      ["QUOTE", () => F.quote(typed)],
      ["FIELD", () => F.field(typed, "unit")],
      ["DATE", () => F.date(typed, "start")],
      ["SOURCE", () => F.source(typed)],
      ["CARD", () => F.card(typed)],
    ];
    for (const [name, call] of calls) {
      const r = await both(call);
      expect([name, r.pieced]).toEqual([name, r.whole]);
      expect(r.dataset).toEqual([]);
    }
  });

  it("answers POLICY.SOURCE of a document id, and refuses it where a figure is asked, from the pieces", async () => {
    const doc = data.dataset.sources[data.dataset.sources.length - 1];
    freshRuntime(false);
    const wholeCitation = await F.source(doc.id, "apa");
    const { whole } = freshRuntime(true);
    expect(await F.source(doc.id, "apa")).toBe(wholeCitation);
    const r = await both(F.value, doc.id);
    expect(r.pieced).toEqual(r.whole);
    expect([...whole.calls, ...r.dataset]).toEqual([]);
  });

  it("lists the ids nearest a LOOKUP no figure holds the words of, as the whole dataset words it", async () => {
    const r = await both(F.lookup, "zzqqx blorft", undefined, undefined, undefined);
    expect(r.pieced).toMatchObject({
      code: "#N/A",
      message: expect.stringMatching(
        /^No figure matches "zzqqx blorft"\. Did you mean [^,]+, [^,]+, [^,]+\?$/,
      ),
    });
    expect(r.dataset).toEqual([]);
    expect(r.urls.some((u) => u.includes("/pieces/lookup/postings-"))).toBe(true);
    expect(under(r.urls, "ids/near-\\d+").length).toBeLessThanOrEqual(3);
    expect(r.urls.filter((u) => /\/pieces\/lookup\/figures-/.test(u))).toEqual([]);
  });

  it("suggests the figures sorted beside misspelt words as the whole dataset does", async () => {
    for (const text of ["treasury sanctoins", "us overdose deahts"]) {
      const r = await both(F.lookup, text, undefined, undefined, undefined);
      expect([text, r.pieced]).toEqual([text, r.whole]);
      expect(r.pieced.message).toMatch(/Did you mean/);
      expect(r.dataset).toEqual([]);
    }
  });
});

describe("a missing or non-text id over the pieces", () => {
  it("is refused with the whole dataset's message, from the catalog's example ids, never fetching dataset.json", async () => {
    const odd: unknown[] = [5, 45000.5, true, null, undefined, "", "   ", "x".repeat(MAX_TEXT + 1)];
    const calls: [string, (id: unknown) => Promise<unknown>][] = [
      ["VALUE", (id) => F.value(id as string)],
      ["DATE", (id) => F.date(id as string)],
      ["FIELD", (id) => F.field(id as string, "unit")],
      ["SOURCE", (id) => F.source(id as string)],
      ["QUOTE", (id) => F.quote(id as string)],
      ["CARD", (id) => F.card(id as string)],
    ];
    for (const [name, call] of calls)
      for (const id of odd) {
        const r = await both(call, id);
        expect([name, id, r.pieced]).toEqual([name, id, r.whole]);
        expect(r.pieced.code).toBe("#VALUE!");
        expect(r.dataset).toEqual([]);
        expect(under(r.urls, "ids/\\d+").length).toBeLessThanOrEqual(2);
      }
  });
});
