import { sha256Hex } from "../../../../src/core/dataset/contentHash";
import { ordinalsOf, planLookupIndex } from "../../../../src/core/dataset/pieces/planLookupIndex";
import type {
  FigureBlock,
  LookupDirectory,
  PieceRef,
  PostingShard,
} from "../../../../src/core/dataset/pieces/pieceTypes";
import { shardOf } from "../../../../src/core/dataset/pieces/shardOf";
import { figureKeys } from "../../../../src/core/lookup/lookupKeys";
import { shippedDataset } from "../../../excel/shippedDataset";

const figures = shippedDataset().figures;

function plan(targetBytes: number) {
  const files = new Map<string, string>();
  const piece = (stem: string, ext: string, content: string): PieceRef => {
    const sha256 = sha256Hex(content);
    const path = `pieces/${stem}.${sha256.slice(0, 16)}.${ext}`;
    files.set(path, content);
    return { path, sha256, bytes: Buffer.byteLength(content) };
  };
  const ref = planLookupIndex(figures, targetBytes, piece);
  const read = <T>(r: PieceRef) => JSON.parse(files.get(r.path)!) as T;
  return { directory: read<LookupDirectory>(ref), read, files };
}

describe("planLookupIndex", () => {
  it("cuts the figures into blocks of about the target size, in dataset order", () => {
    const { directory, read } = plan(3_000);
    expect(directory.blocks.length).toBeGreaterThan(3);
    expect(directory.figures).toBe(figures.length);
    const blocks = directory.blocks.map((b) => read<FigureBlock>(b).figures);
    expect(blocks.flat()).toEqual(figures);
    expect(directory.blockStarts).toEqual(
      blocks.map((_, i) => blocks.slice(0, i).reduce((n, b) => n + b.length, 0)),
    );
  });

  it("lists each figure's ordinal under each of its keys, in the key's shard", () => {
    const { directory, read } = plan(5_000);
    expect(directory.postings.length).toBeGreaterThan(1);
    const shards = directory.postings.map((p) => read<PostingShard>(p).postings);
    figures.forEach((f, ordinal) => {
      for (const key of figureKeys(f)) {
        const listed = ordinalsOf(shards[shardOf(key, shards.length)][key]);
        expect([key, listed.includes(ordinal)]).toEqual([key, true]);
      }
    });
    for (const [i, shard] of shards.entries())
      for (const [key, gaps] of Object.entries(shard)) {
        expect(shardOf(key, shards.length)).toBe(i);
        const ordinals = ordinalsOf(gaps);
        expect(ordinals.every((n) => figureKeys(figures[n]).includes(key))).toBe(true);
        expect(ordinals).toEqual([...ordinals].sort((a, b) => a - b));
      }
  });

  it("stores ordinals as gaps", () => {
    expect(ordinalsOf([3, 1, 4])).toEqual([3, 4, 8]);
  });
});
