import { planTable } from "../../../src/core/layout/planTable";
import {
  decodeTags,
  encodeTag,
  readTagPiece,
  tagForPlan,
  tagHash,
  MAX_TAG_PARTS,
  TAG_PART_BYTES,
  type TagPiece,
} from "../../../src/core/layout/tableTag";
import { hasNonXmlChar } from "../../../src/core/layout/xmlText";
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
    expect(xml.every((x) => x.length <= TAG_PART_BYTES + 1_000)).toBe(true);
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
      expect.stringMatching(
        /^The tag of table \{7\} is incomplete \(\d+ of \d+ parts\); the table was left as it is\.$/,
      ),
    ]);
    const bad = { ...tag, hashes: "AB" };
    expect(decodeTags(encodeTag(bad).map((x) => readTagPiece(x)!)).problems[0]).toMatch(
      /The tag of table \{7\} is not valid: hashes: has 2 characters, expected 64/,
    );
    expect(readTagPiece("<other/>")).toBeNull();
  });

  it("refuses a second copy of a tag, and a tag whose attribute disagrees with its content", () => {
    const [piece] = encodeTag(tag).map((x) => readTagPiece(x)!);
    const copied = decodeTags([piece, { ...piece }]);
    expect(copied.tags).toEqual([]);
    expect(copied.blocked).toEqual(["{7}"]);
    expect(copied.problems).toEqual([
      "The tag of table {7} is stored more than once (2 parts for 1); the table was left as it is. Insert it again to refresh it.",
    ]);
    // A tag filed under table 3 that speaks for {7}: both tables are left alone, {7}'s own tag too.
    const misfiled = decodeTags([piece, { ...piece, table: "3" }]);
    expect(misfiled.tags).toEqual([]);
    expect(misfiled.blocked.sort()).toEqual(["3", "{7}"]);
    expect(misfiled.problems).toEqual([
      "The tag of PT_Seizures names table {7} inside and table 3 outside; neither was refreshed.",
    ]);
  });

  it("reads a 1 MB hostile part, and 40,000 pieces, in linear time", () => {
    const hostile = `<x xmlns="urn:policy-tables:table-tag:1">${"<tableTag ".repeat(100_000)}</x>`;
    expect(hostile.length).toBeGreaterThanOrEqual(1_000_000);
    let started = performance.now();
    expect(readTagPiece(hostile)).toBeNull();
    expect(
      readTagPiece(`<tableTag table="1" part="0" parts="1">${"<".repeat(1_000_000)}`),
    ).toBeNull();
    expect(performance.now() - started).toBeLessThan(1000);
    const pieces: TagPiece[] = Array.from({ length: 40_000 }, (_, i) => ({
      table: String(i % 20_000),
      part: Math.floor(i / 20_000),
      parts: 2,
      text: i < 20_000 ? "{" : "}",
    }));
    started = performance.now();
    const { tags, problems } = decodeTags(pieces);
    expect(tags).toEqual([]);
    expect(problems).toEqual([
      "The workbook holds tags for 20000 tables, more than the 1000 Policy Tables reads; none was read and no table was refreshed.",
    ]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("refuses a part longer than any tag part, and a tag claiming too many parts", () => {
    const [xml] = encodeTag(tag);
    expect(
      readTagPiece(xml.replace("</tableTag>", " ".repeat(6_000_001) + "</tableTag>")),
    ).toBeNull();
    const [piece] = encodeTag(tag).map((x) => readTagPiece(x)!);
    expect(decodeTags([{ ...piece, parts: MAX_TAG_PARTS + 1 }]).problems[0]).toMatch(
      /^The tag of table \{7\} is damaged/,
    );
  });

  it("stores text XML cannot hold (NUL, U+FFFE, lone surrogates) so the part is valid and reads back whole", () => {
    const odd = "a\u0000b\uFFFEc\uD800d\uDC00e\uFFFF\u{1F600}";
    const strange = {
      ...tag,
      excelTableId: `{7${odd}}`,
      sheetName: odd,
      choice: { filter: odd },
    };
    const big = {
      ...strange,
      rowIds: Array.from({ length: 60_000 }, (_, i) => `\u{1F600}row-${i}`),
      hashes: "AAAA".repeat(60_000 * tag.columns.length),
    };
    for (const t of [strange, big]) {
      const xml = encodeTag(t);
      expect(xml.some(hasNonXmlChar)).toBe(false);
      const { tags, problems } = decodeTags(xml.map((x) => readTagPiece(x)!));
      expect(problems).toEqual([]);
      expect(tags).toEqual([t]);
    }
  });
});
