import { FakeExcel } from "./excel";

/** Table1 at A1:B4 (header, 2 body rows) with its Total Row summing B in row 4. */
async function withTotals() {
  const fake = new FakeExcel();
  for (const [a, v] of [
    ["A1", "Name"],
    ["B1", "Value"],
    ["A2", "x"],
    ["B2", 1],
    ["A3", "y"],
    ["B3", 2],
  ] as const)
    fake.type(`Sheet1!${a}`, v);
  await fake.run(async (context) => {
    context.workbook.tables.add("Sheet1!A1:B3", true);
    await context.sync();
  });
  fake.showTotals("Table1", ["Total", "=SUBTOTAL(109,[Value])"]);
  return fake;
}

describe("FakeExcel Total Row", () => {
  it("keeps the totals row in the range but out of the data body", async () => {
    const fake = await withTotals();
    await fake.run(async (context) => {
      const table = context.workbook.tables.getItem("Table1").load("showTotals");
      const range = table.getRange().load("address");
      const body = table.getDataBodyRange().load("address");
      const totals = table.getTotalRowRange().load("formulas");
      await context.sync();
      expect(table.showTotals).toBe(true);
      expect(range.address).toBe("Sheet1!A1:B4");
      expect(body.address).toBe("Sheet1!A2:B3");
      expect(totals.formulas).toEqual([["Total", "=SUBTOTAL(109,[Value])"]]);
    });
  });

  it("adds rows above the totals row, which moves down with its formulas", async () => {
    const fake = await withTotals();
    await fake.run(async (context) => {
      context.workbook.tables.getItem("Table1").rows.add(undefined, [["z", 3]]);
      await context.sync();
    });
    expect(fake.table("Table1")!.rect.lastRow).toBe(4);
    expect(fake.values("Sheet1!A4:B4")).toEqual([["z", 3]]);
    expect(fake.cell("Sheet1!B5").formula).toBe("=SUBTOTAL(109,[Value])");
  });

  it("deletes body rows by their index in the data body, the totals row moving up", async () => {
    const fake = await withTotals();
    await fake.run(async (context) => {
      context.workbook.tables.getItem("Table1").rows.getItemAt(0).delete();
      await context.sync();
      context.workbook.tables.getItem("Table1").rows.getItemAt(1).delete();
      await expect(context.sync()).rejects.toThrow(/outside table/);
    });
    expect(fake.values("Sheet1!A2:A3")).toEqual([["y"], ["Total"]]);
  });

  it("refuses resize while the totals row is shown", async () => {
    const fake = await withTotals();
    await fake.run(async (context) => {
      context.workbook.tables.getItem("Table1").resize("Sheet1!A1:B6");
      await expect(context.sync()).rejects.toThrow(/Total Row is shown: add rows with rows.add/);
    });
    expect(fake.table("Table1")!.rect.lastRow).toBe(3);
  });

  it("never hides the totals row with a filter, and leaves it last when sorting", async () => {
    const fake = await withTotals();
    fake.filterTable("Table1", 0, ["x"]);
    expect([2, 3, 4].map((r) => fake.isRowHidden(`Sheet1!A${r}`))).toEqual([false, true, false]);
    fake.sortTable("Table1", 1, true);
    expect(fake.values("Sheet1!A2:A4").flat()).toEqual(["y", "x", "Total"]);
  });
});

describe("FakeExcel clearFilters that does nothing (office-js #468, #3030)", () => {
  it("returns without error and leaves the filter set when clearFiltersIgnored", async () => {
    const fake = await withTotals();
    fake.filterTable("Table1", 0, ["x"]);
    fake.clearFiltersIgnored = true;
    await fake.run(async (context) => {
      context.workbook.tables.getItem("Table1").clearFilters();
      await context.sync();
    });
    expect(fake.table("Table1")!.filters.size).toBe(1);
    expect(fake.isRowHidden("Sheet1!A3")).toBe(true);
  });
});
