import { capResult, RESULT_MAX_BYTES, RESULT_MAX_ROWS } from "../../../src/core/lookup/resultCap";

const rows = (n: number, cell = "a") => [["H"], ...Array.from({ length: n }, () => [cell])];

describe("capResult", () => {
  it("returns a result within the caps as it is", () => {
    const r = rows(RESULT_MAX_ROWS);
    expect(capResult(r, "F()", "Narrow it.")).toBe(r);
  });

  it("refuses one row past the row cap, naming both caps and how to narrow", () => {
    expect(() => capResult(rows(RESULT_MAX_ROWS + 1), "F()", "Narrow it.")).toThrow(
      "F() would return 10,001 rows, more than a formula result may hold (10,000 rows and 4 MB; Excel stays at #BUSY! past 5 MB). Narrow it. Or insert the table from the Policy Tables pane, which has no such limit.",
    );
  });

  it("measures bytes as UTF-8 JSON, so non-ASCII text counts for what Excel receives", () => {
    // 2,000 rows of 700 "é" (2 bytes each in UTF-8): 1.4 million characters, 2.8 MB.
    expect(capResult(rows(2_000, "é".repeat(700)), "F()", "")).toHaveLength(2_001);
    // 3,000 such rows: 2.1 million characters (under 4 MB as UTF-16 code units), 4.2 MB as UTF-8.
    expect(() => capResult(rows(3_000, "é".repeat(700)), "F()", "")).toThrow(
      /would return 3,000 rows \(4\.2 MB\)/,
    );
    expect(RESULT_MAX_BYTES).toBeLessThan(5_000_000);
  });
});
