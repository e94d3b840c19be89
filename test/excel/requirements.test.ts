import {
  EXCEL_API,
  missingInsertApi,
  requireExcelApi,
  supports,
} from "../../src/excel/requirements";
import { FakeExcel } from "../fakes/excel";

describe("requirements", () => {
  it("checks ExcelApi versions through isSetSupported", () => {
    const fake = new FakeExcel("1.12");
    expect(supports(fake.requirements, EXCEL_API.insert)).toBe(true);
    expect(supports(fake.requirements, EXCEL_API.resize)).toBe(false);
  });

  it("explains what needs which version", () => {
    expect(() =>
      requireExcelApi(new FakeExcel("1.4").requirements, EXCEL_API.tags, "Refreshing tables"),
    ).toThrow(
      "Refreshing tables needs Excel JavaScript API 1.5 (ExcelApi 1.5), which this version of Excel does not support. Update Excel, or use Excel on the web.",
    );
  });

  it("says at start when this Excel cannot insert, and what still works", () => {
    expect(missingInsertApi(new FakeExcel("1.7").requirements)).toBeUndefined();
    expect(missingInsertApi(new FakeExcel("1.6").requirements)).toMatchObject({
      code: "not_supported",
      message:
        "This version of Excel does not support Excel JavaScript API 1.7, which Policy Tables needs to insert and refresh tables. Search, Trace and the POLICY functions still work.",
    });
  });
});
