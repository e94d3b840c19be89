import { syntheticDataset as benchDataset } from "../../src/cli/bench/syntheticDataset";
import { REQUEST_BUDGET_BYTES } from "../../src/core/layout/chunkPlan";
import { planTable } from "../../src/core/layout/planTable";
import { createExcelWorkbookActions } from "../../src/excel/excelWorkbookActions";
import { writePlan } from "../../src/excel/writePlan";
import { FakeExcel } from "../fakes/excel";
import { syntheticDataset } from "./syntheticDataset";

describe("writePlan", () => {
  it("writes one request per chunk and reports each request's planned bytes", async () => {
    const fake = new FakeExcel();
    const plan = planTable(syntheticDataset(1000), "synthetic", {
      columns: ["id", "value", "source.quote"],
    });
    const written = await fake.run((context) =>
      writePlan(
        context,
        context.workbook.worksheets.getItem("Sheet1"),
        { row: 0, col: 0 },
        plan,
        20_000,
      ),
    );
    expect(written.syncs).toBe(written.requestBytes.length);
    expect(written.syncs).toBeGreaterThan(2);
    expect(written.requestBytes.every((b) => b <= 20_000)).toBe(true);
    expect(fake.stats.syncs).toBe(written.syncs);
    expect(fake.values("Sheet1!A1001:C1001")).toEqual([
      ["synthetic-999", 1000, "Item 999 counted 1000 units."],
    ]);
    expect(fake.table(plan.tableName)!.rect).toMatchObject({ row: 0, lastRow: 1000, lastCol: 2 });
  });

  it("keeps each request within its budget as Office.js would serialise it, links and all", async () => {
    // 10,000 rows with a document link each: one range and one hyperlink action per row.
    const dataset = benchDataset({ tables: 1, rows: 10_000 });
    const fake = new FakeExcel();
    const actions = createExcelWorkbookActions(fake.run as never, fake.requirements);
    await actions.insertTable(dataset, dataset.tables[0].id, {}, "newSheet");
    expect(fake.stats.requestBytes.length).toBeGreaterThan(2);
    expect(Math.max(...fake.stats.requestBytes)).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
  });

  it("explains a table Excel refuses, before anything is written", async () => {
    const fake = new FakeExcel();
    fake.sheets[0].cells.clear();
    const plan = planTable(syntheticDataset(3), "synthetic", {});
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").tables.add("B2:C3", true);
      await context.sync();
    });
    const writes = fake.stats.writeOps;
    await expect(
      fake.run((context) =>
        writePlan(context, context.workbook.worksheets.getItem("Sheet1"), { row: 0, col: 0 }, plan),
      ),
    ).rejects.toThrow(
      /^Excel refused to create table PT_Synthetic: A table can't overlap another table\. Choose an empty cell/,
    );
    expect(fake.stats.writeOps).toBe(writes);
  });
});
