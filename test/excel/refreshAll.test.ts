import { decodeTags, readTagPiece } from "../../src/core/layout/tableTag";
import { createExcelWorkbookActions } from "../../src/excel/excelWorkbookActions";
import { fixtureDataset } from "../fixtures/fixtureDataset";
import type { FakeExcel } from "../fakes/excel";
import { measure, refusingFrom, workbook, type Dataset } from "./harness";
import { shippedDataset } from "./shippedDataset";

const CHOICE = { columns: ["id", "metric", "value", "unit"] };
/** Seizures at Sheet1!A1:D3: ids in A, metrics in B, values in C, units in D. */
async function seizures(apiVersion = "1.18") {
  const w = workbook(apiVersion);
  await w.actions.insertTable(fixtureDataset(), "seizures", CHOICE, "selection");
  return w;
}
const v11 = (edit: (d: Dataset) => void) =>
  fixtureDataset((d) => {
    d.version = "1.1.0";
    edit(d);
  });
const workbookActionsFor = (fake: FakeExcel) =>
  createExcelWorkbookActions(fake.run as never, fake.requirements);
const tagOf = (fake: FakeExcel) =>
  decodeTags(fake.parts.map((p) => readTagPiece(p.xml)!)).tags.filter((t) => !t.kind)[0];

describe("refreshAll", () => {
  it("writes nothing when the dataset is unchanged", async () => {
    const { fake, actions } = await seizures();
    const m = await measure(fake, () => actions.refreshAll(fixtureDataset()));
    expect(m.writeOps).toBe(0);
    expect(m.result.tables).toEqual([
      {
        tableId: "seizures",
        tableName: "PT_Seizures",
        status: "unchanged",
        rowsAdded: 0,
        rowsRemoved: 0,
        valuesChanged: 0,
        conflicts: [],
        message: null,
      },
    ]);
    expect(m.result.totals).toEqual({
      tables: 1,
      updated: 0,
      rowsAdded: 0,
      rowsRemoved: 0,
      valuesChanged: 0,
      conflicts: 0,
    });
  });

  it("updates a changed value in place and the tag's version", async () => {
    const { fake, actions } = await seizures();
    const summary = await actions.refreshAll(v11((d) => (d.figures[3].value = 3700)));
    expect(fake.cell("Sheet1!C2").value).toBe(3700);
    expect(summary.tables[0]).toMatchObject({ status: "updated", valuesChanged: 1 });
    expect([summary.fromVersion, summary.toVersion]).toEqual(["1.0.0", "1.1.0"]);
    expect(tagOf(fake).datasetVersion).toBe("1.1.0");
    const again = await measure(fake, () =>
      actions.refreshAll(v11((d) => (d.figures[3].value = 3700))),
    );
    expect(again.writeOps).toBe(0);
  });

  it("keeps a value the user typed and reports it, until they agree with the dataset", async () => {
    const { fake, actions } = await seizures();
    fake.type("Sheet1!C3", "about 16m");
    const dataset = v11((d) => (d.figures[4].value = 17000000));
    const summary = await actions.refreshAll(dataset);
    expect(fake.cell("Sheet1!C3").value).toBe("about 16m");
    expect(summary.tables[0].conflicts).toEqual([
      {
        address: "Sheet1!C3",
        recordId: "dhs-currency-seized-fy2023",
        column: "Value",
        userValue: "about 16m",
        datasetValue: 17000000,
      },
    ]);
    expect((await actions.refreshAll(dataset)).totals.conflicts).toBe(1);
    fake.type("Sheet1!C3", 17000000);
    expect((await actions.refreshAll(dataset)).totals.conflicts).toBe(0);
  });

  it("adds and removes rows, growing the table with Table.resize", async () => {
    const { fake, actions } = await seizures();
    const summary = await actions.refreshAll(
      v11(
        (d) =>
          (d.tables[1].rows = [
            "dhs-currency-seized-fy2023",
            "treasury-sanctions-since-eo",
            "us-overdose-deaths-2022",
          ]),
      ),
    );
    expect(summary.tables[0]).toMatchObject({ rowsAdded: 2, rowsRemoved: 1 });
    expect(fake.table("PT_Seizures")!.rect).toMatchObject({ row: 0, lastRow: 3 });
    expect(fake.values("Sheet1!A2:C4")).toEqual([
      ["dhs-currency-seized-fy2023", "currency seized", 16000000],
      [
        "treasury-sanctions-since-eo",
        "sanctions imposed since the Illicit Drug Executive Order",
        200,
      ],
      ["us-overdose-deaths-2022", "drug overdose deaths in the United States", 107000],
    ]);
    expect(fake.cell("Sheet1!C3").format).toBe("#,##0");
    expect(tagOf(fake).rowIds).toEqual([
      "dhs-currency-seized-fy2023",
      "treasury-sanctions-since-eo",
      "us-overdose-deaths-2022",
    ]);
  });

  it("adds rows with rows.add before ExcelApi 1.13, and when content sits below the table", async () => {
    for (const [api, below] of [
      ["1.12", false],
      ["1.18", true],
    ] as const) {
      const { fake, actions } = await seizures(api);
      if (below) fake.type("Sheet1!A4", "my total");
      await actions.refreshAll(v11((d) => d.tables[1].rows.push("us-overdose-deaths-2022")));
      expect(fake.values("Sheet1!A4:D4")).toEqual([
        ["us-overdose-deaths-2022", "drug overdose deaths in the United States", 107000, "deaths"],
      ]);
      expect(fake.cell("Sheet1!D4").format).toBe("@");
      if (below) expect(fake.cell("Sheet1!A5").value).toBe("my total");
    }
  });

  it("adds and removes rows of a filtered table with its filter lifted, then sets it again", async () => {
    const reshape = v11(
      (d) =>
        (d.tables[1].rows = [
          "dhs-currency-seized-fy2023",
          "treasury-sanctions-since-eo",
          "us-overdose-deaths-2022",
        ]),
    );
    const plain = await seizures();
    const unfiltered = await measure(plain.fake, () => plain.actions.refreshAll(reshape));

    const { fake, actions } = await seizures();
    const units = fake.values("Sheet1!D2:D3").flat().map(String);
    fake.filterTable("PT_Seizures", 3, [units[0]]);
    expect(fake.isRowHidden("Sheet1!A3")).toBe(units[1] !== units[0]);
    const m = await measure(fake, () => actions.refreshAll(reshape));
    expect(m.result.tables[0]).toMatchObject({ rowsAdded: 2, rowsRemoved: 1 });
    expect(m.result.tables[0].message).toMatch(/filter was lifted to add and remove rows/);
    expect(fake.values("Sheet1!A2:A4").flat()).toEqual(plain.fake.values("Sheet1!A2:A4").flat());
    // The same filter, hiding exactly the rows whose unit it does not list; no extra sync.
    expect([...fake.table("PT_Seizures")!.filters]).toEqual([
      [3, { filterOn: "Values", values: [units[0]] }],
    ]);
    for (const r of [2, 3, 4])
      expect(fake.isRowHidden(`Sheet1!A${r}`)).toBe(fake.cell(`Sheet1!D${r}`).text !== units[0]);
    // Two more syncs: to lift the filter and check it is gone (clearFilters may do nothing,
    // office-js #468), and to set it again once rows and tag are written.
    expect(m.syncs).toBe(unfiltered.syncs + 2);
    expect(m.result.syncs).toBe(m.syncs);
  });

  it("keeps the refreshed rows and says so when Excel will not set a lifted filter again", async () => {
    const reshape = v11((d) => d.tables[1].rows.push("us-overdose-deaths-2022"));
    const twin = await seizures();
    twin.fake.filterTable("PT_Seizures", 0, ["dhs-currency-seized-fy2023"]);
    const { syncs: all } = await measure(twin.fake, () => twin.actions.refreshAll(reshape));

    const { fake } = await seizures();
    fake.filterTable("PT_Seizures", 0, ["dhs-currency-seized-fy2023"]);
    // Every request from the one that sets filters on is refused.
    const refusing = refusingFrom(
      fake,
      all,
      "The argument is invalid or missing or has an incorrect format.",
    );
    const summary = await refusing.refreshAll(reshape);
    expect(summary.tables[0]).toMatchObject({ rowsAdded: 1 });
    expect(summary.tables[0].message).toMatch(
      /Excel would not set it again \(The argument is invalid.*\): filter the table again/,
    );
    expect(fake.values("Sheet1!A4").flat()).toEqual(["us-overdose-deaths-2022"]);
    expect(fake.table("PT_Seizures")!.filters.size).toBe(0);
    // Rows and tag were written before: the next refresh finds everything as it left it.
    const again = await workbookActionsFor(fake).refreshAll(reshape);
    expect(again.tables[0]).toMatchObject({ status: "unchanged", conflicts: [] });
  });

  it("leaves a filter alone when only values change", async () => {
    const { fake, actions } = await seizures();
    fake.filterTable("PT_Seizures", 0, ["no such id"]);
    const summary = await actions.refreshAll(v11((d) => (d.figures[3].value = 3700)));
    expect(fake.cell("Sheet1!C2").value).toBe(3700);
    expect(summary.tables[0].message).toBeNull();
    expect(fake.isRowHidden("Sheet1!A2")).toBe(true);
  });

  it("keeps a column the user added to the table", async () => {
    const { fake, actions } = await seizures();
    fake.addTableColumn("PT_Seizures", "My notes", ["check", "=C3/1000"]);
    await actions.refreshAll(
      v11((d) => {
        d.figures[3].value = 3700;
        d.figures[4].value = 17000000;
      }),
    );
    expect(fake.values("Sheet1!C2:E3")).toEqual([
      [3700, "pill presses", "check"],
      [17000000, "USD", "#NAME?"],
    ]);
    expect(fake.cell("Sheet1!E3").formula).toBe("=C3/1000");
  });

  it("finds a renamed and moved table by its tag and says so", async () => {
    const { fake, actions } = await seizures();
    fake.renameTable("PT_Seizures", "PT_MySeizures");
    fake.moveTable("PT_MySeizures", "Sheet1!F10");
    const summary = await actions.refreshAll(v11((d) => (d.figures[3].value = 3700)));
    expect(fake.cell("Sheet1!H11").value).toBe(3700);
    expect(summary.tables[0]).toMatchObject({
      tableName: "PT_MySeizures",
      status: "updated",
      message:
        "Moved from Sheet1!A1:D3 to Sheet1!F10:I12. Renamed from PT_Seizures; found by its tag.",
    });
    expect(tagOf(fake)).toMatchObject({ tableName: "PT_MySeizures", address: "Sheet1!F10:I12" });
  });

  it("stores where a moved table is, so the move is reported once, without touching its cells", async () => {
    const { fake, actions } = await seizures();
    fake.moveTable("PT_Seizures", "Sheet1!B20");
    const first = await actions.refreshAll(fixtureDataset());
    expect(first.tables[0]).toMatchObject({
      status: "unchanged",
      message: "Moved from Sheet1!A1:D3 to Sheet1!B20:E22.",
    });
    expect(tagOf(fake).address).toBe("Sheet1!B20:E22");
    const second = await measure(fake, () => actions.refreshAll(fixtureDataset()));
    expect(second.result.tables[0].message).toBeNull();
    expect(second.writeOps).toBe(0);
  });

  it("reports a deleted table and a deleted sheet, and drops their tags", async () => {
    const { fake, actions } = await seizures();
    fake.addSheet("Other");
    fake.select("Other!A1");
    await actions.insertTable(fixtureDataset(), "sanctions", CHOICE, "selection");
    fake.deleteTable("PT_Seizures");
    fake.deleteSheet("Other");
    const summary = await actions.refreshAll(fixtureDataset());
    expect(summary.tables.map((t) => [t.tableName, t.status, t.message])).toEqual([
      [
        "PT_Seizures",
        "deleted",
        'PT_Seizures was deleted from "Sheet1"; its tag was removed. Insert it again to get it back.',
      ],
      [
        "PT_Sanctions",
        "sheet_deleted",
        'The sheet "Other" that held PT_Sanctions was deleted; the table\'s tag was removed.',
      ],
    ]);
    // Only the Sources table's tag is left.
    expect(decodeTags(fake.parts.map((p) => readTagPiece(p.xml)!)).tags.map((t) => t.kind)).toEqual(
      ["sources"],
    );
    expect((await actions.refreshAll(fixtureDataset())).tables).toEqual([]);
  });

  it("leaves a table alone when the dataset no longer has it", async () => {
    const { fake, actions } = await seizures();
    const m = await measure(fake, () =>
      actions.refreshAll(v11((d) => (d.tables = d.tables.filter((t) => t.id !== "seizures")))),
    );
    expect(m.writeOps).toBe(0);
    expect(m.result.tables[0]).toMatchObject({
      status: "not_in_dataset",
      message: 'Dataset 1.1.0 no longer has table "seizures"; PT_Seizures was left as it is.',
    });
  });

  it("changes nothing when the dataset is invalid", async () => {
    const { fake, actions } = await seizures();
    const before = fake.stats.syncs;
    const broken = fixtureDataset((d) => (d.figures[3].value = 3700), true);
    await expect(actions.refreshAll(broken)).rejects.toThrow(
      /^The dataset is invalid \(1 problem\); nothing was changed\.\n- contentHash: is [0-9a-f]{64} but the content hashes to/,
    );
    await expect(actions.refreshAll({ version: "x" })).rejects.toThrow(/The dataset is invalid/);
    expect(fake.stats.syncs).toBe(before);
    expect(fake.cell("Sheet1!C2").value).toBe(3600);
  });

  it("changes nothing when the dataset cannot be fetched", async () => {
    const { fake, actions } = await seizures();
    const before = fake.stats.syncs;
    await expect(actions.refreshAll(() => Promise.reject(new Error("HTTP 503")))).rejects.toThrow(
      "The dataset could not be loaded (HTTP 503); the workbook was not changed. Check the dataset URL and your connection, then refresh again.",
    );
    expect(fake.stats.syncs).toBe(before);
  });

  it("makes as many syncs for ten tables as for one", async () => {
    const one = await seizures();
    const oneRefresh = await measure(one.fake, () =>
      one.actions.refreshAll(v11((d) => (d.figures[3].value = 3700))),
    );
    const ten = workbook();
    for (let i = 0; i < 10; i++)
      await ten.actions.insertTable(fixtureDataset(), "seizures", CHOICE, "newSheet");
    const tenRefresh = await measure(ten.fake, () =>
      ten.actions.refreshAll(v11((d) => (d.figures[3].value = 3700))),
    );
    expect(tenRefresh.result.totals).toMatchObject({ tables: 10, updated: 10, valuesChanged: 10 });
    expect(tenRefresh.syncs).toBe(oneRefresh.syncs);
    expect(tenRefresh.result.syncs).toBe(tenRefresh.syncs);
  });

  it("reports progress per table", async () => {
    const { actions } = await seizures();
    const seen: unknown[] = [];
    await actions.refreshAll(fixtureDataset(), (p) => seen.push(p));
    expect(seen).toEqual([
      { done: 0, total: 1, tableName: null },
      { done: 1, total: 1, tableName: "PT_Seizures" },
      { done: 1, total: 1, tableName: null },
    ]);
  });

  it("refreshes every table of the shipped dataset without a write when nothing changed", async () => {
    const dataset = shippedDataset();
    const { fake, actions } = workbook();
    for (const t of dataset.tables) await actions.insertTable(dataset, t.id, {}, "newSheet");
    const m = await measure(fake, () => actions.refreshAll(dataset));
    expect(m.writeOps).toBe(0);
    expect(m.result.tables.map((t) => t.status)).toEqual(dataset.tables.map(() => "unchanged"));
  });
});
