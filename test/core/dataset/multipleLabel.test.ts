import { multipleLabel } from "../../../src/core/dataset/multipleLabel";
import { planTable } from "../../../src/core/layout/planTable";
import { buildIndex } from "../../../src/core/lookup/buildIndex";
import { policyFormulas } from "../../../src/core/lookup/policyFormulas";
import { shippedDataset } from "../../excel/shippedDataset";

describe("multipleLabel", () => {
  it("says what a multiple multiplies, from the metric or the period's start", () => {
    const times = (metric: string, start: string | null = null) =>
      multipleLabel({ unit: "times", metric, period: { start } });
    expect(times("Potency of fentanyl as a multiple of heroin's")).toBe("times heroin's");
    expect(times("Fentanyl seizures in 2023 as a multiple of those in 2020", "2020")).toBe(
      "times those in 2020",
    );
    expect(
      times("Growth of US drug overdose deaths from 2015 to 2021, as a multiple", "2015"),
    ).toBe("times the 2015 value");
    expect(times("Growth, as a multiple")).toBeNull();
    expect(multipleLabel({ unit: "deaths", metric: "x as a multiple of y" })).toBeNull();
  });

  it("labels every shipped multiple in inserted tables and POLICY.TABLE, unformatted", () => {
    const dataset = shippedDataset();
    const multiples = dataset.figures.filter((f) => f.unit === "times");
    expect(multiples.length).toBeGreaterThan(0);
    const plan = planTable(dataset, "all-figures", { columns: ["id", "value", "unit"] });
    const spilled = policyFormulas.table(buildIndex(dataset), "all-figures", "id,value,unit");
    for (const f of multiples) {
      const i = plan.rowIds.indexOf(f.id);
      expect([f.id, plan.values[i][2]]).toEqual([f.id, expect.stringMatching(/^times \S/)]);
      expect([f.id, plan.numberFormats[i][1]]).toEqual([f.id, "#,##0"]);
      expect(spilled.find((r) => r[0] === f.id)).toEqual([f.id, f.value, plan.values[i][2]]);
    }
  });
});
