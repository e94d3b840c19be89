import { contentHash } from "../../src/core/dataset/contentHash";
import { fixtureDataset } from "../fixtures/fixtureDataset";
import { craftedDataset, CRAFTED } from "./craftedDataset";
import { workbook } from "./harness";

describe("formula injection", () => {
  it("the crafted dataset is valid", async () => {
    const { parseDataset } = await import("../../src/core/dataset/parseDataset");
    expect(() => parseDataset(craftedDataset())).not.toThrow();
  });

  it("inserted tables hold crafted quotes as text, never formulas", async () => {
    const { fake, actions } = workbook();
    const dataset = craftedDataset();
    for (const t of dataset.tables) await actions.insertTable(dataset, t.id, {}, "newSheet");
    const cells = fake.sheets.flatMap((s) => [...s.cells.values()]);
    expect(cells.filter((c) => c.formula !== null)).toEqual([]);
    const texts = cells.map((c) => c.value);
    for (const quote of CRAFTED.slice(0, 5)) expect(texts).toContain(quote);
    expect(texts).toContain("=cmd|' /C calc'!A0");
  });

  it("refresh writes changed and added rows as text, with or without Table.resize", async () => {
    for (const api of ["1.18", "1.12"]) {
      const { fake, actions } = workbook(api);
      await actions.insertTable(
        fixtureDataset(),
        "sanctions",
        { columns: ["id", "metric", "source.quote"] },
        "selection",
      );
      const dataset = craftedDataset();
      dataset.tables[0].rows.push("us-overdose-deaths-2022", "dhs-pill-presses-seized-fy2023");
      dataset.contentHash = contentHash(dataset as unknown as Record<string, unknown>);
      const summary = await actions.refreshAll(dataset);
      expect(summary.tables[0]).toMatchObject({ rowsAdded: 2, valuesChanged: 2 });
      const cells = [...fake.sheet("Sheet1")!.cells.values()];
      expect(cells.filter((c) => c.formula !== null)).toEqual([]);
      expect(fake.values("Sheet1!B2:C4")).toEqual([
        [CRAFTED[0], CRAFTED[0]],
        [CRAFTED[1], CRAFTED[1]],
        [CRAFTED[3], CRAFTED[3]],
      ]);
    }
  });

  it("a crafted title in a figure's note and the Sources sheet stays text", async () => {
    const { fake, actions } = workbook();
    await actions.insertFigure(craftedDataset(), "treasury-sanctions-since-eo", "value");
    expect(fake.cell("Sheet1!A1").value).toBe(200);
    expect(fake.values("Sources!B2")).toEqual([["=cmd|' /C calc'!A0"]]);
    expect(fake.cell("Sources!B2").formula).toBeNull();
  });
});
