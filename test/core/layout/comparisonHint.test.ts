import { parseDataset } from "../../../src/core/dataset/parseDataset";
import { tableRecords } from "../../../src/core/dataset/tableRecords";
import { comparisonHint } from "../../../src/core/layout/comparisonHint";
import { filterClauses, filterFields } from "../../../src/core/layout/columnFilters";
import { planTable } from "../../../src/core/layout/planTable";
import { findTable } from "../../../src/core/layout/tableColumns";
import { fixtureDataset } from "../../fixtures/fixtureDataset";

const dataset = parseDataset(fixtureDataset());

function hintFor(tableId: string, text: string) {
  const table = findTable(dataset, tableId);
  const fields = filterFields(dataset, table, tableRecords(dataset, table));
  return { hint: comparisonHint(table, fields, text), fields };
}

describe("comparisonHint", () => {
  it("turns a bare comparison into the value range it meant", () => {
    const { hint, fields } = hintFor("seizures", ">10000");
    expect(hint?.message).toBe(
      'Free text finds words, not comparisons such as ">10000". Filter by column instead:',
    );
    expect(hint?.apply).toEqual({
      key: "value",
      filter: { min: "10000" },
      label: "Value from 10000",
    });
    const where = filterClauses(fields, { value: hint!.apply!.filter });
    expect(planTable(dataset, "seizures", { where }).rowIds).toEqual([
      "dhs-currency-seized-fy2023",
    ]);
  });

  it("reads a bare comparison on an events table as about its date", () => {
    expect(hintFor("timeline", "< 2023-12-05").hint?.apply).toEqual({
      key: "date",
      filter: { max: "2023-12-05" },
      label: "Date to 2023-12-05",
    });
  });

  it("finds a column named by key or title, and a choice by its value", () => {
    expect(hintFor("seizures", "Value <= 5000").hint?.apply?.filter).toEqual({ max: "5000" });
    expect(hintFor("seizures", "value = 3600").hint?.apply?.filter).toEqual({
      min: "3600",
      max: "3600",
    });
    expect(hintFor("seizures", "unit = USD").hint?.apply).toEqual({
      key: "unit",
      filter: { equals: "USD" },
      label: "Unit: USD",
    });
  });

  it("points to POLICY.TABLE for a comparison no column filter can make", () => {
    const { hint } = hintFor("seizures", "value != 3600");
    expect(hint?.apply).toBeNull();
    expect(hint?.message).toContain('=POLICY.TABLE("seizures", , "value != 3600")');
  });

  it("says nothing about plain text, or text around an = that names no column", () => {
    expect(hintFor("seizures", "currency").hint).toBeNull();
    expect(hintFor("seizures", "2023").hint).toBeNull();
    expect(hintFor("seizures", "e = mc2").hint).toBeNull();
  });
});
