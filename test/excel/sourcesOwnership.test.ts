import type { Dataset } from "../../src/core/dataset/schema";
import { fixtureDataset } from "../fixtures/fixtureDataset";
import { workbook } from "./harness";
import { shippedDataset } from "./shippedDataset";

const v11 = (edit: (d: Dataset) => void) =>
  fixtureDataset((d) => {
    edit(d);
    d.version = "1.1.0";
  });

/** Sanctions inserted (document 000 on the Sources sheet), then the user's additions to it. */
async function withUserEdits() {
  const w = workbook();
  await w.actions.insertTable(fixtureDataset(), "sanctions", {}, "newSheet");
  expect(w.fake.values("Sources!A2")).toEqual([["000_aaaaaaaaaaaaaaaa"]]);
  w.fake.addTableColumn("PT_Sources", "Accessed on", ["2024-05-02"]);
  w.fake.type("Sources!A3", "=1+1");
  return w;
}

describe("the Sources table is owned like a data table", () => {
  it("keeps a user column, its value and a formula below when a new document joins", async () => {
    const { fake, actions } = await withUserEdits();
    const accessed = fake.cell("Sources!K2").value;
    fake.select("Sheet1!A1");
    await actions.insertFigure(fixtureDataset(), "dhs-currency-seized-fy2023", "value");
    expect(fake.values("Sources!A1:A3")).toEqual([
      ["Document ID"],
      ["000_aaaaaaaaaaaaaaaa"],
      ["001_bbbbbbbbbbbbbbbb"],
    ]);
    expect(fake.values("Sources!K1:K2")).toEqual([["Accessed on"], [accessed]]);
    // The formula that was below the table moved down with the inserted cells; not erased.
    expect(fake.cell("Sources!A4").formula).toBe("=1+1");
    expect(fake.table("PT_Sources")!.rect).toMatchObject({ lastRow: 2, lastCol: 10 });
  });

  it("is not rebuilt by a refresh after one value changed", async () => {
    const { fake, actions } = await withUserEdits();
    const summary = await actions.refreshAll(v11((d) => (d.figures[0].value += 1)));
    expect(summary.problems).toEqual([]);
    expect(summary.tables[0]).toMatchObject({ status: "updated", valuesChanged: 1 });
    expect(fake.values("Sources!J1:K1")).toEqual([["URL note", "Accessed on"]]);
    expect(fake.cell("Sources!K2").value).not.toBe("");
    expect(fake.cell("Sources!A3").formula).toBe("=1+1");
  });

  it("keeps a cell of the Sources table the user typed into, and says so", async () => {
    const { fake, actions } = await withUserEdits();
    fake.type("Sources!B2", "My own title");
    const summary = await actions.refreshAll(
      v11((d) => {
        d.sources[0].title = "A corrected title";
        d.figures[0].value += 1;
      }),
    );
    expect(fake.cell("Sources!B2").value).toBe("My own title");
    // Said apart from unreadable tags, whose advice (insert the table again) would be wrong here.
    expect(summary.warnings).toEqual(["Sources: 1 cell you edited was kept."]);
    expect(summary.problems).toEqual([]);
  });

  it("never replaces a user's table named PT_Sources, and says why nothing was listed", async () => {
    const { fake, actions } = workbook("1.18", ["Sheet1", "Mine"]);
    fake.type("Mine!A1", "Name");
    fake.type("Mine!A2", "Ana");
    await fake.run(async (context) => {
      const t = context.workbook.worksheets.getItem("Mine").tables.add("Mine!A1:A2", true);
      t.name = "PT_Sources";
    });
    const inserted = await actions.insertTable(fixtureDataset(), "sanctions", {}, "newSheet");
    expect(inserted.warnings).toEqual([
      "The workbook already has a table called PT_Sources that Policy Tables did not create, so the documents were not listed on a Sources sheet. Rename it, then refresh to list them.",
    ]);
    expect(fake.values("Mine!A1:A2")).toEqual([["Name"], ["Ana"]]);
    expect(fake.table("PT_Sources")!.sheet.name).toBe("Mine");
    expect(fake.sheet("Sources")).toBeUndefined();
  });

  it("refuses a defined name PT_Sources the same way", async () => {
    const { fake, actions } = workbook();
    await fake.run(async (context) => context.workbook.names.add("PT_Sources", "Sheet1!Z1"));
    const inserted = await actions.insertTable(fixtureDataset(), "sanctions", {}, "newSheet");
    expect(inserted.warnings).toEqual([
      expect.stringMatching(/already has a name called PT_Sources/),
    ]);
    expect(fake.sheet("Sources")).toBeUndefined();
  });

  it("lists the documents again on a new Sources table when the user deleted it", async () => {
    const { fake, actions } = workbook();
    await actions.insertTable(fixtureDataset(), "sanctions", {}, "newSheet");
    fake.deleteTable("PT_Sources");
    fake.type("Sources!A1", "notes of mine");
    await actions.insertTable(fixtureDataset(), "seizures", {}, "newSheet");
    expect(fake.cell("Sources!A1").value).toBe("notes of mine");
    expect(fake.table("PT_Sources")!.sheet.name).toBe("Sources (2)");
  });

  it("never gives the dataset's own sources table the Sources list's name or sheet", async () => {
    const { fake, actions } = workbook();
    fake.date1904Api = true; // its dates are written in a known system: no date-system notice
    const dataset = shippedDataset();
    const inserted = await actions.insertTable(dataset, "sources", {}, "newSheet");
    expect(inserted).toMatchObject({ tableName: "PT_Sources_2", sheetName: "Sources (2)" });
    expect(inserted.warnings).toEqual([]);
    expect(fake.table("PT_Sources")!.sheet.name).toBe("Sources");
  });
});
