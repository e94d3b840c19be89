import { diffTable } from "../../../src/core/diff/diffTable";
import { reconcileTag } from "../../../src/core/diff/reconcileTag";
import { cellHash } from "../../../src/core/layout/cellHash";
import { planTable } from "../../../src/core/layout/planTable";
import { tagForPlan, tagHash } from "../../../src/core/layout/tableTag";
import { fixtureDataset } from "../../fixtures/fixtureDataset";

const choice = { columns: ["id", "metric", "value"] };
const before = planTable(fixtureDataset(), "seizures", choice);
const tag = tagForPlan(before, {
  excelTableId: "1",
  tableName: "PT_Seizures",
  sheetId: "s",
  sheetName: "Sheet1",
  address: "Sheet1!A1:C3",
});
const after = planTable(
  fixtureDataset((d) => {
    d.version = "1.1.0";
    d.figures[4].value = 17000000;
    d.tables[1].rows = ["dhs-currency-seized-fy2023", "us-overdose-deaths-2022"];
  }),
  "seizures",
  choice,
);
const intended = diffTable(
  tag,
  { address: "Sheet1!A1:C3", header: before.header, body: before.values },
  after,
).tag;

describe("reconcileTag", () => {
  it("claims each row and cell as written before or as meant, whichever the cells hold", () => {
    // The request stopped after the value write and the row delete, before the new row.
    const body = [["dhs-currency-seized-fy2023", before.values[1][1], 17000000]];
    const tag2 = reconcileTag(tag, intended, {
      address: "Sheet1!A1:C2",
      header: before.header,
      body,
    });
    expect(tag2.rowIds).toEqual(["dhs-currency-seized-fy2023"]);
    body[0].forEach((v, j) => expect(tagHash(tag2, 0, j)).toBe(cellHash(v)));
    expect(tag2.datasetVersion).toBe(tag.datasetVersion);
    expect(tag2.address).toBe("Sheet1!A1:C2");
  });

  it("keeps the earlier hash of a cell holding neither value, and leaves unknown rows to the user", () => {
    const body = [
      [...before.values[0]],
      ["dhs-currency-seized-fy2023", before.values[1][1], "my note"],
      ["mine", "all", "mine"],
    ];
    const tag2 = reconcileTag(tag, intended, {
      address: "Sheet1!A1:C4",
      header: before.header,
      body,
    });
    expect(tag2.rowIds).toEqual([before.rowIds[0], "dhs-currency-seized-fy2023"]);
    expect(tagHash(tag2, 1, 2)).toBe(before.hashes[1][2]);
  });
});
