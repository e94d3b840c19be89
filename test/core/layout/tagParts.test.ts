import { jsonBytes } from "../../../src/core/layout/chunkPlan";
import { planTable } from "../../../src/core/layout/planTable";
import {
  decodeTags,
  encodeTag,
  readTagPiece,
  TAG_PART_BYTES,
  tagForPlan,
  type TableTag,
} from "../../../src/core/layout/tableTag";
import { fixtureDataset } from "../../fixtures/fixtureDataset";

/** Issue 15: a very large table's tag in parts small enough for Excel's 5 MB requests. */
const tag = tagForPlan(planTable(fixtureDataset(), "seizures", {}), {
  excelTableId: "{7}",
  tableName: "PT_Seizures",
  sheetId: "{s1}",
  sheetName: "Sheet1",
  address: "Sheet1!A1:H3",
});

/** A tag of `rows` rows whose ids are `id(i)`. */
function tagOf(rows: number, id = (i: number) => `row-${i}`, base: TableTag = tag): TableTag {
  return {
    ...base,
    rowIds: Array.from({ length: rows }, (_, i) => id(i)),
    hashes: "AbC-".repeat(rows * base.columns.length),
  };
}

const piecesOf = (t: TableTag) => encodeTag(t).map((x) => readTagPiece(x)!);

describe("tag parts", () => {
  it("keeps every part within TAG_PART_BYTES as it travels, whatever the text escapes to", () => {
    for (const id of [
      (i: number) => `row-${i}`,
      (i: number) => `"&<>\\${i}`,
      (i: number) => `é€😀${i}`,
    ]) {
      const big = tagOf(40_000, id);
      const xml = encodeTag(big);
      expect(xml.length).toBeGreaterThan(1);
      for (const x of xml) expect(jsonBytes(x)).toBeLessThanOrEqual(TAG_PART_BYTES + 1_000);
      expect(decodeTags(xml.map((x) => readTagPiece(x)!)).tags).toEqual([big]);
    }
  });

  it("uses the whole tag beside the parts of a write that stopped half way, and names those leftovers", () => {
    const before = tagOf(40_000);
    const after = { ...tagOf(40_000), datasetVersion: "1.1.0" };
    const half = piecesOf(after).slice(0, 3);
    const { tags, problems, blocked, leftovers } = decodeTags([...piecesOf(before), ...half]);
    expect(tags).toEqual([before]);
    expect(problems).toEqual([]);
    expect(blocked).toEqual([]);
    expect(leftovers).toEqual(half);
  });

  it("refuses a table with two whole tags of different writes, or only stopped writes", () => {
    const before = tagOf(40_000);
    const after = { ...tagOf(40_000), datasetVersion: "1.1.0" };
    const both = decodeTags([...piecesOf(before), ...piecesOf(after)]);
    expect(both.tags).toEqual([]);
    expect(both.blocked).toEqual(["{7}"]);
    expect(both.problems).toEqual([
      "The tag of table {7} is stored more than once (2 whole copies); the table was left as it is. Insert it again to refresh it.",
    ]);
    const stopped = decodeTags([...piecesOf(before).slice(1), ...piecesOf(after).slice(2)]);
    expect(stopped.tags).toEqual([]);
    expect(stopped.problems).toEqual([
      "The tag of table {7} is incomplete (2 writes of it were each stopped part way); the table was left as it is.",
    ]);
  });

  it("reads parts written before writes were named, as one write", () => {
    const legacy = encodeTag(tag).map((x) => x.replace(/ write="[^"]*"/, ""));
    expect(legacy[0]).not.toContain("write=");
    expect(decodeTags(legacy.map((x) => readTagPiece(x)!)).tags).toEqual([tag]);
  });
});
