import { diffTable, type TableState } from "../../../src/core/diff/diffTable";
import { listChanges } from "../../../src/core/diff/listChanges";
import type { Dataset } from "../../../src/core/dataset/schema";
import { planTable, type CellPlan } from "../../../src/core/layout/planTable";
import type { CellValue } from "../../../src/core/layout/safeText";
import { tagForPlan } from "../../../src/core/layout/tableTag";
import { fixtureDataset } from "../../fixtures/fixtureDataset";

const choice = { columns: ["id", "metric", "value", "source.quote"] };
const old = fixtureDataset();
const before = planTable(old, "seizures", choice);
const tag = tagForPlan(before, {
  excelTableId: "1",
  tableName: "PT_Seizures",
  sheetId: "s",
  sheetName: "Sheet1",
  address: "Sheet1!B2:E4",
});

/** The table as Excel holds it right after inserting `before` at B2, then edited. */
function state(edit?: (body: CellValue[][]) => void): TableState {
  const body = before.values.map((r) => [...r]);
  edit?.(body);
  return { address: `Sheet1!B2:E${2 + body.length}`, header: [...before.header], body };
}

function changesFor(dataset: Dataset, s: TableState = state(), c = choice) {
  const plan: CellPlan = planTable(dataset, "seizures", c);
  return listChanges(tag, s, plan, diffTable(tag, s, plan), dataset);
}

describe("listChanges", () => {
  it("lists nothing when the dataset is the same", () => {
    expect(changesFor(old)).toEqual([]);
  });

  it("lists a changed value with its cell, old and new value, and both quotes", () => {
    const quote =
      "In FY 2023, DHS seized more than 3,700 pill presses and $16 million in currency.";
    const changes = changesFor(
      fixtureDataset((d) => {
        d.figures[3].value = 3700;
        d.figures[3].source = { ...d.figures[3].source, quote };
      }),
    );
    expect(changes).toEqual([
      {
        recordId: "dhs-pill-presses-seized-fy2023",
        kind: "changed",
        label: "pill presses seized",
        quote: {
          before:
            "In FY 2023, DHS seized more than 3,600 pill presses and $16 million in currency.",
          after: quote,
        },
        cells: [
          {
            column: "Value",
            address: "Sheet1!D3",
            before: 3600,
            after: 3700,
            kept: false,
            format: "#,##0",
          },
          {
            column: "Quote",
            address: "Sheet1!E3",
            before: before.values[0][3],
            after: quote,
            kept: false,
            format: "@",
          },
        ],
        kept: false,
      },
    ]);
  });

  it("shows a cell the user typed into as kept, with the dataset's value beside it", () => {
    const changes = changesFor(
      fixtureDataset((d) => (d.figures[4].value = 17000000)),
      state((body) => (body[1][2] = "about 16m")),
    );
    expect(changes).toEqual([
      expect.objectContaining({
        recordId: "dhs-currency-seized-fy2023",
        kind: "changed",
        cells: [
          {
            column: "Value",
            address: "Sheet1!D4",
            before: "about 16m",
            after: 17000000,
            kept: true,
            format: "$#,##0",
          },
        ],
      }),
    ]);
  });

  it("lists added and removed records with their quotes, a removed row's cells and no address for a new row", () => {
    const changes = changesFor(
      fixtureDataset((d) => {
        d.tables[1].rows = ["dhs-currency-seized-fy2023", "us-overdose-deaths-2022"];
      }),
    );
    expect(changes.map((c) => [c.kind, c.recordId, c.kept])).toEqual([
      ["removed", "dhs-pill-presses-seized-fy2023", false],
      ["added", "us-overdose-deaths-2022", false],
    ]);
    const [removed, added] = changes;
    expect(removed.quote.before).toMatch(/3,600 pill presses/);
    expect(removed.quote.after).toBeNull();
    expect(removed.cells.map((c) => [c.column, c.address, c.before, c.after])).toEqual([
      ["ID", "Sheet1!B3", "dhs-pill-presses-seized-fy2023", null],
      ["Metric", "Sheet1!C3", "pill presses seized", null],
      ["Value", "Sheet1!D3", 3600, null],
      ["Quote", "Sheet1!E3", before.values[0][3], null],
    ]);
    expect(added.quote).toEqual({
      before: null,
      after: old.figures.find((f) => f.id === "us-overdose-deaths-2022")!.source.quote,
    });
    expect(added.cells.every((c) => c.address === "" && c.before === null)).toBe(true);
  });

  it("marks a removed record whose row the user wrote in as kept", () => {
    const changes = changesFor(
      fixtureDataset((d) => (d.tables[1].rows = ["dhs-currency-seized-fy2023"])),
      state((body) => (body[0][2] = 3650)),
    );
    expect(changes).toEqual([
      expect.objectContaining({
        kind: "removed",
        recordId: "dhs-pill-presses-seized-fy2023",
        kept: true,
      }),
    ]);
    expect(changes[0].cells.find((c) => c.column === "Value")).toEqual({
      column: "Value",
      address: "Sheet1!D3",
      before: 3650,
      after: null,
      kept: true,
      format: "General",
    });
  });

  it("leaves out rows the user added and takes the new quote from the dataset when the table has no quote column", () => {
    const noQuote = { columns: ["id", "metric", "value"] };
    const plan0 = planTable(old, "seizures", noQuote);
    const t = tagForPlan(plan0, { ...tag, address: "Sheet1!B2:D5" });
    const s: TableState = {
      address: "Sheet1!B2:D5",
      header: [...plan0.header],
      body: [...plan0.values.map((r) => [...r]), ["mine", "my note", 1]],
    };
    const next = fixtureDataset((d) => (d.figures[4].value = 17000000));
    const plan = planTable(next, "seizures", noQuote);
    const changes = listChanges(t, s, plan, diffTable(t, s, plan), next);
    expect(changes).toHaveLength(1);
    expect(changes[0].quote).toEqual({ before: null, after: next.figures[4].source.quote });
  });
});
