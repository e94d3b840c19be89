import { dateFormat, numberFormat } from "../../../src/core/layout/numberFormats";
import type { Column } from "../../../src/core/dataset/schema";

const mixed: Column = {
  key: "value",
  title: "Value",
  type: "number",
  unit: null,
  format: "#,##0",
  description: null,
};

describe("numberFormats", () => {
  it("formats a mixed-unit column by the row's unit", () => {
    expect(numberFormat(mixed, 16000000, "USD")).toBe("$#,##0");
    expect(numberFormat(mixed, 20, "percent")).toBe("0%");
    expect(numberFormat(mixed, 12.5, "percent")).toBe("0.0%");
    expect(numberFormat(mixed, 66.67, "percent")).toBe("0.00%");
    expect(numberFormat(mixed, 5, "times")).toBe("#,##0");
    expect(numberFormat(mixed, 3600, "pill_presses")).toBe("#,##0");
    expect(numberFormat(mixed, 1.25, "pounds")).toBe("#,##0.00");
  });

  it("takes a mixed-unit row's format from the unit registry, #,##0 for open units", () => {
    expect(numberFormat(mixed, 195000, "pills")).toBe("#,##0");
    expect(numberFormat(mixed, 6.5, "tons")).toBe("#,##0.0");
    expect(numberFormat(mixed, 12, "vessels")).toBe("#,##0");
  });

  it("keeps the dataset's format for a column with its own unit", () => {
    expect(numberFormat({ ...mixed, unit: "USD", format: "$#,##0,," }, 5e6, null)).toBe("$#,##0,,");
  });

  it("matches the date format to the precision", () => {
    expect([dateFormat("2023"), dateFormat("2023-12"), dateFormat("2023-12-04")]).toEqual([
      "yyyy",
      "mmm yyyy",
      "yyyy-mm-dd",
    ]);
  });
});
