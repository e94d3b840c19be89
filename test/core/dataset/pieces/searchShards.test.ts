import fc from "fast-check";
import type { PieceFile } from "../../../../src/core/dataset/pieces/planPieces";
import { planSearchIndex } from "../../../../src/core/dataset/pieces/planSearchIndex";
import type { PieceRef, SearchDirectory } from "../../../../src/core/dataset/pieces/pieceTypes";
import { searchShards, type SearchPieces } from "../../../../src/core/dataset/pieces/searchShards";
import { buildIndex } from "../../../../src/core/lookup/buildIndex";
import { searchRecords, type SearchQuery } from "../../../../src/core/lookup/searchRecords";
import { shippedDataset } from "../../../excel/shippedDataset";

const dataset = shippedDataset();
const whole = buildIndex(dataset);

/** The search pieces of the shipped dataset, cut small so queries cross shards and blocks. */
function plan(targetBytes: number, blockRecords: number) {
  const files = new Map<string, string>();
  const read: string[] = [];
  const piece = (stem: string, ext: string, content: string): PieceRef => {
    const file: PieceFile = { path: `pieces/${stem}.${ext}`, content };
    files.set(file.path, file.content);
    return { path: file.path, sha256: "", bytes: content.length };
  };
  const ref = planSearchIndex(dataset, targetBytes, piece, blockRecords);
  const json = <T>(r: PieceRef): Promise<T> => {
    read.push(r.path);
    return Promise.resolve(JSON.parse(files.get(r.path)!) as T);
  };
  const directory = JSON.parse(files.get(ref.path)!) as SearchDirectory;
  const pieces: SearchPieces = {
    directory,
    shard: (i) => json(directory.shards[i]),
    block: (i) => json(directory.blocks[i]),
    sources: () => json(directory.sources),
  };
  return { pieces, directory, read };
}

const QUERIES: SearchQuery[] = [
  { text: "" },
  { text: "pill presses" },
  { text: "fentanyl seized" },
  { text: "sanctions" },
  { text: "OFAC sanctions" },
  { text: "overdose deaths 2022" },
  { text: "fent" },
  { text: "seiz" },
  { text: "3,600" },
  { text: "in the of" },
  { text: "us" },
  { text: "no such words zzzz" },
  { text: "deaths", types: ["figure"] },
  { text: "", types: ["event"] },
  { text: "fentanyl", category: "seizures" },
  { text: "", category: " Sanctions " },
  { text: "fentanyl", from: "2023", to: "2023-12" },
  { text: "", from: "2024-01-01" },
  { text: "", to: "2021" },
  { text: "", source: "treasury" },
  { text: "fentanyl", source: dataset.sources[0].id },
  { text: "", source: "" },
];

describe("searchShards", () => {
  const small = plan(2_000, 16);
  const shipped = plan(100_000, 500);

  it.each(QUERIES)("finds what searchRecords finds over the whole dataset: %j", async (query) => {
    const expected = searchRecords(whole, { ...query, max: whole.records.size });
    for (const { pieces } of [small, shipped]) {
      const found = await searchShards(pieces, { ...query, max: whole.records.size });
      expect(found.hits).toEqual(expected.map((h) => ({ id: h.id, type: h.type, score: h.score })));
      expect(found.total).toBe(expected.length);
    }
  });

  it("returns a page of max hits and counts them all", async () => {
    const all = searchRecords(whole, { text: "", max: whole.records.size });
    const found = await searchShards(small.pieces, { text: "", max: 20 });
    expect(found.total).toBe(all.length);
    expect(found.hits.map((h) => h.id)).toEqual(all.slice(0, 20).map((h) => h.id));
  });

  it("gives the same hits for any words of the dataset's records", async () => {
    const words = [
      ...new Set(
        [...dataset.figures.map((f) => f.metric), ...dataset.events.map((e) => e.title)]
          .join(" ")
          .split(/\s+/),
      ),
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 60 }),
        async (picked, max) => {
          const query = { text: picked.join(" "), max };
          const expected = searchRecords(whole, query).map((h) => [h.id, h.score]);
          const found = await searchShards(small.pieces, query);
          expect(found.hits.map((h) => [h.id, h.score])).toEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("reads one term shard per word and only the entry blocks of the page", async () => {
    small.read.length = 0;
    await searchShards(small.pieces, { text: "pill presses", max: 1 });
    const shards = small.read.filter((p) => p.includes("/terms-"));
    const blocks = small.read.filter((p) => p.includes("/entries-"));
    expect(shards.length).toBe(2);
    expect(blocks.length).toBe(1);
    expect(small.directory.blocks.length).toBeGreaterThan(5);
    expect(small.directory.shards.length).toBeGreaterThan(5);
  });

  it("reads no term shard for an empty query and no documents without a Source filter", async () => {
    small.read.length = 0;
    await searchShards(small.pieces, { text: "", max: 20 });
    expect(small.read.filter((p) => !p.includes("/entries-"))).toEqual([]);
  });

  it("refuses a date that is not ISO, naming what would be valid", async () => {
    await expect(searchShards(small.pieces, { text: "", from: "last year" })).rejects.toThrow(
      /an ISO date such as 2023/,
    );
  });
});
