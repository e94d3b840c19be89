import { cellFormat, columnValue, precisionOf } from "../../../src/core/dataset/columnValue";
import type { Column } from "../../../src/core/dataset/schema";

const record = {
  value: 3600,
  period: { text: "FY 2023", start: "2022-10-01", end: null },
  parties: ["U.S. Treasury", "Mexico"],
  sides: [
    { doc: "000", value: 107000, date: null },
    { doc: "001", value: null, date: null },
  ],
};

describe("columnValue", () => {
  it("follows dot paths", () => {
    expect(columnValue(record, "period.text")).toBe("FY 2023");
    expect(columnValue(record, "value")).toBe(3600);
  });
  it("gives null for a path that reaches nothing", () => {
    expect(columnValue(record, "period.end")).toBeNull();
    expect(columnValue(record, "nothing.here")).toBeNull();
  });
  it("joins lists of text with semicolons", () => {
    expect(columnValue(record, "parties")).toBe("U.S. Treasury; Mexico");
  });
  it("fans out over a list with *, one line per element, empty for missing ones", () => {
    expect(columnValue(record, "sides.*.doc")).toBe("000\n001");
    expect(columnValue(record, "sides.*.value")).toBe("107000\n");
    expect(columnValue(record, "sides.*.date")).toBeNull();
  });
});

describe("cellFormat", () => {
  const date: Column = {
    key: "date",
    title: "Date",
    type: "date",
    unit: null,
    format: "yyyy-mm-dd",
    precisionFormats: { year: "yyyy", month: "mmm yyyy", day: "yyyy-mm-dd" },
    description: null,
  };
  it("formats each row of a date column by its own precision", () => {
    expect(cellFormat(date, "2023")).toBe("yyyy");
    expect(cellFormat(date, "2023-09")).toBe("mmm yyyy");
    expect(cellFormat(date, "2023-09-23")).toBe("yyyy-mm-dd");
  });
  it("falls back to the column format for empty cells and columns without precisionFormats", () => {
    expect(cellFormat(date, null)).toBe("yyyy-mm-dd");
    expect(cellFormat({ ...date, precisionFormats: undefined }, "2023")).toBe("yyyy-mm-dd");
  });
  it("reads the precision of an ISO date", () => {
    expect(precisionOf("2023")).toBe("year");
    expect(precisionOf("2023-09")).toBe("month");
    expect(precisionOf("2023-09-01")).toBe("day");
    expect(precisionOf("Sept 2023")).toBeNull();
  });
});

describe("cellFormat by unit", () => {
  const value: Column = {
    key: "value",
    title: "Value",
    type: "number",
    unit: null,
    format: "#,##0",
    unitFormats: { percent: '0"%"', USD: "$#,##0" },
    description: null,
  };
  it("formats each row of a number column by its record's unit", () => {
    expect(cellFormat(value, 68, { unit: "percent" })).toBe('0"%"');
    expect(cellFormat(value, 16000000, { unit: "USD" })).toBe("$#,##0");
  });
  it("falls back to the column format for other units, no record, or empty cells", () => {
    expect(cellFormat(value, 200, { unit: "sanctions" })).toBe("#,##0");
    expect(cellFormat(value, 200)).toBe("#,##0");
    expect(cellFormat(value, null, { unit: "percent" })).toBe("#,##0");
  });
});
