import { planTable } from "../../../src/core/layout/planTable";
import { cellHash } from "../../../src/core/layout/cellHash";
import { fixtureDataset } from "../../fixtures/fixtureDataset";
import { shippedDataset } from "../../excel/shippedDataset";

describe("planTable", () => {
  const dataset = fixtureDataset();

  it("plans the id, the table's columns and the source columns by default", () => {
    const plan = planTable(dataset, "seizures");
    expect(plan.header).toEqual([
      "ID",
      "Metric",
      "Value",
      "Unit",
      "Period",
      "Quote",
      "Document",
      "Document URL",
    ]);
    expect(plan.tableName).toBe("PT_Seizures");
    expect(plan.sheetName).toBe("Seizures");
    expect(plan.rowIds).toEqual(["dhs-pill-presses-seized-fy2023", "dhs-currency-seized-fy2023"]);
    expect(plan.values[1]).toEqual([
      "dhs-currency-seized-fy2023",
      "currency seized",
      16000000,
      "USD",
      "FY 2023",
      "In FY 2023, DHS seized more than 3,600 pill presses and $16 million in currency.",
      "Testimony on fentanyl",
      "https://example.org/testimony",
    ]);
    expect(plan.docs).toEqual(["001_bbbbbbbbbbbbbbbb"]);
  });

  it("formats numbers by the row's unit and keeps text columns as text", () => {
    const plan = planTable(dataset, "seizures");
    expect(plan.numberFormats.map((r) => r[2])).toEqual(["#,##0", "$#,##0"]);
    expect(plan.columns[2].format).toBeNull();
    expect(plan.columns[1].format).toBe("@");
    expect(plan.numberFormats[0][1]).toBe("@");
    expect(plan.columns[7].link).toBe(true);
  });

  it("writes dates as Excel serials with a format matching their precision", () => {
    const d = fixtureDataset((x) => {
      x.events[0].date = "2023-12";
      x.events[0].precision = "month";
      x.events[1].date = "2023";
      x.events[1].precision = "year";
    });
    const plan = planTable(d, "timeline", { columns: ["date", "title"] });
    expect(plan.values.map((r) => r[0])).toEqual([45261, 44927]);
    expect(plan.numberFormats.map((r) => r[0])).toEqual(["mmm yyyy", "yyyy"]);
    expect(planTable(dataset, "timeline").numberFormats[0][1]).toBe("yyyy-mm-dd");
  });

  it("hashes every cell as Excel will return it", () => {
    const plan = planTable(dataset, "sanctions");
    expect(plan.hashes[0][2]).toBe(cellHash(200));
    expect(plan.hashes[0]).toEqual(plan.values[0].map(cellHash));
  });

  it("honours explicit columns, includeSources false, filter and sort", () => {
    expect(planTable(dataset, "seizures", { columns: ["value", "metric"] }).header).toEqual([
      "Value",
      "Metric",
    ]);
    expect(planTable(dataset, "seizures", { includeSources: false }).header).toEqual([
      "ID",
      "Metric",
      "Value",
      "Unit",
      "Period",
    ]);
    expect(planTable(dataset, "seizures", { filter: "CURRENCY SEIZED" }).rowIds).toEqual([
      "dhs-currency-seized-fy2023",
    ]);
    // Free text looks at what the rows say, not at the sentence or URL they were read from.
    expect(planTable(dataset, "seizures", { filter: "DHS seized" }).rowIds).toEqual([]);
    expect(
      planTable(dataset, "seizures", { columns: ["source.quote"], filter: "DHS seized" }).rowIds,
    ).toHaveLength(2);
    const sorted = planTable(dataset, "seizures", {
      sort: { key: "value", direction: "descending" },
    });
    expect(sorted.rowIds).toEqual(["dhs-currency-seized-fy2023", "dhs-pill-presses-seized-fy2023"]);
  });

  it("names unknown columns, sort keys and tables with the valid ones", () => {
    expect(() => planTable(dataset, "seizures", { columns: ["valu"] })).toThrow(
      /Argument columns "valu" is not valid: expected column keys of table "seizures": metric, value/,
    );
    expect(() =>
      planTable(dataset, "seizures", { sort: { key: "nope", direction: "ascending" } }),
    ).toThrow(/sort key "nope" is not valid: expected column keys of table "seizures"/);
    expect(() => planTable(dataset, "nope")).toThrow(
      'The dataset has no table "nope". Tables: sanctions, seizures, timeline.',
    );
  });

  it("keeps table and sheet names unique against the workbook's", () => {
    const plan = planTable(
      dataset,
      "sanctions",
      {},
      { existingTableNames: ["pt_sanctions"], existingSheetNames: ["Sanctions"] },
    );
    expect(plan.tableName).toBe("PT_Sanctions_2");
    expect(plan.sheetName).toBe("Sanctions (2)");
  });

  it("plans every table of the shipped dataset with one value per header cell", () => {
    const shipped = shippedDataset();
    for (const table of shipped.tables) {
      const plan = planTable(shipped, table.id);
      expect(plan.values).toHaveLength(table.rows.length);
      for (const row of plan.values) expect(row).toHaveLength(plan.header.length);
      // "sources" takes PT_Sources_2: PT_Sources is the add-in's list of documents.
      expect(plan.tableName).toMatch(/^PT_[A-Za-z0-9]+(_2)?$/);
    }
  });
});
