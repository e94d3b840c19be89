import { createExcelWorkbookActions } from "../../src/excel/excelWorkbookActions";
import { fixtureDataset } from "../fixtures/fixtureDataset";
import { workbook } from "../excel/harness";
import { openWorkbook, saveWorkbook } from "./savedWorkbook";

const CHOICE = { columns: ["id", "metric", "value", "unit", "source.quote"] };

describe("saveWorkbook and openWorkbook (a fake workbook closed and reopened)", () => {
  it("brings back sheets, cells, tables and tags, so the add-in reads the same tables", async () => {
    const { fake, actions } = workbook();
    await actions.insertTable(fixtureDataset(), "seizures", CHOICE, "selection");
    await actions.insertTable(fixtureDataset(), "sanctions", CHOICE, "newSheet");
    fake.type("Sheet1!C3", "about 16m");
    fake.filterTable("PT_Seizures", 1, ["Fentanyl pills seized"]);
    const reopened = openWorkbook(saveWorkbook(fake));
    expect(reopened.sheets.map((s) => s.name)).toEqual(fake.sheets.map((s) => s.name));
    expect(reopened.values("Sheet1!A1:E3")).toEqual(fake.values("Sheet1!A1:E3"));
    expect(reopened.cell("Sheet1!C3").value).toBe("about 16m");
    const shape = (f: typeof fake) => f.tables.map((t) => [t.name, t.sheet.name, t.filters.size]);
    expect(shape(reopened)).toEqual(shape(fake));
    expect(shape(reopened)).toContainEqual(["PT_Seizures", "Sheet1", 1]);
    // The reopened tables point at the reopened sheets, not copies of them.
    expect(reopened.tables[0].sheet).toBe(reopened.sheets[0]);
    expect(reopened.parts).toEqual(fake.parts);
    const again = createExcelWorkbookActions(reopened.run as never, reopened.requirements);
    expect(await again.readTableVersions()).toEqual(await actions.readTableVersions());
    const next = fixtureDataset((d) => {
      d.version = "1.1.0";
      d.figures[3].value = 3700;
    });
    expect(await again.previewChanges(next)).toEqual(await actions.previewChanges(next));
  });

  it("starts the session afresh: no syncs counted, new ids never reuse saved ones", async () => {
    const { fake, actions } = workbook();
    await actions.insertTable(fixtureDataset(), "seizures", CHOICE, "selection");
    const reopened = openWorkbook(saveWorkbook(fake));
    expect(reopened.stats.syncs).toBe(0);
    const ids = new Set([...fake.tables.map((t) => t.id), ...fake.sheets.map((s) => s.id)]);
    expect(ids.has(reopened.newId())).toBe(false);
  });

  it("refuses to save a workbook holding something a file cannot hold", () => {
    const { fake } = workbook();
    (fake as unknown as { extra: unknown }).extra = () => 1;
    expect(() => saveWorkbook(fake)).toThrow(/holding a function cannot be saved/);
  });
});
