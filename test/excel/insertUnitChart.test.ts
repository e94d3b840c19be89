import { decodeTags, readTagPiece, TAG_NAMESPACE } from "../../src/core/layout/tableTag";
import { seriesAddresses, seriesCells } from "../fakes/charts";
import type { FakeExcel } from "../fakes/excel";
import { fixtureDataset } from "../fixtures/fixtureDataset";
import { measure, refusingFrom, workbook } from "./harness";

const CHOICE = { columns: ["metric", "value", "unit"] };
const SOURCE = "Source: Policy Tables dataset 1.0.0, see Sources sheet";

/** The fixture's seizures with one more row, in dollars or in pill presses. */
const withSeizure = (unit: "USD" | "pill_presses") =>
  fixtureDataset((d) => {
    d.version = "1.1.0";
    const like = d.figures.find((f) => f.unit === unit)!;
    const id = `more-${unit.toLowerCase().replace("_", "-")}`;
    d.figures.push({ ...like, id, value: 5, metric: `more ${unit} seized` });
    d.tables[1].rows.push(id);
  });

/** The ranges a chart's one series is bound to, and the cells they hold. */
const plotted = (fake: FakeExcel, name: string) => {
  const chart = fake.charts.find((c) => c.name === name);
  if (!chart) throw new Error(`no chart ${name}: ${fake.charts.map((c) => c.name).join(", ")}`);
  return { ...seriesAddresses(chart.series[0]), cells: seriesCells(fake, chart.series[0]) };
};

const tableWheres = (fake: FakeExcel) =>
  decodeTags(
    fake.parts.filter((p) => p.namespace === TAG_NAMESPACE).map((p) => readTagPiece(p.xml)!),
  )
    .tags.filter((t) => !t.kind)
    .map((t) => t.choice.where);

async function bothUnits() {
  const w = workbook();
  await w.actions.insertUnitChart(fixtureDataset(), "seizures", CHOICE, "pill presses");
  await w.actions.insertUnitChart(fixtureDataset(), "seizures", CHOICE, "USD");
  return w;
}

describe("insertUnitChart", () => {
  it("charts one unit's rows from a table of their own on a new sheet, titled with the unit", async () => {
    const { fake, actions } = workbook();
    const m = await measure(fake, () =>
      actions.insertUnitChart(fixtureDataset(), "seizures", CHOICE, "USD"),
    );
    expect(m.result).toMatchObject({
      chartName: "PT_Chart_Seizures",
      sheetName: "Seizures",
      tableName: "PT_Seizures",
      points: 1,
      unitTable: { unit: "USD", address: "Seizures!A1:C2", rows: 1 },
    });
    expect(m.result.syncs).toBe(m.syncs);
    const [chart] = fake.charts;
    expect(chart.title).toBe(`Seizures (USD)\n${SOURCE}`);
    expect(chart.valueAxisFormat).toBe("$#,##0");
    expect(plotted(fake, "PT_Chart_Seizures")).toEqual({
      values: "Seizures!B2",
      categories: "Seizures!A2",
      cells: { values: [16000000], categories: ["currency seized"] },
    });
    // The tag keeps the unit's filter, so every refresh keeps the table to that unit.
    expect(tableWheres(fake)).toEqual(["unit = USD"]);
  });

  it("gives each unit its own table and chart, none plotting another unit's rows", async () => {
    const { fake } = await bothUnits();
    expect(fake.charts.map((c) => [c.name, c.sheet.name, c.title.split("\n")[0]])).toEqual([
      ["PT_Chart_Seizures", "Seizures", "Seizures (pill presses)"],
      ["PT_Chart_Seizures_2", "Seizures (2)", "Seizures (USD)"],
    ]);
    expect(plotted(fake, "PT_Chart_Seizures").cells.values).toEqual([3600]);
    expect(plotted(fake, "PT_Chart_Seizures_2").cells.values).toEqual([16000000]);
    expect(tableWheres(fake)).toEqual(["unit = pill presses", "unit = USD"]);
  });

  it("extends a unit's chart to the row of that unit refresh adds, and no other unit's", async () => {
    const { fake, actions } = await bothUnits();
    const summary = await actions.refreshAll(withSeizure("USD"));
    expect(summary.warnings ?? []).toEqual([]);
    expect(summary.tables.map((t) => [t.tableName, t.rowsAdded])).toEqual([
      ["PT_Seizures", 0],
      ["PT_Seizures_2", 1],
    ]);
    expect(plotted(fake, "PT_Chart_Seizures_2")).toEqual({
      values: "'Seizures (2)'!B2:B3",
      categories: "'Seizures (2)'!A2:A3",
      cells: { values: [16000000, 5], categories: ["currency seized", "more USD seized"] },
    });
    expect(plotted(fake, "PT_Chart_Seizures")).toEqual({
      values: "Seizures!B2",
      categories: "Seizures!A2",
      cells: { values: [3600], categories: ["pill presses seized"] },
    });
  });

  it("leaves a unit's chart on its rows when refresh adds a row of another unit", async () => {
    const { fake, actions } = await bothUnits();
    await actions.refreshAll(withSeizure("pill_presses"));
    expect(plotted(fake, "PT_Chart_Seizures_2").cells.values).toEqual([16000000]);
    expect(plotted(fake, "PT_Chart_Seizures").cells.values).toEqual([3600, 5]);
  });

  it("writes nothing outside its new sheet, leaving the mixed table and the selected cells alone", async () => {
    const { fake, actions } = workbook();
    await actions.insertTable(fixtureDataset(), "seizures", CHOICE, "selection");
    const before = fake.values("Sheet1!A1:H20");
    await actions.insertUnitChart(fixtureDataset(), "seizures", CHOICE, "USD");
    expect(fake.values("Sheet1!A1:H20")).toEqual(before);
    expect(fake.charts.map((c) => c.sheet.name)).toEqual(["Seizures"]);
  });

  it("refuses a unit the table has no row in, naming its units, and writes nothing", async () => {
    const { fake, actions } = workbook();
    await expect(
      actions.insertUnitChart(fixtureDataset(), "seizures", CHOICE, "pounds"),
    ).rejects.toThrow(
      /No row of "seizures" as chosen is in pounds; its units are pill presses, USD/,
    );
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(fake.tables).toHaveLength(0);
  });

  it("refuses a unit no filter clause can keep apart, writing nothing", async () => {
    const { fake, actions } = workbook();
    const joined = fixtureDataset((d) => {
      d.figures[3] = { ...d.figures[3], unit: "bags_and_boxes" };
    });
    await expect(
      actions.insertUnitChart(joined, "seizures", CHOICE, "bags and boxes"),
    ).rejects.toThrow(/cannot be kept apart by a filter of the Unit column/);
    expect(fake.tables).toHaveLength(0);
  });

  it("keeps the table it inserted, and says how to chart it, when Excel refuses the chart", async () => {
    const whole = workbook();
    const { syncs } = await whole.actions.insertUnitChart(
      fixtureDataset(),
      "seizures",
      CHOICE,
      "USD",
    );
    const { fake } = workbook();
    // Every request from the chart's first on fails; its six syncs are the last of the insert.
    const refusing = refusingFrom(fake, syncs - 5, "Connection lost");
    await expect(
      refusing.insertUnitChart(fixtureDataset(), "seizures", CHOICE, "USD"),
    ).rejects.toThrow(
      /^PT_Seizures \(the rows in USD\) was inserted at Seizures!A1:C2, but its chart was not: Connection lost Select a cell of PT_Seizures and press Insert chart/,
    );
    expect(fake.tables.map((t) => t.name)).toEqual(["PT_Seizures", "PT_Sources"]);
    expect(fake.charts).toHaveLength(0);
  });
});
