import { chartUnits, unitChoice } from "../../../src/core/layout/chartUnits";
import { planChart } from "../../../src/core/layout/planChart";
import { planTable } from "../../../src/core/layout/planTable";
import { fixtureDataset } from "../../fixtures/fixtureDataset";
import { shippedDataset } from "../../excel/shippedDataset";

describe("chartUnits", () => {
  const dataset = fixtureDataset();

  it("splits a mixed figures table by unit, counting rows and writing each unit's filter", () => {
    expect(chartUnits(dataset, planTable(dataset, "seizures"))).toEqual([
      { code: "pill_presses", label: "pill presses", rows: 1, where: "unit = pill presses" },
      { code: "USD", label: "USD", rows: 1, where: "unit = USD" },
    ]);
  });

  it("adds the unit's clause to the table's own filter, keeping columns and sort", () => {
    const choice = {
      columns: ["metric", "value"],
      where: "value >= 1",
      sort: { key: "value", direction: "descending" as const },
    };
    // Sorted by value, dollars come first: units are listed as the rows meet them.
    const [usd] = chartUnits(dataset, planTable(dataset, "seizures", choice));
    expect(unitChoice(choice, usd)).toEqual({ ...choice, where: "value >= 1; unit = USD" });
  });

  it("gives a plan each unit's chart is made from: that unit's rows only, titled with the unit", () => {
    const table = planTable(dataset, "seizures", { columns: ["metric", "value"] });
    const charts = chartUnits(dataset, table).map((u) =>
      planChart(dataset, planTable(dataset, "seizures", unitChoice(table.choice, u))),
    );
    expect(charts.map((c) => [c.title, c.points])).toEqual([
      ["Seizures (pill presses)", [{ label: "pill presses seized", value: 3600 }]],
      ["Seizures (USD)", [{ label: "currency seized", value: 16000000 }]],
    ]);
  });

  it("has one unit and no filter for a table whose value column fixes the unit", () => {
    const shipped = shippedDataset();
    expect(chartUnits(shipped, planTable(shipped, "money"))).toEqual([
      { code: "USD", label: "USD", rows: expect.any(Number), where: null },
    ]);
  });

  it("keeps multiples of different things apart, as the Unit column names them", () => {
    const twoMultiples = fixtureDataset((d) => {
      d.figures[3] = {
        ...d.figures[3],
        unit: "times",
        metric: "Potency as a multiple of heroin's",
      };
      d.figures[4] = {
        ...d.figures[4],
        unit: "times",
        metric: "Potency as a multiple of morphine's",
      };
    });
    const units = chartUnits(twoMultiples, planTable(twoMultiples, "seizures"));
    expect(units.map((u) => [u.code, u.label, u.where])).toEqual([
      ["times", "times heroin's", "unit = times heroin's"],
      ["times", "times morphine's", "unit = times morphine's"],
    ]);
    expect(() => planChart(twoMultiples, planTable(twoMultiples, "seizures"))).toThrow(
      /mixes 2 units: times heroin's \(1\), times morphine's \(1\)/,
    );
  });

  it("offers no filter for a unit whose text a filter clause cannot name", () => {
    const joined = fixtureDataset((d) => {
      d.figures[3] = { ...d.figures[3], unit: "bags_and_boxes" };
    });
    const [odd] = chartUnits(joined, planTable(joined, "seizures"));
    expect(odd).toMatchObject({ label: "bags and boxes", where: null });
    const choice = { columns: ["metric", "value"] };
    expect(unitChoice(choice, odd)).toBe(choice);
  });

  it("charts every unit of every shipped figures table on its own", () => {
    const shipped = shippedDataset();
    let mixed = 0;
    for (const t of shipped.tables.filter((t) => t.kind === "figures")) {
      const table = planTable(shipped, t.id);
      const units = chartUnits(shipped, table);
      expect(units.reduce((n, u) => n + u.rows, 0)).toBe(t.rows.length);
      if (units.length < 2) continue;
      mixed++;
      for (const unit of units) {
        expect(unit.where).not.toBeNull();
        const plan = planChart(shipped, planTable(shipped, t.id, unitChoice({}, unit)));
        expect(plan.points).toHaveLength(unit.rows);
        expect(plan.title).toBe(`${t.title} (${unit.label})`);
      }
    }
    expect(mixed).toBe(7);
  });
});
