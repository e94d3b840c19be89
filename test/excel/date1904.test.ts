import { fixtureDataset } from "../fixtures/fixtureDataset";
import { displayCell } from "../../src/taskpane/views/format";
import { workbook } from "./harness";

// 2023-12-04 is 45264 in the 1900 date system and 45264 - 1462 = 43802 in the 1904 one.
describe("inserting into a workbook using the 1904 date system", () => {
  it("writes a dated event's figure as its 1904 serial", async () => {
    const { fake, actions } = workbook();
    fake.date1904Api = true;
    fake.use1904DateSystem = true;
    await actions.insertFigure(fixtureDataset(), "treasury-strike-force-launch", "value");
    expect(fake.cell("Sheet1!A1")).toMatchObject({ value: 43802 });
  });

  it("writes a table's dates as 1904 serials", async () => {
    const { fake, actions } = workbook();
    fake.date1904Api = true;
    fake.use1904DateSystem = true;
    await actions.insertTable(fixtureDataset(), "timeline", {}, "selection");
    expect(fake.cell("Sheet1!B2")).toMatchObject({ value: 43802 });
  });

  it("keeps 1900 serials in a 1900 workbook and where Excel cannot tell", async () => {
    for (const api of [true, false]) {
      const { fake, actions } = workbook();
      fake.date1904Api = api;
      await actions.insertFigure(fixtureDataset(), "treasury-strike-force-launch", "value");
      expect(fake.cell("Sheet1!A1")).toMatchObject({ value: 45264 });
    }
  });

  it("refreshes a 1904 workbook's dates in its own system: nothing changes, nothing is taken for an edit", async () => {
    const { fake, actions } = workbook();
    fake.date1904Api = true;
    fake.use1904DateSystem = true;
    await actions.insertTable(fixtureDataset(), "timeline", {}, "selection");
    const next = fixtureDataset((d) => {
      d.version = "1.1.0";
      d.events[0].title += " (corrected)";
    });
    const summary = await actions.refreshAll(next);
    expect(summary.tables[0]).toMatchObject({ status: "updated", conflicts: [] });
    expect(fake.cell("Sheet1!B2")).toMatchObject({ value: 43802 });
  });

  it("says in the insert's warnings when Excel cannot tell the date system, and how to check", async () => {
    const { actions } = workbook(); // no use1904DateSystem: the 1900 system is assumed
    const table = await actions.insertTable(fixtureDataset(), "timeline", {}, "selection");
    expect(table.warnings.join(" ")).toMatch(
      /assuming the 1900 date system.*File > Options > Advanced > "Use 1904 date system"/,
    );
    const figure = await actions.insertFigure(
      fixtureDataset(),
      "treasury-strike-force-launch",
      "value",
    );
    expect(figure.warnings.join(" ")).toMatch(/assuming the 1900 date system/);
  });

  it("says nothing of the date system when Excel tells it, or when nothing dated is written", async () => {
    const known = workbook();
    known.fake.date1904Api = true;
    const table = await known.actions.insertTable(fixtureDataset(), "timeline", {}, "selection");
    expect(table.warnings.join(" ")).not.toMatch(/date system/);
    const undated = workbook();
    const sanctions = await undated.actions.insertTable(
      fixtureDataset(),
      "sanctions",
      {},
      "newSheet",
    );
    expect(sanctions.warnings.join(" ")).not.toMatch(/date system/);
  });

  it("says in the refresh summary when Excel cannot tell the date system", async () => {
    const { actions } = workbook();
    await actions.insertTable(fixtureDataset(), "timeline", {}, "selection");
    const summary = await actions.refreshAll(fixtureDataset());
    expect((summary.notices ?? []).join(" ")).toMatch(
      /assuming the 1900 date system.*"Use 1904 date system"/,
    );
    expect(summary.problems ?? []).toEqual([]);
  });
});

describe("listing what a refresh would change in a workbook using the 1904 date system", () => {
  it("reads the workbook's date serials in its own system, so a moved date is shown as it is", async () => {
    const { fake, actions } = workbook();
    fake.date1904Api = true;
    fake.use1904DateSystem = true;
    await actions.insertTable(fixtureDataset(), "timeline", {}, "selection");
    const next = fixtureDataset((d) => {
      d.version = "1.1.0";
      d.events[0].date = "2023-12-05";
    });
    const report = await actions.previewChanges(next);
    expect(report.dateSystem).toBe("1904");
    const moved = report.tables
      .flatMap((t) => t.records)
      .flatMap((r) => r.cells)
      .find((c) => c.column === "Date")!;
    expect(moved).toMatchObject({ before: 43802, after: 43803 });
    expect(displayCell(moved.before, moved.format, report.dateSystem)).toBe(
      displayCell(45264, moved.format),
    );
    expect(displayCell(moved.after, moved.format, report.dateSystem)).toBe(
      displayCell(45265, moved.format),
    );
    // Read as 1900 serials, the same cells would show dates four years early.
    expect(displayCell(moved.before, moved.format)).not.toBe(displayCell(45264, moved.format));
  });
});
