import { diffTable, type TableState } from "../../../src/core/diff/diffTable";
import { planTable, type CellPlan } from "../../../src/core/layout/planTable";
import type { CellValue } from "../../../src/core/layout/safeText";
import { tagForPlan } from "../../../src/core/layout/tableTag";
import { fixtureDataset } from "../../fixtures/fixtureDataset";

const choice = { columns: ["id", "metric", "value"] };
const before = planTable(fixtureDataset(), "seizures", choice);
const tag = tagForPlan(before, {
  excelTableId: "1",
  tableName: "PT_Seizures",
  sheetId: "s",
  sheetName: "Sheet1",
  address: "Sheet1!B2:D4",
});

/** The table as Excel holds it right after inserting `plan` at B2. */
function state(
  plan: CellPlan,
  edit?: (body: CellValue[][], header: CellValue[]) => void,
): TableState {
  const body = plan.values.map((r) => [...r]);
  const header: CellValue[] = [...plan.header];
  edit?.(body, header);
  const last = 2 + body.length;
  return {
    address: `Sheet1!B2:${String.fromCharCode(66 + header.length - 1)}${last}`,
    header,
    body,
  };
}

describe("diffTable", () => {
  it("changes nothing, not even the tag, when the dataset is the same", () => {
    const u = diffTable(tag, state(before), before);
    expect(u.writes).toEqual([]);
    expect(u.appendRows).toEqual([]);
    expect(u.deleteRows).toEqual([]);
    expect(u.tagChanged).toBe(false);
  });

  it("writes only the changed value", () => {
    const after = planTable(
      fixtureDataset((d) => (d.figures[3].value = 3700)),
      "seizures",
      choice,
    );
    const u = diffTable(tag, state(before), after);
    expect(u.writes).toEqual([{ row: 0, col: 2, value: 3700, format: "#,##0" }]);
    expect(u.valuesChanged).toBe(1);
    expect(u.tagChanged).toBe(true);
  });

  it("keeps a cell the user typed into and reports it as a conflict at its address", () => {
    const after = planTable(
      fixtureDataset((d) => (d.figures[4].value = 17000000)),
      "seizures",
      choice,
    );
    const u = diffTable(
      tag,
      state(before, (b) => (b[1][2] = 99)),
      after,
    );
    expect(u.writes).toEqual([]);
    expect(u.conflicts).toEqual([
      {
        address: "Sheet1!D4",
        recordId: "dhs-currency-seized-fy2023",
        column: "Value",
        userValue: 99,
        datasetValue: 17000000,
      },
    ]);
    expect(u.tag.hashes).toBe(tag.hashes); // the written hash is kept: still an edit next time
  });

  it("accepts an edit that already equals the new dataset value", () => {
    const after = planTable(
      fixtureDataset((d) => (d.figures[4].value = 17000000)),
      "seizures",
      choice,
    );
    const u = diffTable(
      tag,
      state(before, (b) => (b[1][2] = 17000000)),
      after,
    );
    expect(u.conflicts).toEqual([]);
    expect(u.writes).toEqual([]);
  });

  it("appends new records and deletes rows whose record left the dataset", () => {
    const after = planTable(
      fixtureDataset((d) => {
        d.tables[1].rows = ["dhs-currency-seized-fy2023", "us-overdose-deaths-2022"];
      }),
      "seizures",
      choice,
    );
    const u = diffTable(tag, state(before), after);
    expect(u.deleteRows).toEqual([0]);
    expect(u.appendRows).toEqual([
      {
        values: ["us-overdose-deaths-2022", "drug overdose deaths in the United States", 107000],
        formats: ["@", "@", "#,##0"],
      },
    ]);
    expect(u.tag.rowIds).toEqual(["dhs-currency-seized-fy2023", "us-overdose-deaths-2022"]);
  });

  it("adds a record that belongs above others at the bottom, never moving a row, and says so", () => {
    const inOrder = planTable(
      fixtureDataset((d) => d.tables[1].rows.push("us-overdose-deaths-2022")),
      "seizures",
      choice,
    );
    expect(diffTable(tag, state(before), inOrder).messages).toEqual([]);
    const above = planTable(
      fixtureDataset((d) => d.tables[1].rows.unshift("us-overdose-deaths-2022")),
      "seizures",
      choice,
    );
    const u = diffTable(tag, state(before), above);
    expect(u.writes).toEqual([]);
    expect(u.deleteRows).toEqual([]);
    expect(u.appendRows.map((r) => r.values[0])).toEqual(["us-overdose-deaths-2022"]);
    expect(u.messages).toEqual([
      "1 row added at the bottom, out of the dataset's order: refresh never moves rows, since you may have ordered them yourself. Sort the table to put it in place.",
    ]);
    const sortedTag = {
      ...tag,
      choice: { ...tag.choice, sort: { key: "value", direction: "ascending" as const } },
    };
    const byValue = planTable(
      fixtureDataset((d) => {
        d.tables[1].rows.push("us-overdose-deaths-2022");
        d.figures.find((f) => f.id === "us-overdose-deaths-2022")!.value = 1;
      }),
      "seizures",
      sortedTag.choice,
    );
    const sortedBefore = planTable(fixtureDataset(), "seizures", sortedTag.choice);
    expect(diffTable(sortedTag, state(sortedBefore), byValue).messages).toEqual([
      "1 row added at the bottom, out of the order by value: refresh never moves rows, since you may have ordered them yourself. Sort the table to put it in place.",
    ]);
  });

  it("keeps a removed record's row when the user wrote in it", () => {
    const after = planTable(
      fixtureDataset((d) => (d.tables[1].rows = ["dhs-currency-seized-fy2023"])),
      "seizures",
      choice,
    );
    const u = diffTable(
      tag,
      state(before, (b) => (b[0][1] = "my words")),
      after,
    );
    expect(u.deleteRows).toEqual([]);
    expect(u.conflicts).toEqual([
      expect.objectContaining({
        recordId: "dhs-pill-presses-seized-fy2023",
        userValue: "my words",
        datasetValue: null,
      }),
    ]);
    expect(u.messages).toContain(
      "1 row whose record left the dataset was kept because you wrote in it.",
    );
  });

  it("keeps a removed record's row when the user wrote in a column the dataset dropped", () => {
    // The dataset no longer has "value": the tag still knows what was written there.
    const after = planTable(
      fixtureDataset((d) => (d.tables[1].rows = ["dhs-currency-seized-fy2023"])),
      "seizures",
      { columns: ["id", "metric"] },
    );
    const edited = diffTable(
      tag,
      state(before, (b) => (b[0][2] = 123456)),
      after,
    );
    expect(edited.deleteRows).toEqual([]);
    expect(edited.messages).toContain(
      "1 row whose record left the dataset was kept because you wrote in it.",
    );
    expect(diffTable(tag, state(before), after).deleteRows).toEqual([0]);
  });

  it("never writes a column the user added, and keeps a row with the user's notes in it", () => {
    const after = planTable(
      fixtureDataset((d) => (d.tables[1].rows = ["dhs-currency-seized-fy2023"])),
      "seizures",
      choice,
    );
    const u = diffTable(
      tag,
      state(before, (b, h) => {
        h.push("My notes");
        b[0].push("check this");
        b[1].push("=C3*2");
      }),
      after,
    );
    expect(u.deleteRows).toEqual([]);
    expect(u.writes.every((w) => w.col < 3)).toBe(true);
    const calculated = diffTable(
      tag,
      state(before, (b, h) => {
        h.push("Double");
        b[0].push("=C2*2");
        b[1].push("=C3*2");
      }),
      after,
    );
    expect(calculated.deleteRows).toEqual([0]);
  });

  it("follows rows the user sorted and does not bring back rows the user deleted", () => {
    const after = planTable(
      fixtureDataset((d) => (d.figures[3].value = 3700)),
      "seizures",
      choice,
    );
    const sorted = diffTable(
      tag,
      state(before, (b) => b.reverse()),
      after,
    );
    expect(sorted.writes).toEqual([{ row: 1, col: 2, value: 3700, format: "#,##0" }]);
    const deleted = diffTable(
      tag,
      state(before, (b) => b.splice(0, 1)),
      after,
    );
    expect(deleted.appendRows).toEqual([]);
    expect(deleted.messages).toContain("1 row you deleted was not added back.");
  });

  it("stops refreshing a column whose header the user renamed, and says so", () => {
    const after = planTable(
      fixtureDataset((d) => (d.figures[3].value = 3700)),
      "seizures",
      choice,
    );
    const u = diffTable(
      tag,
      state(before, (_, h) => (h[2] = "Amount")),
      after,
    );
    expect(u.writes).toEqual([]);
    expect(u.messages[0]).toBe(
      'Column "Value" was renamed or removed, so it is no longer refreshed.',
    );
    expect(u.tag.columns.map((c) => c.key)).toEqual(["id", "metric"]);
  });
});
