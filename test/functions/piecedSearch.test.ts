import { planPieces } from "../../src/core/dataset/pieces/planPieces";
import type { Catalog, IdIndex, IdShard } from "../../src/core/dataset/pieces/pieceTypes";
import { shardOf } from "../../src/core/dataset/pieces/shardOf";
import { buildIndex } from "../../src/core/lookup/buildIndex";
import { searchRecords, type SearchQuery } from "../../src/core/lookup/searchRecords";
import { PiecedDataset } from "../../src/functions/piecedDataset";
import { openSearch, searchPage } from "../../src/functions/piecedSearch";
import { PieceReader, type PieceFetch } from "../../src/functions/pieceReader";
import { sha256Hex } from "../../src/core/dataset/contentHash";
import { shippedDataset } from "../excel/shippedDataset";

const dataset = shippedDataset();
const whole = buildIndex(dataset);
const planned = planPieces(dataset);

/** The shipped pieces served from memory, `edit` changing a piece's text before it is served. */
async function open(edit: (path: string, content: string) => string = (_, c) => c) {
  const files = new Map(planned.files.map((f) => [`data/${f.path}`, f.content]));
  const calls: string[] = [];
  const fetchPiece: PieceFetch = async (url) => {
    calls.push(url);
    const content = url === "data/catalog.json" ? JSON.stringify(planned.catalog) : files.get(url);
    const bytes = new TextEncoder().encode(content === undefined ? "" : edit(url, content));
    return {
      ok: content !== undefined,
      status: content === undefined ? 404 : 200,
      statusText: "",
      arrayBuffer: async () => bytes.buffer.slice(0) as ArrayBuffer,
    };
  };
  const reader = new PieceReader(fetchPiece);
  const { catalog, sha256 } = await reader.catalogWithHash("data/catalog.json");
  return { pieces: new PiecedDataset(reader, "data/catalog.json", catalog, sha256), calls };
}

const QUERIES: SearchQuery[] = [
  { text: "" },
  { text: "fentanyl seized" },
  { text: "pill presses", max: 3 },
  { text: "OFAC sanctions" },
  { text: "overdose deaths", from: "2022", to: "2023" },
  { text: "", category: "sanctions", max: 50 },
  { text: "fentanyl", source: "treasury" },
];

describe("searchPage", () => {
  it.each(QUERIES)(
    "shows the hits searchRecords shows over the whole dataset: %j",
    async (query) => {
      const { pieces, calls } = await open();
      const page = (await searchPage(pieces, await openSearch(pieces), query))!;
      const expected = searchRecords(whole, query);
      expect(page.hits).toEqual(expected);
      expect(page.total).toBe(searchRecords(whole, { ...query, max: whole.records.size }).length);
      for (const hit of page.hits) {
        expect(page.index.records.get(hit.id)).toEqual(whole.records.get(hit.id));
        expect(page.index.sources.get(hit.doc)).toMatchObject({ id: hit.doc });
      }
      expect(calls.some((c) => c.includes("dataset.json") || c.includes("/docs/"))).toBe(false);
    },
  );

  it("reads no id shard for a query no longer wanted once ranked, and gives null", async () => {
    const { pieces, calls } = await open();
    const search = await openSearch(pieces);
    expect(await searchPage(pieces, search, { text: "fentanyl" }, () => false)).toBeNull();
    expect(calls.filter((c) => /\/ids[./]/.test(c))).toEqual([]);
    expect(calls.some((c) => c.includes("/search/terms-"))).toBe(true);
  });

  it("refuses a search index of another kind by name", async () => {
    const { pieces } = await open();
    const other = new PiecedDataset(
      pieces.reader,
      pieces.catalogUrl,
      { ...pieces.catalog, search: pieces.catalog.ids } as Catalog,
      "",
    );
    await expect(openSearch(other)).rejects.toThrow(
      /search index of data\/catalog.json is of another kind \(format null\); expected "policy-tables-search\/1"/,
    );
  });
});

describe("PiecedDataset.traced", () => {
  const figure = dataset.figures[7];

  it("reads the record, its document and that document's text alone, and keeps the quote", async () => {
    const { pieces, calls } = await open();
    const traced = (await pieces.traced(figure.id))!;
    expect(traced.figures).toEqual([figure]);
    const source = dataset.sources.find((s) => s.id === figure.source.doc)!;
    expect(traced.sources).toEqual([source]);
    const texts = calls.filter((c) => c.includes("/docs/"));
    expect(texts).toEqual([expect.stringContaining(`/docs/${source.id}.`)]);
    expect(calls.some((c) => c.includes("dataset.json") || c.includes("/tables/"))).toBe(false);
  });

  it("is null for an id no shard holds as a figure or event", async () => {
    const { pieces } = await open();
    expect(await pieces.traced("no-such-record")).toBeNull();
    expect(await pieces.traced(dataset.sources[0].id)).toBeNull();
  });

  it("refuses a quote the fetched text does not hold at its offsets", async () => {
    // A record of another build: its offsets moved, its shard rehashed so only Trace can tell.
    const ids = JSON.parse(
      planned.files.find((f) => f.path === planned.catalog.ids.path)!.content,
    ) as IdIndex;
    const shardRef = ids.shards[shardOf(figure.id, ids.shards.length)];
    const shard = JSON.parse(
      planned.files.find((f) => f.path === shardRef.path)!.content,
    ) as IdShard;
    const moved = shard.records[figure.id] as { record: typeof figure };
    moved.record = {
      ...moved.record,
      source: {
        ...moved.record.source,
        start: moved.record.source.start + 1,
        end: moved.record.source.end + 1,
      },
    };
    const shardText = JSON.stringify(shard);
    const idsText = JSON.stringify({
      ...ids,
      shards: ids.shards.map((s) =>
        s === shardRef
          ? { ...s, sha256: sha256Hex(shardText), bytes: Buffer.byteLength(shardText) }
          : s,
      ),
    });
    const catalogText = JSON.stringify({
      ...planned.catalog,
      ids: {
        ...planned.catalog.ids,
        sha256: sha256Hex(idsText),
        bytes: Buffer.byteLength(idsText),
      },
    });
    const { pieces } = await open((path, content) =>
      path.endsWith(shardRef.path)
        ? shardText
        : path.endsWith(planned.catalog.ids.path)
          ? idsText
          : content,
    );
    const edited = new PiecedDataset(
      pieces.reader,
      pieces.catalogUrl,
      JSON.parse(catalogText) as Catalog,
      "",
    );
    await expect(edited.traced(figure.id)).rejects.toThrow(
      new RegExp(`The quote of "${figure.id}" is not in document ${figure.source.doc} at \\[`),
    );
  });
});
