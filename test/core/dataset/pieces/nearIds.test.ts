import { sha256Hex } from "../../../../src/core/dataset/contentHash";
import { nearBlocks, planNearIds, withNearIds } from "../../../../src/core/dataset/pieces/nearIds";
import type {
  NearIdBlock,
  NearIdDirectory,
  PieceRef,
} from "../../../../src/core/dataset/pieces/pieceTypes";
import { buildIndex } from "../../../../src/core/lookup/buildIndex";
import { suggestIds } from "../../../../src/core/lookup/suggestIds";
import { shippedDataset } from "../../../excel/shippedDataset";

const dataset = shippedDataset();
const figureIds = dataset.figures.map((f) => f.id);
const eventIds = dataset.events.map((e) => e.id);

function plan(targetBytes: number) {
  const files = new Map<string, string>();
  const piece = (stem: string, ext: string, content: string): PieceRef => {
    const sha256 = sha256Hex(content);
    const path = `pieces/${stem}.${sha256.slice(0, 16)}.${ext}`;
    files.set(path, content);
    return { path, sha256, bytes: Buffer.byteLength(content) };
  };
  const ref = planNearIds(figureIds, eventIds, targetBytes, piece);
  const read = <T>(r: PieceRef) => JSON.parse(files.get(r.path)!) as T;
  const directory = read<NearIdDirectory>(ref);
  return { directory, blocks: directory.blocks.map((b) => read<NearIdBlock>(b)) };
}

describe("planNearIds", () => {
  it("lists every figure and event id once, sorted across blocks that start at `firsts`", () => {
    const { directory, blocks } = plan(400);
    expect(blocks.length).toBeGreaterThan(5);
    const all = blocks.flatMap((b) => [...b.figures, ...b.events].sort());
    expect(all).toEqual([...figureIds, ...eventIds].sort());
    expect(directory.firsts).toEqual(blocks.map((b) => [...b.figures, ...b.events].sort()[0]));
    expect(blocks.flatMap((b) => b.figures).sort()).toEqual([...figureIds].sort());
  });

  it("keeps the ids in one block when they fit", () => {
    expect(plan(1_000_000).blocks).toHaveLength(1);
  });
});

describe("nearBlocks", () => {
  const { directory, blocks } = plan(400);

  it("reads the block an id would sort into and its neighbours", () => {
    for (const [i, first] of directory.firsts.entries()) {
      const typed = first + "x";
      expect(nearBlocks(directory, typed)).toEqual(
        [i - 1, i, i + 1].filter((b) => b >= 0 && b < blocks.length),
      );
    }
    expect(nearBlocks(directory, "")).toEqual([0, 1]);
    expect(nearBlocks(directory, "zzzz")).toEqual([blocks.length - 2, blocks.length - 1]);
  });

  it("places typed words as the hyphenated id they would be, in any case", () => {
    const id = figureIds[7];
    expect(nearBlocks(directory, `  ${id.toUpperCase().replace(/-/g, " ")} `)).toEqual(
      nearBlocks(directory, id),
    );
  });

  it("holds the whole dataset's suggestions for an id with a letter dropped or added", () => {
    const index = buildIndex(dataset);
    for (const id of [...figureIds, ...eventIds]) {
      for (const typed of [id.slice(0, -1), `${id}-r0`]) {
        const near = withNearIds(
          index,
          nearBlocks(directory, typed).map((i) => blocks[i]),
        );
        expect([typed, suggestIds(near.recordIds, typed)[0]]).toEqual([
          typed,
          suggestIds(index.recordIds, typed)[0],
        ]);
      }
    }
  });
});

describe("withNearIds", () => {
  it("makes the ids of the blocks the index's candidates, figures apart", () => {
    const { blocks } = plan(400);
    const index = withNearIds(buildIndex(dataset), blocks.slice(0, 2));
    expect(index.figureIds).toEqual(blocks.slice(0, 2).flatMap((b) => b.figures));
    expect(index.recordIds).toEqual(
      blocks
        .slice(0, 2)
        .flatMap((b) => [...b.figures, ...b.events])
        .sort(),
    );
  });
});
