import { sha256Hex } from "../../../../src/core/dataset/contentHash";
import { describeTable } from "../../../../src/core/dataset/pieces/describeTable";
import fc from "fast-check";
import {
  planPieces,
  utf8Length,
  type PieceFile,
} from "../../../../src/core/dataset/pieces/planPieces";
import type {
  IdIndex,
  IdShard,
  PieceRef,
  SearchDirectory,
  TablePiece,
} from "../../../../src/core/dataset/pieces/pieceTypes";
import { shardOf } from "../../../../src/core/dataset/pieces/shardOf";
import type { Dataset, Source } from "../../../../src/core/dataset/schema";
import { shownCell } from "../../../../src/core/dataset/tableCell";
import { tableRecords } from "../../../../src/core/dataset/tableRecords";
import { shippedDataset } from "../../../excel/shippedDataset";

const dataset = shippedDataset();
const planned = planPieces(dataset);
const files = new Map(planned.files.map((f) => [f.path, f.content]));
const read = <T>(ref: PieceRef): T => JSON.parse(files.get(ref.path)!) as T;

describe("planPieces", () => {
  it("names each piece after the sha256 of its bytes and lists that hash and size", () => {
    const refs: PieceRef[] = [
      ...planned.catalog.tables.map((t) => t.piece),
      planned.catalog.ids,
      planned.catalog.search,
      ...read<IdIndex>(planned.catalog.ids).shards,
    ];
    for (const ref of refs) {
      const content = files.get(ref.path)!;
      expect(ref.sha256).toBe(sha256Hex(content));
      expect(ref.bytes).toBe(Buffer.byteLength(content, "utf8"));
      expect(ref.path).toContain(`.${ref.sha256.slice(0, 16)}.`);
    }
    expect(new Set(planned.files.map((f) => f.path)).size).toBe(planned.files.length);
  });

  it("keeps documents out of the catalog, so it grows with the tables only", () => {
    // The one document named is the example id the functions' messages give (a few bytes).
    const { examples, ...rest } = planned.catalog;
    expect(examples).toEqual({ figure: dataset.figures[0].id, source: dataset.sources[0].id });
    const json = JSON.stringify(rest);
    for (const s of dataset.sources) expect(json).not.toContain(s.id);
    expect(planned.catalog.tables.map((t) => [t.id, t.rowCount])).toEqual(
      dataset.tables.map((t) => [t.id, t.rows.length]),
    );
    expect(planned.catalog).toMatchObject({
      version: dataset.version,
      contentHash: dataset.contentHash,
      counts: {
        sources: dataset.sources.length,
        figures: dataset.figures.length,
        events: dataset.events.length,
      },
    });
  });

  it("describes each table in the catalog as the Catalog lists it from the whole dataset", () => {
    expect(planned.catalog.tables.map(({ piece: _piece, ...described }) => described)).toEqual(
      dataset.tables.map((t) => describeTable(dataset, t)),
    );
    expect(planned.catalog.tables.every((t) => t.sourceCount > 0)).toBe(true);
  });

  it("gives each table a piece whose cells are those of the whole dataset", () => {
    for (const table of dataset.tables) {
      const entry = planned.catalog.tables.find((t) => t.id === table.id)!;
      const piece = read<TablePiece>(entry.piece);
      const slice = { ...dataset, ...piece, tables: [piece.table] } as unknown as Dataset;
      const whole = tableRecords(dataset, table);
      const cut = tableRecords(slice, piece.table);
      for (const column of table.columns)
        expect(cut.map((r) => shownCell(slice, r, column.key))).toEqual(
          whole.map((r) => shownCell(dataset, r, column.key)),
        );
      for (const s of piece.sources) expect(s).not.toHaveProperty("text");
    }
  });

  it("puts every record in the shard shardOf names, documents without their text", () => {
    const index = read<IdIndex>(planned.catalog.ids);
    const shards = index.shards.map((ref) => read<IdShard>(ref).records);
    const at = (id: string) => shards[shardOf(id, shards.length)][id];
    for (const f of dataset.figures) expect(at(f.id)).toEqual({ kind: "figure", record: f });
    for (const e of dataset.events) expect(at(e.id)).toEqual({ kind: "event", record: e });
    for (const c of dataset.conflicts) expect(at(c.id)).toEqual({ kind: "conflict", record: c });
    for (const s of dataset.sources) {
      const { text, ...meta } = s as Source;
      const found = at(s.id);
      expect(found).toMatchObject({ kind: "source", record: meta });
      const textPiece = (found.record as { textPiece: PieceRef }).textPiece;
      expect(files.get(textPiece.path)).toBe(text);
      expect(textPiece.sha256).toBe(s.sha256);
    }
    const total =
      dataset.figures.length +
      dataset.events.length +
      dataset.conflicts.length +
      dataset.sources.length;
    expect(shards.reduce((n, s) => n + Object.keys(s).length, 0)).toBe(total);
  });

  it("cuts the id index into shards near the target size", () => {
    const small = planPieces(dataset, { shardTargetBytes: 10_000 });
    const smallFiles = new Map(small.files.map((f) => [f.path, f.content]));
    const index = JSON.parse(smallFiles.get(small.catalog.ids.path)!) as IdIndex;
    expect(index.shards.length).toBeGreaterThan(5);
    for (const ref of index.shards) expect(ref.bytes).toBeLessThan(30_000);
  });

  it("lists the search index's shards, entry blocks and documents in its directory", () => {
    const directory = read<SearchDirectory>(planned.catalog.search);
    expect(directory).toMatchObject({
      format: "policy-tables-search/1",
      figures: dataset.figures.length,
      records: dataset.figures.length + dataset.events.length,
    });
    for (const ref of [...directory.shards, ...directory.blocks, directory.sources])
      expect(files.has(ref.path)).toBe(true);
  });

  it("is deterministic: the same dataset gives the same pieces", () => {
    expect(planPieces(dataset)).toEqual(planned);
  });

  it("hands each piece to emit as it is made, the same pieces it returns without one", () => {
    const emitted: PieceFile[] = [];
    const streamed = planPieces(dataset, { emit: (f) => emitted.push(f) });
    expect(streamed.files).toEqual([]);
    expect(streamed.catalog).toEqual(planned.catalog);
    expect(emitted).toEqual(planned.files);
  });

  it("hands each table's piece to emitChunks record by record, named by the hash it returns", () => {
    const emitted: PieceFile[] = [];
    const chunked: { path: string; chunks: string[] }[] = [];
    const streamed = planPieces(dataset, {
      emit: (f) => emitted.push(f),
      emitChunks: (chunks, pathFor) => {
        const parts = [...chunks];
        const content = parts.join("");
        const sha256 = sha256Hex(content);
        chunked.push({ path: pathFor(sha256), chunks: parts });
        return { sha256, bytes: utf8Length(content) };
      },
    });
    expect(streamed.catalog).toEqual(planned.catalog);
    expect(chunked.map((c) => c.path)).toEqual(planned.catalog.tables.map((t) => t.piece.path));
    for (const { path, chunks } of chunked) {
      expect(chunks.join("")).toBe(files.get(path));
      expect(chunks.length).toBeGreaterThan(3);
    }
    expect([
      ...emitted,
      ...chunked.map((c) => ({ path: c.path, content: files.get(c.path) })),
    ]).toEqual(expect.arrayContaining(planned.files));
    expect(emitted.length + chunked.length).toBe(planned.files.length);
  });

  it("counts UTF-8 bytes as TextEncoder encodes them, lone surrogates included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
      }),
      { numRuns: 5_000 },
    );
    expect(utf8Length("\ud800x\udc00é€😀")).toBe(
      new TextEncoder().encode("\ud800x\udc00é€😀").length,
    );
  });
});
