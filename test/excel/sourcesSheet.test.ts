import { fixtureDataset } from "../fixtures/fixtureDataset";
import { workbook } from "./harness";

describe("Sources sheet", () => {
  it("keeps one Sources table where the user moved it, listing every document used so far", async () => {
    const { fake, actions } = workbook();
    const dataset = fixtureDataset();
    await actions.insertTable(dataset, "sanctions", {}, "newSheet");
    fake.moveTable("PT_Sources", "Sources!C4");
    await actions.insertFigure(dataset, "dhs-currency-seized-fy2023", "value");
    expect(fake.tables.filter((t) => t.name === "PT_Sources").map((t) => t.rect)).toEqual([
      { sheet: "Sources", row: 3, col: 2, lastRow: 5, lastCol: 11 },
    ]);
    expect(fake.values("Sources!C5:C6")).toEqual([
      ["000_aaaaaaaaaaaaaaaa"],
      ["001_bbbbbbbbbbbbbbbb"],
    ]);
  });

  it("picks another sheet name when a sheet called Sources is the user's", async () => {
    const { fake, actions } = workbook("1.18", ["Sheet1", "Sources"]);
    fake.type("Sources!A1", "my own list");
    await actions.insertTable(fixtureDataset(), "sanctions", {}, "newSheet");
    expect(fake.cell("Sources!A1").value).toBe("my own list");
    expect(fake.values("Sources (2)!A1:B1")).toEqual([["Document ID", "Title"]]);
  });
});
