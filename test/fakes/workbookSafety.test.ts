import { FakeExcel } from "./excel";

/** Where Excel refuses or half-applies a write, the fake does too (issue: workbook safety). */
describe("FakeExcel strictness", () => {
  it("refuses a table name taken by a defined name, leaving the new table as Table1 (office-js #551)", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      context.workbook.names.add("PT_Seizures", "Sheet1!A1");
      await context.sync();
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const table = sheet.tables.add("Sheet1!C1:D2", true);
      table.name = "pt_seizures";
      await expect(context.sync()).rejects.toThrow(/already exists/);
    });
    expect(fake.tables.map((t) => t.name)).toEqual(["Table1"]);
  });

  it("refuses a defined name taken by a table", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").tables.add("Sheet1!A1:B2", true).name = "PT_X";
      await context.sync();
      context.workbook.names.add("pt_x", "Sheet1!D1");
      await expect(context.sync()).rejects.toThrow(/already exists/);
    });
    expect(fake.names).toEqual([]);
  });
});
