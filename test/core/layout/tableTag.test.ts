import { planTable } from "../../../src/core/layout/planTable";
import {
  decodeTags,
  encodeTag,
  readTagPiece,
  tagForPlan,
  tagHash,
  TAG_PART_CHARS,
} from "../../../src/core/layout/tableTag";
import { fixtureDataset } from "../../fixtures/fixtureDataset";

const where = {
  excelTableId: "{7}",
  tableName: "PT_Seizures",
  sheetId: "{s1}",
  sheetName: "Q&A <sheet>",
  address: "Sheet1!A1:H3",
};

describe("tableTag", () => {
  const plan = planTable(fixtureDataset(), "seizures", { filter: "seized" });
  const tag = tagForPlan(plan, where);

  it("records what refresh needs: ids, version, choice, columns, rows and cell hashes", () => {
    expect(tag.tableId).toBe("seizures");
    expect(tag.choice).toEqual({ filter: "seized" });
    expect(tag.rowIds).toEqual(plan.rowIds);
    expect(tagHash(tag, 1, 2)).toBe(plan.hashes[1][2]);
  });

  it("round-trips through XML, escaping what XML needs", () => {
    const xml = encodeTag(tag);
    expect(xml).toHaveLength(1);
    expect(xml[0]).toContain('xmlns="urn:policy-tables:table-tag:1"');
    const { tags, problems } = decodeTags(xml.map((x) => readTagPiece(x)!));
    expect(problems).toEqual([]);
    expect(tags).toEqual([tag]);
  });

  it("splits a long tag over several parts and joins them in any order", () => {
    const big = {
      ...tag,
      rowIds: Array.from({ length: 60_000 }, (_, i) => `row-${i}`),
      hashes: "AAAA".repeat(60_000 * tag.columns.length),
    };
    const xml = encodeTag(big);
    expect(xml.length).toBeGreaterThan(1);
    expect(xml.every((x) => x.length < 2 * TAG_PART_CHARS)).toBe(true);
    const { tags } = decodeTags(xml.reverse().map((x) => readTagPiece(x)!));
    expect(tags[0].rowIds).toHaveLength(60_000);
  });

  it("reports an incomplete or damaged tag by its table, without throwing", () => {
    const big = {
      ...tag,
      rowIds: Array.from({ length: 60_000 }, (_, i) => `row-${i}`),
      hashes: "AAAA".repeat(60_000 * tag.columns.length),
    };
    const pieces = encodeTag(big).map((x) => readTagPiece(x)!);
    expect(decodeTags(pieces.slice(1)).problems).toEqual([
      expect.stringMatching(/^The tag of table \{7\} is incomplete \(\d+ of \d+ parts\)\.$/),
    ]);
    const bad = { ...tag, hashes: "AB" };
    expect(decodeTags(encodeTag(bad).map((x) => readTagPiece(x)!)).problems[0]).toMatch(
      /The tag of table \{7\} is not valid: hashes: has 2 characters, expected 64/,
    );
    expect(readTagPiece("<other/>")).toBeNull();
  });
});
