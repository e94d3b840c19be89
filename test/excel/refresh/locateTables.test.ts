import { encodeTag, TAG_NAMESPACE, type TableTag } from "../../../src/core/layout/tableTag";
import { readTags } from "../../../src/excel/readTags";
import type { FakeExcel } from "../../fakes/excel";
import { fixtureDataset } from "../../fixtures/fixtureDataset";
import { workbook, type Dataset } from "../harness";

const CHOICE = { columns: ["id", "metric", "value", "unit"] };
/** A release in which one of PT_Seizures' two records is gone: refresh would delete its row. */
const shrunk = fixtureDataset((d: Dataset) => {
  d.version = "1.1.0";
  d.tables[1].rows = ["dhs-currency-seized-fy2023"];
});

async function seizures() {
  const w = workbook();
  await w.actions.insertTable(fixtureDataset(), "seizures", CHOICE, "selection");
  const { stored } = await w.fake.run((context) => readTags(context));
  return { ...w, tag: stored[0].tag };
}

/** The user's own table at F1:I3, a copy of PT_Seizures' cells (pasted, then made a table). */
async function userCopy(fake: FakeExcel, name: string) {
  const values = fake.values("Sheet1!A1:D3");
  values.forEach((row, r) =>
    row.forEach((v, c) =>
      fake.type(`Sheet1!${String.fromCharCode(70 + c)}${r + 1}`, `'${String(v)}`),
    ),
  );
  await fake.run(async (context) => {
    context.workbook.tables.add("Sheet1!F1:I3", true).name = name;
    await context.sync();
  });
  return fake.values("Sheet1!F1:I3");
}

const addPart = (fake: FakeExcel, xml: string) =>
  fake.parts.push({ id: `{planted-${fake.parts.length}}`, namespace: TAG_NAMESPACE, xml });

describe("refresh uses a tag only when it proves the table is its own", () => {
  it("leaves alone a user table that a tag names by name instead of id", async () => {
    const { fake, actions, tag } = await seizures();
    const before = await userCopy(fake, "MyData");
    const planted: TableTag = { ...tag, excelTableId: "MyData", tableName: "MyData" };
    encodeTag(planted).forEach((xml) => addPart(fake, xml));
    const summary = await actions.refreshAll(shrunk);
    expect(fake.values("Sheet1!F1:I3")).toEqual(before);
    expect(summary.tables.find((t) => t.tableName === "MyData")).toMatchObject({
      status: "refused",
      message: expect.stringMatching(
        /^A tag names table "MyData", which Excel found by name as MyData \(id \d+\), not by id: Policy Tables cannot prove it wrote it/,
      ),
    });
    // The genuine table is still refreshed.
    expect(summary.tables.find((t) => t.tableName === "PT_Seizures")).toMatchObject({
      status: "updated",
      rowsRemoved: 1,
    });
  });

  it("refuses a table with a second copy of its tag, and keeps refusing it without failing", async () => {
    const { fake, actions } = await seizures();
    const before = fake.values("Sheet1!A1:D3");
    addPart(fake, fake.parts[0].xml);
    for (let i = 0; i < 2; i++) {
      const summary = await actions.refreshAll(shrunk);
      expect(fake.values("Sheet1!A1:D3")).toEqual(before);
      expect(summary.problems).toEqual([
        expect.stringMatching(/^The tag of PT_Seizures \(table \d+\) is stored more than once/),
      ]);
      expect(summary.tables).toEqual([]);
    }
  });

  it("refuses a table whose tag's attribute disagrees with its content, and the table it names", async () => {
    const { fake, actions, tag } = await seizures();
    const before = fake.values("Sheet1!A1:D3");
    await userCopy(fake, "MyData");
    fake.parts[0].xml = fake.parts[0].xml.replace(`table="${tag.excelTableId}"`, 'table="MyData"');
    const summary = await actions.refreshAll(shrunk);
    expect(fake.values("Sheet1!A1:D3")).toEqual(before);
    expect(summary.problems).toEqual([
      `The tag of PT_Seizures names table ${tag.excelTableId} inside and table MyData outside; neither was refreshed.`,
    ]);
  });

  it("refuses a table renamed away from PT_, and one whose header lost a title the tag owns", async () => {
    for (const change of [
      (fake: FakeExcel) => fake.renameTable("PT_Seizures", "Seizures"),
      (fake: FakeExcel) => fake.type("Sheet1!C1", "Amount"),
    ]) {
      const { fake, actions } = await seizures();
      change(fake);
      const before = fake.values("Sheet1!A1:D3");
      const summary = await actions.refreshAll(shrunk);
      expect(fake.values("Sheet1!A1:D3")).toEqual(before);
      expect(fake.table("Sheet1!A1") ?? fake.tables[0].rect).toMatchObject({ lastRow: 2 });
      expect(summary.tables).toEqual([
        expect.objectContaining({
          status: "refused",
          message: expect.stringMatching(/no longer (named PT_…|holds "Value")/),
        }),
      ]);
    }
  });

  it("refuses every tag that reaches the same table", async () => {
    const { fake, actions, tag } = await seizures();
    const before = fake.values("Sheet1!A1:D3");
    // A second, well-formed tag for the same table, filed under its name.
    encodeTag({ ...tag, excelTableId: "PT_Seizures" }).forEach((xml) => addPart(fake, xml));
    const summary = await actions.refreshAll(shrunk);
    expect(fake.values("Sheet1!A1:D3")).toEqual(before);
    expect(summary.tables.map((t) => [t.tableName, t.status])).toEqual([
      ["PT_Seizures", "refused"],
      ["PT_Seizures", "refused"],
    ]);
    expect(summary.tables[0].message).toMatch(/PT_Seizures has 2 tags/);
  });
});
