import { excelDateSerial, excelDateSerialIn, isoBounds } from "../../../src/core/lookup/excelDate";

describe("excelDateSerial", () => {
  it("gives Excel's 1900-system serial for a full date", () => {
    expect(excelDateSerial("2023-12-04")).toBe(45264);
    expect(excelDateSerial("1900-03-01")).toBe(61);
    expect(excelDateSerial("2024-02-29")).toBe(45351);
  });
  it("takes the first day of a month or year by default", () => {
    expect(excelDateSerial("2023-12")).toBe(45261);
    expect(excelDateSerial("2023")).toBe(44927);
  });
  it("takes the last day of a month or year when asked", () => {
    expect(excelDateSerial("2023-12", "last")).toBe(45291);
    expect(excelDateSerial("2024-02", "last")).toBe(45351);
    expect(excelDateSerial("2023", "last")).toBe(45291);
  });
  it("refuses text that is not an ISO date, naming the valid forms", () => {
    expect(() => excelDateSerial("Dec 2023")).toThrow(
      /Argument date "Dec 2023" is not valid: expected an ISO date such as 2023-12-04, 2023-12, 2023 or 2024-W06/,
    );
  });
  it("takes a week's Monday, or its Sunday when asked", () => {
    expect(excelDateSerial("2024-W06")).toBe(excelDateSerial("2024-02-05"));
    expect(excelDateSerial("2024-W06", "last")).toBe(excelDateSerial("2024-02-11"));
    expect(isoBounds("2024-W06")).toEqual(["2024-02-05", "2024-02-11"]);
  });
  it("refuses impossible days and years before 1900", () => {
    expect(() => excelDateSerial("2023-02-30")).toThrow(/a real calendar date from 1900 on/);
    expect(() => excelDateSerial("1899-12-31")).toThrow(/a real calendar date from 1900 on/);
  });
});

describe("isoBounds", () => {
  it("expands partial dates to their first and last days", () => {
    expect(isoBounds("2023-02")).toEqual(["2023-02-01", "2023-02-28"]);
    expect(isoBounds("2024")).toEqual(["2024-01-01", "2024-12-31"]);
    expect(isoBounds("2024-05-06")).toEqual(["2024-05-06", "2024-05-06"]);
  });
});

describe("excelDateSerialIn", () => {
  it("counts from 1 Jan 1904 in the 1904 date system", () => {
    expect(excelDateSerialIn("2023-12-04", "1904")).toBe(43802);
    expect(excelDateSerialIn("1904-01-01", "1904")).toBe(0);
    expect(excelDateSerialIn("2023-12-04", "1900")).toBe(45264);
    expect(excelDateSerialIn("2023", "1904", "last")).toBe(45291 - 1462);
  });
  it("refuses dates before 1904 in the 1904 date system", () => {
    expect(() => excelDateSerialIn("1903-12-31", "1904")).toThrow(/from 1904 on/);
  });
});
