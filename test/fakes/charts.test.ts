import { seriesAddresses } from "./charts";
import { FakeExcel } from "./excel";

/** Charts as the Office.js reference documents them (see charts.ts for each citation). */
describe("FakeExcel charts", () => {
  async function withTable(fake = new FakeExcel()) {
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B4").values = [
        ["Metric", "Value"],
        ["a", 1],
        ["b", 2],
        ["c", 3],
      ];
      sheet.tables.add("A1:B4", true).name = "PT_T";
    });
    return fake;
  }

  it("reads series like Insert Chart: text header names them, a text first column categorises", async () => {
    const fake = await withTable();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:B4"), "Columns");
      chart.load("name,id");
      const only = sheet.charts.add("BarClustered", sheet.getRange("B1:B4"), "Auto");
      only.load("name");
      await context.sync();
      expect(chart.name).toBe("Chart 1");
      expect(only.name).toBe("Chart 2");
      expect(chart.id).toMatch(/^\{chart-/);
    });
    const [both, only] = fake.charts;
    expect(both.series).toHaveLength(1);
    expect(both.series[0].name).toBe("Value");
    expect(seriesAddresses(both.series[0])).toEqual({
      values: "Sheet1!B2:B4",
      categories: "Sheet1!A2:A4",
    });
    expect(seriesAddresses(only.series[0])).toEqual({ values: "Sheet1!B2:B4", categories: null });
  });

  it("refuses a type or seriesBy Excel does not name, and a source on another sheet", async () => {
    const fake = await withTable(new FakeExcel("1.18", ["Sheet1", "Other"]));
    for (const [type, by] of [
      ["Column", "Columns"],
      ["Invalid", "Columns"],
      ["ColumnClustered", "ByColumns"],
    ]) {
      await expect(
        fake.run(async (context) => {
          const sheet = context.workbook.worksheets.getItem("Sheet1");
          sheet.charts.add(type, sheet.getRange("B1:B4"), by);
        }),
      ).rejects.toThrow(/is not an Excel.ChartType|seriesBy must be Auto, Columns or Rows/);
    }
    await expect(
      fake.run(async (context) => {
        const other = context.workbook.worksheets.getItem("Other");
        const data = context.workbook.worksheets.getItem("Sheet1").getRange("B1:B4");
        other.charts.add("ColumnClustered", data, "Columns");
      }),
    ).rejects.toThrow(/source data is on another sheet/);
    expect(fake.charts).toHaveLength(0);
  });

  it("lets two charts share a name and getItem return the first, as the reference says", async () => {
    const fake = await withTable();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const first = sheet.charts.add("ColumnClustered", sheet.getRange("B1:B4"), "Columns");
      const second = sheet.charts.add("ColumnClustered", sheet.getRange("B1:B4"), "Columns");
      first.name = "PT_Chart_T";
      second.name = "PT_Chart_T";
      first.load("id");
      await context.sync();
      const got = sheet.charts.getItem("PT_Chart_T").load("id");
      const none = sheet.charts.getItemOrNullObject("nope").load("id");
      await context.sync();
      expect(got.id).toBe(first.id);
      expect(none.isNullObject).toBe(true);
    });
  });

  it("keeps a series' ranges when the table grows; setValues and setXAxisValues rebind it", async () => {
    const fake = await withTable();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.charts.add("ColumnClustered", sheet.getRange("A1:B4"), "Columns");
      await context.sync();
      sheet.getRange("A5:B5").values = [["d", 4]];
      sheet.tables.getItem("PT_T").resize("A1:B5");
      await context.sync();
    });
    expect(seriesAddresses(fake.charts[0].series[0]).values).toBe("Sheet1!B2:B4");
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const series = sheet.charts.getItem("Chart 1").series.getItemAt(0);
      series.setValues(sheet.getRange("B2:B5"));
      series.setXAxisValues(sheet.getRange("A2:A5"));
    });
    expect(seriesAddresses(fake.charts[0].series[0])).toEqual({
      values: "Sheet1!B2:B5",
      categories: "Sheet1!A2:A5",
    });
  });

  it("refuses a block as a series, and chart APIs newer than the host", async () => {
    const fake = await withTable();
    await expect(
      fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        const chart = sheet.charts.add("ColumnClustered", sheet.getRange("B1:B4"), "Columns");
        chart.series.getItemAt(0).setValues(sheet.getRange("A2:B4"));
      }),
    ).rejects.toThrow(/A series takes one row or one column, not Sheet1!A2:B4/);
    const old = await withTable(new FakeExcel("1.7"));
    await expect(
      old.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        const chart = sheet.charts.add("ColumnClustered", sheet.getRange("B1:B4"), "Columns");
        chart.axes.valueAxis.numberFormat = "0%";
      }),
    ).rejects.toThrow(/ExcelApi 1.8/);
  });

  it("sets title, title font sizes within it, legend and position; deleting a sheet deletes its charts", async () => {
    const fake = await withTable(new FakeExcel("1.18", ["Sheet1", "Sheet2"]));
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("B1:B4"), "Columns");
      chart.title.text = "Title\nSource";
      chart.title.getSubstring(6, 6).font.size = 9;
      chart.legend.visible = false;
      chart.setPosition(sheet.getRange("D1"), sheet.getRange("J15"));
      await context.sync();
      chart.title.getSubstring(6, 60).font.size = 9;
      await expect(context.sync()).rejects.toThrow(/outside the title/);
    });
    expect(fake.charts[0]).toMatchObject({
      title: "Title\nSource",
      titleSizes: [[6, 6, 9]],
      legendVisible: false,
      position: { from: "Sheet1!D1", to: "Sheet1!J15" },
    });
    fake.deleteSheet("Sheet1");
    expect(fake.charts).toHaveLength(0);
  });

  it("reads a title's text once loaded and synced, and a new text drops its parts' sizes", async () => {
    const fake = await withTable();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("B1:B4"), "Columns");
      chart.name = "C";
      chart.title.text = "Title\nSource";
      chart.title.getSubstring(6, 6).font.size = 9;
      await context.sync();
      const title = sheet.charts.getItem("C").title;
      expect(() => title.text).toThrow(/is not available/);
      title.load("text");
      await context.sync();
      expect(title.text).toBe("Title\nSource");
      title.text = "Title\nSource 2";
      await context.sync();
    });
    expect(fake.charts[0]).toMatchObject({ title: "Title\nSource 2", titleSizes: [] });
  });

  it("refuses a title part's size on Excel without ExcelApi 1.7", async () => {
    const fake = await withTable(new FakeExcel("1.6"));
    await expect(
      fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        const chart = sheet.charts.add("ColumnClustered", sheet.getRange("B1:B4"), "Columns");
        chart.title.text = "Title\nSource";
        chart.title.getSubstring(6, 6).font.size = 9;
        await context.sync();
      }),
    ).rejects.toThrow();
  });
});
