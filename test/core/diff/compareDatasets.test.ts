import { compareDatasets } from "../../../src/core/diff/compareDatasets";
import { fixtureDataset } from "../../fixtures/fixtureDataset";

describe("compareDatasets", () => {
  it("lists no change between a dataset and itself", () => {
    const report = compareDatasets(fixtureDataset(), fixtureDataset());
    expect(report.tables.every((t) => t.status === "unchanged" && t.records.length === 0)).toBe(
      true,
    );
  });

  it("lists the added, removed and changed records of each table of the dataset in use", () => {
    const next = fixtureDataset((d) => {
      d.version = "1.1.0";
      d.figures[4].value = 17000000;
      d.tables[0].rows = [];
      d.tables[2].rows = ["treasury-strike-force-launch"];
      d.tables[1].rows.push("treasury-sanctions-since-eo");
    });
    const report = compareDatasets(fixtureDataset(), next);
    expect([report.fromVersion, report.toVersion]).toEqual(["1.0.0", "1.1.0"]);
    const byTable = Object.fromEntries(
      report.tables.map((t) => [t.tableId, t.records.map((r) => `${r.kind} ${r.recordId}`)]),
    );
    expect(byTable).toEqual({
      sanctions: ["removed treasury-sanctions-since-eo"],
      seizures: ["changed dhs-currency-seized-fy2023", "added treasury-sanctions-since-eo"],
      timeline: ["removed treasury-strike-force-announced"],
    });
    const changed = report.tables[1].records[0];
    expect(changed.cells.map((c) => [c.column, c.before, c.after, c.kept])).toEqual([
      ["Value", 16000000, 17000000, false],
    ]);
  });

  it("says which table the new dataset no longer has", () => {
    const next = fixtureDataset((d) => (d.tables = d.tables.filter((t) => t.id !== "timeline")));
    const timeline = compareDatasets(fixtureDataset(), next).tables.find(
      (t) => t.tableId === "timeline",
    );
    expect(timeline).toMatchObject({ status: "not_in_dataset", records: [] });
    expect(timeline!.message).toMatch(/no longer has table "timeline"/);
  });
});
