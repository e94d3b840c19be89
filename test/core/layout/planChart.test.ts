import { chartName, planChart } from "../../../src/core/layout/planChart";
import { planTable } from "../../../src/core/layout/planTable";
import { fixtureDataset } from "../../fixtures/fixtureDataset";
import { shippedDataset } from "../../excel/shippedDataset";

describe("planChart", () => {
  const dataset = fixtureDataset();

  it("plots a one-unit figures table as columns of value by metric, titled with its unit", () => {
    const plan = planChart(dataset, planTable(dataset, "sanctions"));
    expect(plan).toMatchObject({
      kind: "figures",
      chartType: "ColumnClustered",
      category: { key: "metric", title: "Metric" },
      value: { key: "value", title: "Value" },
      title: "Sanctions (sanctions)",
      sourceLine: "Source: Policy Tables dataset 1.0.0, see Sources sheet",
      valueFormat: "#,##0",
    });
    expect(plan.points).toEqual([{ label: expect.any(String), value: 200 }]);
  });

  it("refuses a figures table whose rows are in different units, naming them and a way out", () => {
    expect(() => planChart(dataset, planTable(dataset, "seizures"))).toThrow(
      /"Seizures" mixes 2 units: pill presses \(1\), USD \(1\)\. .*chart one unit at a time \(its rows go into a table of their own, filtered "unit = pill presses"\)/,
    );
  });

  it("charts the same table once a filter leaves one unit", () => {
    const plan = planChart(dataset, planTable(dataset, "seizures", { filter: "USD" }));
    expect(plan.title).toBe("Seizures (USD)");
    expect(plan.valueFormat).toBe("$#,##0");
    expect(plan.points).toEqual([{ label: "currency seized", value: 16000000 }]);
  });

  it("falls back to the actor for categories and refuses without a value column", () => {
    const shipped = shippedDataset();
    const byActor = planChart(
      shipped,
      planTable(shipped, "money", { columns: ["actor", "value"] }),
    );
    expect(byActor.category.key).toBe("actor");
    expect(() =>
      planChart(dataset, planTable(dataset, "sanctions", { columns: ["metric", "unit"] })),
    ).toThrow(/cannot be charted without its Value column \(key value\)/);
    expect(() =>
      planChart(dataset, planTable(dataset, "sanctions", { columns: ["value", "unit"] })),
    ).toThrow(/without its Metric or Actor column \(key metric or actor\)/);
  });

  it("plans an events table as a timeline: bars of dates labelled by the event", () => {
    const table = planTable(dataset, "timeline");
    const plan = planChart(dataset, table);
    expect(plan).toMatchObject({
      kind: "events",
      chartType: "BarClustered",
      category: { key: "title", title: "Event" },
      value: { key: "date", title: "Date" },
      title: "Timeline",
      valueFormat: "mmm yyyy",
    });
    // The dates as the cells hold them: Excel serials in the workbook's date system.
    expect(plan.points.map((p) => p.value)).toEqual([45264, 45265]);
    const in1904 = planChart(dataset, planTable(dataset, "timeline", {}, { dateSystem: "1904" }));
    expect(in1904.points[0].value).toBe(45264 - 1462);
  });

  it("keeps an undated event as a point without a value, and refuses when none is dated", () => {
    const undated = fixtureDataset((d) => {
      d.events[0] = { ...d.events[0], date: null, precision: null, dateNote: "No date stated." };
    });
    const plan = planChart(undated, planTable(undated, "timeline"));
    expect(plan.points.map((p) => p.value)).toEqual([null, 45265]);
    const none = fixtureDataset((d) => {
      d.events = d.events.map((e) => ({ ...e, date: null, precision: null, dateNote: "None." }));
    });
    expect(() => planChart(none, planTable(none, "timeline"))).toThrow(
      /No event of "Timeline" has a date/,
    );
  });

  it("refuses tables that are not figures or events, and empty tables", () => {
    const shipped = shippedDataset();
    expect(() => planChart(shipped, planTable(shipped, "sources"))).toThrow(
      /"Sources" is a sources table; only figures and events tables can be charted/,
    );
    expect(() =>
      planChart(dataset, planTable(dataset, "sanctions", { filter: "no such row" })),
    ).toThrow(/has no rows to chart/);
  });

  it("charts the shipped money table and every shipped timeline", () => {
    const shipped = shippedDataset();
    const money = planChart(shipped, planTable(shipped, "money"));
    expect(money.title).toBe("Funding and money (USD)");
    for (const t of shipped.tables.filter((t) => t.kind === "events")) {
      const plan = planChart(shipped, planTable(shipped, t.id));
      expect(plan.points).toHaveLength(t.rows.length);
    }
  });
});

describe("chartName", () => {
  it("names a chart after its table and stays unique on the sheet, case-insensitively", () => {
    expect(chartName("PT_Seizures", [])).toBe("PT_Chart_Seizures");
    expect(chartName("PT_Seizures", ["pt_chart_seizures", "PT_Chart_Seizures_2"])).toBe(
      "PT_Chart_Seizures_3",
    );
  });
});
