import { FakeExcel } from "./excel";

describe("FakeExcel Workbook.use1904DateSystem", () => {
  it("fails the sync with ApiNotFound where Excel lacks the property", async () => {
    const fake = new FakeExcel();
    await expect(
      fake.run(async (context) => {
        context.workbook.load("use1904DateSystem");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("reads the workbook's flag after load and sync where Excel has it", async () => {
    const fake = new FakeExcel();
    fake.date1904Api = true;
    fake.use1904DateSystem = true;
    const read = await fake.run(async (context) => {
      const wb = context.workbook.load("use1904DateSystem");
      const before = wb.use1904DateSystem;
      await context.sync();
      return [before, wb.use1904DateSystem];
    });
    expect(read).toEqual([undefined, true]);
  });

  it("turns a typed date into the serial of the workbook's date system, and shows it back", () => {
    const fake = new FakeExcel();
    fake.type("Sheet1!A1", "2023-12-04");
    expect(fake.cell("Sheet1!A1")).toMatchObject({ value: 45264, text: "2023-12-04" });
    fake.use1904DateSystem = true;
    fake.type("Sheet1!A2", "2023-12-04");
    expect(fake.cell("Sheet1!A2")).toMatchObject({ value: 43802, text: "2023-12-04" });
    // The 1900 serial shows 4 years and 1 day late in a 1904 workbook.
    expect(fake.cell("Sheet1!A1").text).toBe("2027-12-05");
  });

  it("keeps a date before 1904 as text in a 1904 workbook, where it does not exist", () => {
    const fake = new FakeExcel();
    fake.use1904DateSystem = true;
    fake.type("Sheet1!A1", "1903-12-31");
    expect(fake.cell("Sheet1!A1").value).toBe("1903-12-31");
  });

  it("parses dates written through Range.values in the workbook's system too", async () => {
    const fake = new FakeExcel();
    fake.use1904DateSystem = true;
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B1").values = [["2023-12-04"]];
      await context.sync();
    });
    expect(fake.cell("Sheet1!B1").value).toBe(43802);
  });
});
