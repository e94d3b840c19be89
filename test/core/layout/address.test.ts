import {
  columnLetters,
  containsCell,
  parseAddress,
  toAddress,
} from "../../../src/core/layout/address";

describe("address", () => {
  it("converts column indexes to letters", () => {
    expect([0, 25, 26, 701, 702].map(columnLetters)).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
  });

  it("parses addresses as Excel returns them", () => {
    expect(parseAddress("Sheet1!B2:D4")).toEqual({
      sheet: "Sheet1",
      row: 1,
      col: 1,
      lastRow: 3,
      lastCol: 3,
    });
    expect(parseAddress("'Q''s data'!$A$1")).toEqual({
      sheet: "Q's data",
      row: 0,
      col: 0,
      lastRow: 0,
      lastCol: 0,
    });
    expect(() => parseAddress("nonsense!")).toThrow(
      /Argument address "nonsense!" is not valid: expected an A1 address/,
    );
  });

  it("writes addresses back, quoting sheet names that need it", () => {
    expect(toAddress({ sheet: "My data", row: 1, col: 1, lastRow: 3, lastCol: 27 })).toBe(
      "'My data'!B2:AB4",
    );
    expect(toAddress({ sheet: "S", row: 0, col: 0, lastRow: 0, lastCol: 0 })).toBe("S!A1");
    expect(containsCell(parseAddress("S!B2:C3"), 2, 2)).toBe(true);
    expect(containsCell(parseAddress("S!B2:C3"), 3, 2)).toBe(false);
  });
});
