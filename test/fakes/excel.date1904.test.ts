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
});
