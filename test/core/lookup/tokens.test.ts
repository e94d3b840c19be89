import { stem, stemMatches, tokenize } from "../../../src/core/lookup/tokens";

describe("tokenize", () => {
  it("drops stopwords, lowercases and stems plurals", () => {
    expect(tokenize("More than 3,600 Pill Presses seized in FY 2023")).toEqual([
      "3600",
      "pill",
      "press",
      "seize",
      "fy",
      "2023",
    ]);
  });
  it("keeps decimals and splits on punctuation", () => {
    expect(tokenize("U.S. Treasury: 1.5 percent")).toEqual([
      "u",
      "s",
      "treasury",
      "1.5",
      "percent",
    ]);
  });
});

describe("stem", () => {
  it("meets singular and plural forms", () => {
    expect(stem("sanctions")).toBe(stem("sanction"));
    expect(stem("entities")).toBe("entity");
    expect(stem("status")).toBe("status");
    expect(stem("2023s")).toBe("2023s");
  });
});

describe("stemMatches", () => {
  it("matches equal stems and prefixes of at least four letters", () => {
    expect(stemMatches("sanction", ["sanction"])).toBe(true);
    expect(stemMatches("sanc", ["sanction"])).toBe(true);
    expect(stemMatches("san", ["sanction"])).toBe(false);
  });
});
