import { fixtureDataset } from "../fixtures/fixtureDataset";
import { measure, workbook, type Dataset } from "./harness";

const CHOICE = { columns: ["id", "metric", "value", "unit", "source.quote"] };
const v11 = (edit: (d: Dataset) => void) =>
  fixtureDataset((d) => {
    d.version = "1.1.0";
    edit(d);
  });
/** Seizures at Sheet1!A1:E3 (ids in A, values in C), sanctions on a sheet of its own. */
async function twoTables() {
  const w = workbook();
  await w.actions.insertTable(fixtureDataset(), "seizures", CHOICE, "selection");
  w.fake.addSheet("Other");
  w.fake.select("Other!A1");
  await w.actions.insertTable(fixtureDataset(), "sanctions", CHOICE, "selection");
  return w;
}
const snapshot = (fake: ReturnType<typeof workbook>["fake"]) =>
  JSON.stringify({
    parts: fake.parts,
    cells: fake.sheets.map((s) => [...s.cells.entries()]),
    tables: fake.tables.map((t) => ({ ...t, sheet: t.sheet.name })),
  });

describe("previewChanges", () => {
  it("lists what refresh would change, record by record, and writes nothing", async () => {
    const { fake, actions } = await twoTables();
    fake.type("Sheet1!C3", "about 16m");
    const next = v11((d) => {
      d.figures[3].value = 3700;
      d.figures[4].value = 17000000;
      d.tables[0].rows = ["treasury-sanctions-since-eo", "us-overdose-deaths-2022"];
      d.tables[1].rows = ["dhs-currency-seized-fy2023"];
    });
    const before = snapshot(fake);
    const m = await measure(fake, () => actions.previewChanges(next));
    expect(m.writeOps).toBe(0);
    expect(snapshot(fake)).toBe(before);
    const report = m.result;
    expect([report.fromVersion, report.toVersion, report.problems]).toEqual(["1.0.0", "1.1.0", []]);
    expect(
      report.tables.map((t) => [
        t.tableName,
        t.status,
        t.records.map((r) => `${r.kind}${r.kept ? " (kept)" : ""} ${r.recordId}`),
      ]),
    ).toEqual([
      [
        "PT_Seizures",
        "updated",
        ["removed dhs-pill-presses-seized-fy2023", "changed dhs-currency-seized-fy2023"],
      ],
      ["PT_Sanctions", "updated", ["added us-overdose-deaths-2022"]],
    ]);
    const changed = report.tables[0].records[1];
    expect(changed.cells).toEqual([
      {
        column: "Value",
        address: "Sheet1!C3",
        before: "about 16m",
        after: 17000000,
        kept: true,
        format: "$#,##0",
      },
    ]);
    expect(changed.quote.before).toBe(fixtureDataset().figures[4].source.quote);

    // The refresh then does what the list said.
    const summary = await actions.refreshAll(next);
    expect(summary.totals).toMatchObject({ rowsAdded: 1, rowsRemoved: 1, conflicts: 1 });
    expect(fake.cell("Sheet1!C2").value).toBe("about 16m"); // the row above it went
  });

  it("says a deleted table's tag will be removed, and leaves the tag until refresh", async () => {
    const { fake, actions } = await twoTables();
    fake.deleteTable("PT_Seizures");
    const parts = fake.parts.length;
    const m = await measure(fake, () => actions.previewChanges(fixtureDataset()));
    expect(m.writeOps).toBe(0);
    expect(fake.parts).toHaveLength(parts);
    expect(m.result.tables.map((t) => [t.tableName, t.status, t.message])).toEqual([
      ["PT_Seizures", "deleted", "The table was deleted; refresh will remove its tag."],
      ["PT_Sanctions", "unchanged", null],
    ]);
  });

  it("lists nothing for a table refresh would refuse, and says why", async () => {
    const { fake, actions } = await twoTables();
    fake.type("Sheet1!C1", "Amount");
    const m = await measure(fake, () =>
      actions.previewChanges(v11((d) => (d.figures[3].value = 1))),
    );
    expect(m.writeOps).toBe(0);
    expect(m.result.tables[0]).toMatchObject({
      tableName: "PT_Seizures",
      status: "refused",
      records: [],
    });
    expect(m.result.tables[0].message).toMatch(/no longer holds "Value"/);
  });

  it("says which ExcelApi it needs", async () => {
    const { actions } = workbook("1.4");
    await expect(actions.previewChanges(fixtureDataset())).rejects.toThrow(
      /^Listing what a refresh would change needs Excel JavaScript API 1.5/,
    );
  });
});
