import { parseDataset } from "../../../src/core/dataset/parseDataset";
import { tableRecords } from "../../../src/core/dataset/tableRecords";
import {
  filterClauses,
  filterFields,
  policyTableFormula,
  type ColumnFilter,
} from "../../../src/core/layout/columnFilters";
import { planTable } from "../../../src/core/layout/planTable";
import { findTable, readColumn } from "../../../src/core/layout/tableColumns";
import { buildIndex } from "../../../src/core/lookup/buildIndex";
import { parsePolicyCall } from "../../../src/core/lookup/explainFormula";
import { policyFormulas } from "../../../src/core/lookup/policyFormulas";
import { shippedDataset } from "../../excel/shippedDataset";

const dataset = parseDataset(shippedDataset());
const index = buildIndex(dataset);

function fieldsOf(tableId: string) {
  const table = findTable(dataset, tableId);
  return { table, fields: filterFields(dataset, table, tableRecords(dataset, table)) };
}

/** Runs the formula as Excel would call POLICY.TABLE, and returns the ids of its rows. */
function spilledIds(formula: string, idTitle: string): string[] {
  const call = parsePolicyCall(formula)!;
  expect(call.name).toBe("TABLE");
  const args = call.args.map((a) => (a.kind === "value" ? a.value : undefined));
  const [header, ...rows] = policyFormulas.table(index, ...(args as [string, string, string]));
  const at = header.indexOf(idTitle);
  expect(at).toBeGreaterThanOrEqual(0);
  return rows.map((r) => String(r[at]));
}

describe("per-column filters of a table preview", () => {
  it("offers ranges for values and dates and choices for units, not for quotes", () => {
    const { fields } = fieldsOf("seizures");
    const kinds = Object.fromEntries(fields.map((f) => [f.column.key, f.kind]));
    expect(kinds.value).toBe("range");
    expect(kinds["period.start"]).toBe("range");
    expect(kinds.unit).toBe("choice");
    expect(kinds["source.quote"]).toBeUndefined();
    expect(kinds.metric).toBeUndefined();
    const unit = fields.find((f) => f.column.key === "unit");
    expect(unit?.kind === "choice" && unit.values.length).toBeGreaterThan(1);
  });

  it("writes the filters as POLICY.TABLE clauses, blank bounds left out", () => {
    const { fields } = fieldsOf("seizures");
    const filters: Record<string, ColumnFilter> = {
      unit: { equals: "USD" },
      value: { min: " 1000 ", max: "" },
    };
    expect(filterClauses(fields, filters)).toBe("value >= 1000; unit = USD");
    expect(filterClauses(fields, {})).toBe("");
  });

  it("builds the formula with the function's own columns and doubles quotes", () => {
    const { table } = fieldsOf("seizures");
    expect(policyTableFormula(table, ["id", "metric", "value", "source.title"], "value > 5")).toBe(
      '=POLICY.TABLE("seizures", "id,metric,value", "value > 5")',
    );
    expect(
      policyTableFormula(
        table,
        table.columns.map((c) => c.key),
        "",
      ),
    ).toBe('=POLICY.TABLE("seizures")');
    expect(
      policyTableFormula(
        table,
        table.columns.map((c) => c.key),
        'unit = "a"',
      ),
    ).toBe('=POLICY.TABLE("seizures", , "unit = ""a""")');
  });

  it.each([
    ["seizures", { value: { min: "1000" } }],
    ["all-figures", { value: { min: "100", max: "100000" } }],
    ["all-figures", { unit: { equals: "persons" } }],
    ["timeline", { date: { min: "2023", max: "2024-06-30" } }],
    ["all-events", { date: { min: "2019-01" }, kind: { equals: "sanction" } }],
  ] as [string, Record<string, ColumnFilter>][])(
    "%s %j: the formula spills exactly the previewed rows",
    (tableId, filters) => {
      const { table, fields } = fieldsOf(tableId);
      const where = filterClauses(fields, filters);
      const plan = planTable(dataset, tableId, { where });
      const all = planTable(dataset, tableId, {});
      expect(plan.rowIds.length).toBeGreaterThan(0);
      expect(plan.rowIds.length).toBeLessThan(all.rowIds.length);
      const formula = policyTableFormula(
        table,
        plan.columns.map((c) => c.key),
        where,
      );
      const idTitle = table.columns.find((c) => c.key === "id")!.title;
      expect(spilledIds(formula, idTitle)).toEqual(plan.rowIds);
    },
  );

  it("keeps only seizures over 1000 for value >= 1000, which free text could not say", () => {
    const plan = planTable(dataset, "seizures", { where: "value >= 1000" });
    const at = plan.columns.findIndex((c) => c.key === "value");
    expect(plan.values.every((r) => (r[at] as number) >= 1000)).toBe(true);
    expect(planTable(dataset, "seizures", { filter: ">1000" }).rowIds).toEqual([]);
  });

  it('keeps for "2023" only the seizures whose own cells say 2023, not their quotes or URLs', () => {
    const table = findTable(dataset, "seizures");
    const columns = planTable(dataset, "seizures", {}).columns.map((c) => c.key);
    const says = (keys: string[]) =>
      tableRecords(dataset, table)
        .filter((r) => keys.some((k) => String(readColumn(dataset, r, k) ?? "").includes("2023")))
        .map((r) => r.id);
    const provenance = ["source.quote", "source.url", "source.doc"];
    const own = says(columns.filter((k) => !provenance.includes(k)));
    expect(own.length).toBeLessThan(says(columns).length);
    expect(planTable(dataset, "seizures", { filter: "2023" }).rowIds).toEqual(own);
  });
});
