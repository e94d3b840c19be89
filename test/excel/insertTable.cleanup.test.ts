import { fixtureDataset } from "../fixtures/fixtureDataset";
import type { FakeExcel } from "../fakes/excel";
import { createExcelWorkbookActions } from "../../src/excel/excelWorkbookActions";
import { workbook } from "./harness";

/**
 * Actions on `fake` where, in each Excel.run, `before(n)` runs ahead of the n-th sync: it may
 * change the workbook, or return a message to refuse that one request (nothing of it runs).
 */
function around(fake: FakeExcel, before: (n: number) => string | void) {
  const run = fake.run;
  return createExcelWorkbookActions(
    (async (batch: (c: unknown) => Promise<unknown>) =>
      run(async (context: { sync: () => Promise<void> }) => {
        let syncs = 0;
        const sync = context.sync.bind(context);
        context.sync = async () => {
          const refused = before(++syncs);
          if (!refused) return sync();
          (context as unknown as { queue: unknown[] }).queue = [];
          throw new Error(refused);
        };
        return batch(context);
      })) as never,
    fake.requirements,
  );
}

/** The name is defined after the add-in read the names: tables.add runs, the rename fails. */
const nameDefinedMeanwhile = (fake: FakeExcel) =>
  around(fake, (n) => {
    if (n === 2) defineName(fake, "PT_Sanctions");
  });

/** A workbook-level defined name, as Formulas > Define Name makes. */
function defineName(fake: FakeExcel, name: string, address = "A1") {
  fake.names.push({
    name,
    sheet: fake.sheets[0],
    rect: { sheet: fake.sheets[0].name, row: 0, col: 0, lastRow: 0, lastCol: 0 },
    comment: address,
  });
}

describe("insertTable and names already in the workbook", () => {
  it("picks a table name that is not a defined name (office-js #551)", async () => {
    const { fake, actions } = workbook();
    defineName(fake, "PT_Sanctions");
    const inserted = await actions.insertTable(fixtureDataset(), "sanctions", {}, "newSheet");
    expect(inserted.tableName).toBe("PT_Sanctions_2");
    expect(fake.tables.map((t) => t.name).filter((n) => /^Table\d+$/.test(n))).toEqual([]);
  });

  it("leaves no table, cell or tag behind when Excel creates the table but refuses its name", async () => {
    const { fake } = workbook();
    fake.select("Sheet1!B2");
    const actions = nameDefinedMeanwhile(fake);
    await expect(
      actions.insertTable(fixtureDataset(), "sanctions", {}, "selection"),
    ).rejects.toThrow(/already exists.*Nothing was left in the workbook\./);
    expect(fake.tables).toEqual([]);
    expect([...fake.sheets[0].cells.keys()]).toEqual([]);
    expect(fake.parts).toEqual([]);
  });

  it("removes the sheet it added when Excel refuses the table on a new sheet", async () => {
    const { fake } = workbook();
    const actions = nameDefinedMeanwhile(fake);
    await expect(
      actions.insertTable(fixtureDataset(), "sanctions", {}, "newSheet"),
    ).rejects.toThrow(/Nothing was left in the workbook\./);
    expect(fake.tables).toEqual([]);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  it("removes the table and the new sheet it added when a later request fails", async () => {
    const { fake } = workbook();
    // The first sync reads, the second writes the table; the third (tag and Sources) fails.
    const actions = around(fake, (n) => (n === 3 ? "Connection lost." : undefined));
    await expect(
      actions.insertTable(fixtureDataset(), "sanctions", {}, "newSheet"),
    ).rejects.toThrow(/Connection lost/);
    expect(fake.tables).toEqual([]);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(fake.parts).toEqual([]);
  });

  it("keeps the user's own tables and cells when cleaning up", async () => {
    const { fake, actions: ok } = workbook();
    fake.type("Sheet1!A1", "mine");
    await ok.insertTable(fixtureDataset(), "sanctions", {}, "newSheet");
    const before = fake.tables.map((t) => t.name);
    fake.select("Sheet1!D4");
    const actions = around(fake, (n) => (n === 2 ? "The argument is invalid." : undefined));
    await expect(
      actions.insertTable(fixtureDataset(), "sanctions", {}, "selection"),
    ).rejects.toThrow();
    expect(fake.tables.map((t) => t.name)).toEqual(before);
    expect(fake.cell("Sheet1!A1").value).toBe("mine");
    expect(fake.cell("Sheet1!D4").value).toBe("");
  });
});
