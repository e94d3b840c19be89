import { distance as levenshtein } from "fastest-levenshtein";
import { suggestIds } from "../../../src/core/lookup/suggestIds";

const IDS = [
  "treasury-sanctions-since-eo",
  "us-overdose-deaths-2022",
  "us-overdose-deaths-per-year-since-2020",
  "dhs-pill-presses-seized-fy2023",
  "dhs-currency-seized-fy2023",
  "tre",
];

describe("suggestIds", () => {
  it("puts ids sharing the typed words first, before short ids a few edits away", () => {
    expect(suggestIds(IDS, "treasury-sanction")[0]).toBe("treasury-sanctions-since-eo");
  });
  it("tolerates plurals and a different word order", () => {
    expect(suggestIds(IDS, "pill press dhs")[0]).toBe("dhs-pill-presses-seized-fy2023");
  });
  it("returns three ids by default, best first, and fewer when asked", () => {
    expect(suggestIds(IDS, "overdose-deaths")).toEqual([
      "us-overdose-deaths-2022",
      "us-overdose-deaths-per-year-since-2020",
      expect.any(String),
    ]);
    expect(suggestIds(IDS, "overdose", 1)).toHaveLength(1);
  });
  it("ignores case and surrounding spaces", () => {
    expect(suggestIds(IDS, "  US-OVERDOSE-DEATHS-2021 ")[0]).toBe("us-overdose-deaths-2022");
  });
  it("answers a huge input quickly", () => {
    const started = Date.now();
    expect(suggestIds(IDS, "x".repeat(200_000))).toHaveLength(3);
    expect(Date.now() - started).toBeLessThan(1000);
  });
  it("returns nothing when there are no ids", () => {
    expect(suggestIds([], "anything")).toEqual([]);
  });
});

describe("the edit distance suggestIds ranks by (fastest-levenshtein)", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(levenshtein("kitten", "sitting")).toBe(3);
    expect(levenshtein("", "abc")).toBe(3);
    expect(levenshtein("abc", "abc")).toBe(0);
  });
});
