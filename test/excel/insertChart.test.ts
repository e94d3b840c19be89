import { CHART_TAG_NAMESPACE, decodeChartTag } from "../../src/core/layout/chartTag";
import { seriesAddresses } from "../fakes/charts";
import { fixtureDataset } from "../fixtures/fixtureDataset";
import { measure, workbook, type Dataset } from "./harness";
import { shippedDataset } from "./shippedDataset";

const CHOICE = { columns: ["id", "metric", "value", "unit"] };
/** The fixture with a second figure counted in sanctions, joining the sanctions table. */
const withSecondSanction = () =>
  fixtureDataset((d) => {
    d.version = "1.1.0";
    d.figures.push({ ...d.figures[0], id: "treasury-sanctions-copy", value: 250, fact: null });
    d.tables[0].rows.push("treasury-sanctions-copy");
  });

async function sanctionsAtA1(apiVersion = "1.18") {
  const w = workbook(apiVersion);
  await w.actions.insertTable(fixtureDataset(), "sanctions", CHOICE, "selection");
  return w;
}

describe("insertChart", () => {
  it("adds a column chart beside the table, bound to its Metric and Value, titled and sourced, in 6 syncs", async () => {
    const { fake, actions } = await sanctionsAtA1();
    const m = await measure(fake, () => actions.insertChart(fixtureDataset(), "sanctions"));
    expect(m.result).toEqual({
      chartName: "PT_Chart_Sanctions",
      sheetName: "Sheet1",
      tableName: "PT_Sanctions",
      points: 1,
      syncs: 6,
      warnings: [],
    });
    expect(m.syncs).toBe(6);
    const [chart] = fake.charts;
    const title = "Sanctions (sanctions)";
    const source = "Source: Policy Tables dataset 1.0.0, see Sources sheet";
    expect(chart).toMatchObject({
      name: "PT_Chart_Sanctions",
      type: "ColumnClustered",
      title: `${title}\n${source}`,
      titleSizes: [[title.length + 1, source.length, 9]],
      valueAxisFormat: "#,##0",
      legendVisible: false,
      position: { from: "Sheet1!F1", to: "Sheet1!M18" },
    });
    expect(chart.series).toHaveLength(1);
    expect(chart.series[0].name).toBe("Value");
    expect(seriesAddresses(chart.series[0])).toEqual({
      values: "Sheet1!C2",
      categories: "Sheet1!B2",
    });
    const tags = fake.parts.filter((p) => p.namespace === CHART_TAG_NAMESPACE);
    expect(tags.map((p) => decodeChartTag(p.xml))).toEqual([
      expect.objectContaining({ chartId: chart.id, chartName: chart.name, tableId: "sanctions" }),
    ]);
  });

  it("charts a timeline as bars of the Date column labelled by Event, first row on top", async () => {
    const { fake, actions } = workbook();
    await actions.insertTable(fixtureDataset(), "timeline", {}, "newSheet");
    await actions.insertChart(fixtureDataset(), "timeline");
    const [chart] = fake.charts;
    expect(chart).toMatchObject({
      type: "BarClustered",
      categoriesReversed: true,
      valueAxisFormat: "mmm yyyy",
    });
    expect(seriesAddresses(chart.series[0])).toEqual({
      values: "Timeline!B2:B3",
      categories: "Timeline!C2:C3",
    });
  });

  it("takes the same number of syncs for a long table", async () => {
    const shipped = shippedDataset();
    const counts: number[] = [];
    for (const id of ["sanctions-timeline", "all-events"]) {
      const { fake, actions } = workbook();
      await actions.insertTable(shipped, id, {}, "newSheet");
      const m = await measure(fake, () => actions.insertChart(shipped, id));
      expect(m.result.points).toBe(shipped.tables.find((t) => t.id === id)!.rows.length);
      counts.push(m.syncs);
    }
    expect(counts).toEqual([6, 6]);
  });

  it("refuses mixed units, a table not inserted, and a table holding another dataset version, making no chart", async () => {
    const { fake, actions } = workbook();
    await expect(actions.insertChart(fixtureDataset(), "sanctions")).rejects.toThrow(
      /"Sanctions" is not in this workbook yet. Insert it as a table first/,
    );
    await actions.insertTable(fixtureDataset(), "seizures", {}, "newSheet");
    await expect(actions.insertChart(fixtureDataset(), "seizures")).rejects.toThrow(
      /"Seizures" mixes 2 units: pill presses \(1\), USD \(1\)/,
    );
    await actions.insertTable(fixtureDataset(), "sanctions", {}, "newSheet");
    await expect(actions.insertChart(withSecondSanction(), "sanctions")).rejects.toThrow(
      /PT_Sanctions holds dataset 1.0.0, not 1.1.0. Refresh it first/,
    );
    expect(fake.charts).toHaveLength(0);
  });

  it("leaves the value axis unformatted, and says so, where ExcelApi 1.8 is missing", async () => {
    const { fake, actions } = await sanctionsAtA1("1.7");
    const result = await actions.insertChart(fixtureDataset(), "sanctions");
    expect(result.warnings).toEqual([expect.stringMatching(/no ExcelApi 1.8.*#,##0/)]);
    expect(fake.charts[0].valueAxisFormat).toBeNull();
  });

  it("refuses on Excel without ExcelApi 1.7", async () => {
    const { actions } = workbook("1.6");
    await expect(actions.insertChart(fixtureDataset(), "sanctions")).rejects.toThrow(
      /Inserting a chart needs Excel JavaScript API 1.7/,
    );
  });

  it("takes a free name when a user's chart is called PT_Chart_Sanctions", async () => {
    const { fake, actions } = await sanctionsAtA1();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.charts.add("Pie", sheet.getRange("C1:C2"), "Columns").name = "PT_Chart_Sanctions";
    });
    const result = await actions.insertChart(fixtureDataset(), "sanctions");
    expect(result.chartName).toBe("PT_Chart_Sanctions_2");
    expect(fake.charts.map((c) => c.type)).toEqual(["Pie", "ColumnClustered"]);
  });
});

describe("refresh and charts", () => {
  it("binds the chart to the rows refresh added", async () => {
    const { fake, actions } = await sanctionsAtA1();
    await actions.insertChart(fixtureDataset(), "sanctions");
    const summary = await actions.refreshAll(withSecondSanction());
    expect(summary.tables[0]).toMatchObject({ rowsAdded: 1 });
    expect(summary.problems ?? []).toEqual([]);
    expect(seriesAddresses(fake.charts[0].series[0])).toEqual({
      values: "Sheet1!C2:C3",
      categories: "Sheet1!B2:B3",
    });
  });

  it("names the refreshed dataset in the source line, keeping a title the person edited", async () => {
    const { fake, actions } = await sanctionsAtA1();
    await actions.insertChart(fixtureDataset(), "sanctions");
    const edited = await sanctionsAtA1();
    await edited.actions.insertChart(fixtureDataset(), "sanctions");
    await edited.fake.run(async (context) => {
      const chart = context.workbook.worksheets
        .getItem("Sheet1")
        .charts.getItem("PT_Chart_Sanctions");
      chart.title.text = "My sanctions chart";
    });

    const summary = await actions.refreshAll(withSecondSanction());
    const title = "Sanctions (sanctions)";
    const source = "Source: Policy Tables dataset 1.1.0, see Sources sheet";
    expect(fake.charts[0]).toMatchObject({
      title: `${title}\n${source}`,
      titleSizes: [[title.length + 1, source.length, 9]],
    });
    expect(summary.warnings ?? []).toEqual([]);

    const kept = await edited.actions.refreshAll(withSecondSanction());
    expect(edited.fake.charts[0].title).toBe("My sanctions chart");
    expect(kept.warnings).toEqual([
      "The chart PT_Chart_Sanctions on Sheet1 keeps its title as you wrote it; it does not say it now charts dataset 1.1.0.",
    ]);
  });

  it("leaves the title of a chart it does not own as it is", async () => {
    const { fake, actions } = await sanctionsAtA1();
    await actions.insertChart(fixtureDataset(), "sanctions");
    const old = "Sanctions (sanctions)\nSource: Policy Tables dataset 1.0.0, see Sources sheet";
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.charts.getItem("PT_Chart_Sanctions").delete();
      const mine = sheet.charts.add("Line", sheet.getRange("C1:C2"), "Columns");
      mine.name = "PT_Chart_Sanctions";
      mine.title.text = old;
    });
    await actions.refreshAll(withSecondSanction());
    expect(fake.charts[0].title).toBe(old);
  });

  it("costs no sync in a workbook without charts, four with them", async () => {
    const plain = await sanctionsAtA1();
    const charted = await sanctionsAtA1();
    await charted.actions.insertChart(fixtureDataset(), "sanctions");
    const a = await measure(plain.fake, () => plain.actions.refreshAll(withSecondSanction()));
    const b = await measure(charted.fake, () => charted.actions.refreshAll(withSecondSanction()));
    expect(b.syncs - a.syncs).toBe(4);
    expect(b.result.syncs).toBe(b.syncs);
  });

  it("leaves a user's chart that took a tagged chart's name as it is, and says so", async () => {
    const { fake, actions } = await sanctionsAtA1();
    await actions.insertChart(fixtureDataset(), "sanctions");
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.charts.getItem("PT_Chart_Sanctions").delete();
      sheet.charts.add("Line", sheet.getRange("C1:C2"), "Columns").name = "PT_Chart_Sanctions";
    });
    const summary = await actions.refreshAll(withSecondSanction());
    expect(summary.warnings).toEqual([
      "The chart PT_Chart_Sanctions on Sheet1 is not the one Policy Tables made, so it was left as it is.",
    ]);
    expect(seriesAddresses(fake.charts[0].series[0])).toEqual({
      values: "Sheet1!C2",
      categories: null,
    });
  });

  it("leaves the chart on its old rows when the refreshed table would mix units", async () => {
    const { fake, actions } = await sanctionsAtA1();
    await actions.insertChart(fixtureDataset(), "sanctions");
    const mixed: Dataset = fixtureDataset((d) => {
      d.version = "1.1.0";
      d.tables[0].rows.push("us-overdose-deaths-2022");
    });
    const summary = await actions.refreshAll(mixed);
    expect(summary.warnings).toEqual([
      expect.stringMatching(
        /^The chart PT_Chart_Sanctions on Sheet1 was left on its old rows, since PT_Sanctions as refreshed cannot be charted: "Sanctions" mixes 2 units/,
      ),
    ]);
    expect(seriesAddresses(fake.charts[0].series[0]).values).toBe("Sheet1!C2");
  });
});
