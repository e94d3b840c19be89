import { EXCEL_API, requireExcelApi, supports } from "../../src/excel/requirements";
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
});
