import { fixtureDataset } from "../../fixtures/fixtureDataset";
import { workbook, type Dataset } from "../harness";

const CHOICE = { columns: ["id", "metric", "value", "unit"] };
const v11 = (edit: (d: Dataset) => void) =>
  fixtureDataset((d) => {
    d.version = "1.1.0";
    edit(d);
  });
const grown = v11(
  (d) =>
    (d.tables[1].rows = [
      "dhs-currency-seized-fy2023",
      "treasury-sanctions-since-eo",
      "us-overdose-deaths-2022",
    ]),
);

describe("refresh of a table showing its Total Row", () => {
  it.each(["1.18", "1.12"])(
    "treats the data body as the body, adds records above the totals row and keeps its formulas (ExcelApi %s)",
    async (api) => {
      const { fake, actions } = workbook(api);
      await actions.insertTable(fixtureDataset(), "seizures", CHOICE, "selection");
      // PT_Seizures at A1:D3; its Total Row in row 4.
      fake.showTotals("PT_Seizures", ["Total", "", "=SUBTOTAL(109,[Value])", ""]);
      const first = await actions.refreshAll(grown);
      expect(first.tables[0]).toMatchObject({ status: "updated", rowsAdded: 2, rowsRemoved: 1 });
      const table = fake.table("PT_Seizures")!;
      expect(table.rect).toMatchObject({ row: 0, lastRow: 4 });
      expect(fake.values("Sheet1!A2:A5").flat()).toEqual([
        "dhs-currency-seized-fy2023",
        "treasury-sanctions-since-eo",
        "us-overdose-deaths-2022",
        "Total",
      ]);
      expect(fake.cell("Sheet1!C5").formula).toBe("=SUBTOTAL(109,[Value])");
      expect(fake.cell("Sheet1!C4").format).toBe("#,##0");
      const again = await actions.refreshAll(grown);
      expect(again.tables[0]).toMatchObject({ status: "unchanged", conflicts: [], message: null });
    },
  );
});
