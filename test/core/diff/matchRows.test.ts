import { matchRows } from "../../../src/core/diff/matchRows";
import { planTable } from "../../../src/core/layout/planTable";
import { tagForPlan } from "../../../src/core/layout/tableTag";
import { syntheticDataset } from "../../excel/syntheticDataset";

describe("matchRows", () => {
  const plan = planTable(syntheticDataset(300), "synthetic", {
    columns: ["id", "metric", "value"],
  });
  const tag = tagForPlan(plan, {
    excelTableId: "1",
    tableName: "T",
    sheetId: "s",
    sheetName: "S",
    address: "S!A1:C301",
  });

  it("matches rows in place, after a shuffle, and with user rows in between", () => {
    const body = plan.values.map((r) => [...r]);
    expect(matchRows(tag, [0, 1, 2], body).taggedOf.slice(0, 3)).toEqual([0, 1, 2]);
    const shuffled = [...body].reverse();
    expect(matchRows(tag, [0, 1, 2], shuffled).taggedOf.slice(0, 2)).toEqual([299, 298]);
    const withUserRow = [body[0], ["mine", "mine", 1], ...body.slice(1)];
    const m = matchRows(tag, [0, 1, 2], withUserRow);
    expect(m.taggedOf.slice(0, 3)).toEqual([0, -1, 1]);
    expect(m.currentOf.every((i) => i >= 0)).toBe(true);
  });

  it("still matches a row with one edited cell, but not one mostly rewritten", () => {
    const body = plan.values.map((r) => [...r]);
    body[5][2] = 0;
    body[6] = ["x", "y", 6];
    const m = matchRows(tag, [0, 1, 2], body);
    expect(m.taggedOf[5]).toBe(5);
    expect(m.taggedOf[6]).toBe(-1);
    expect(m.currentOf[6]).toBe(-1);
  });

  it("matches nothing when every owned column is gone", () => {
    expect(matchRows(tag, [-1, -1, -1], plan.values).taggedOf.every((k) => k === -1)).toBe(true);
  });
});
