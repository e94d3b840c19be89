import { cellHash } from "../../src/core/layout/cellHash";
import { planTable } from "../../src/core/layout/planTable";
import { decodeTags, readTagPiece } from "../../src/core/layout/tableTag";
import { fixtureDataset } from "../fixtures/fixtureDataset";
import type { FakeExcel } from "../fakes/excel";
import { measure, workbook, type Dataset } from "./harness";
import { shippedDataset } from "./shippedDataset";
import { syntheticDataset } from "./syntheticDataset";

const WITH_QUOTE = { columns: ["id", "metric", "value", "source.quote"] };

function tags(fake: FakeExcel) {
  return decodeTags(fake.parts.map((p) => readTagPiece(p.xml)!)).tags.filter((t) => !t.kind);
}

/** Inserts every table of a dataset, each on a new sheet, and checks cells, formats, name, tag. */
async function insertsEveryTable(dataset: Dataset) {
  const { fake, actions } = workbook();
  for (const table of dataset.tables) {
    const m = await measure(fake, () => actions.insertTable(dataset, table.id, {}, "newSheet"));
    const inserted = m.result;
    const plan = planTable(dataset, table.id);
    const t = fake.table(inserted.tableName)!;
    expect(inserted.tableName).toMatch(/^PT_/);
    expect(t.style).toBe("TableStyleMedium2");
    expect(inserted.rows).toBe(table.rows.length);
    const values = fake.values(inserted.address);
    expect(values[0]).toEqual(plan.header);
    expect(values.slice(1)).toEqual(plan.values.map((r) => r.map((v) => v ?? "")));
    plan.numberFormats.forEach((row, i) =>
      row.forEach((format, j) => expect(fake.getCell(t.sheet, i + 1, j).format).toBe(format)),
    );
    const tag = tags(fake).find((x) => x.excelTableId === t.id)!;
    expect(tag).toMatchObject({
      tableId: table.id,
      tableName: inserted.tableName,
      datasetVersion: dataset.version,
      contentHash: dataset.contentHash,
      rowIds: plan.rowIds,
      address: inserted.address,
    });
    expect(tag.hashes).toBe(
      values
        .slice(1)
        .map((r) => r.map(cellHash).join(""))
        .join(""),
    );
    // 3 for the table (one more to read the date system when it has dates), 5 for the Sources
    // table (read tags, find it or check its name, read, write; no write when it lists every
    // document already). The count reported is the count made.
    expect(inserted.syncs).toBe(m.syncs);
    expect([7, 8, 9]).toContain(inserted.syncs);
  }
  return fake;
}

describe("insertTable", () => {
  it("inserts every fixture table as a tagged Excel table with its formats", async () => {
    await insertsEveryTable(fixtureDataset());
  });

  it("inserts every table of the shipped dataset", async () => {
    const dataset = shippedDataset();
    const fake = await insertsEveryTable(dataset);
    expect(fake.tables.length).toBe(dataset.tables.length + 1);
  });

  it("inserts at the selected cell and lists the documents on the Sources sheet", async () => {
    const { fake, actions } = workbook();
    fake.select("Sheet1!C5");
    const dataset = fixtureDataset();
    const inserted = await actions.insertTable(
      dataset,
      "sanctions",
      { includeSources: false },
      "selection",
    );
    expect(inserted).toEqual({
      tableName: "PT_Sanctions",
      sheetName: "Sheet1",
      address: "Sheet1!C5:F6",
      rows: 1,
      columns: 4,
      syncs: 8,
      warnings: [],
    });
    expect(fake.values("Sources!A1:B2")).toEqual([
      ["Document ID", "Title"],
      ["000_aaaaaaaaaaaaaaaa", "Treasury launches strike force"],
    ]);
    await actions.insertTable(dataset, "seizures", {}, "newSheet");
    expect(fake.values("Sources!A2:A3")).toEqual([
      ["000_aaaaaaaaaaaaaaaa"],
      ["001_bbbbbbbbbbbbbbbb"],
    ]);
    expect(fake.tables.filter((t) => t.name === "PT_Sources")).toHaveLength(1);
  });

  it("gives a second insert of the same table its own name and sheet", async () => {
    const { fake, actions } = workbook();
    const dataset = fixtureDataset();
    await actions.insertTable(dataset, "timeline", {}, "newSheet");
    const again = await actions.insertTable(dataset, "timeline", {}, "newSheet");
    expect([again.tableName, again.sheetName]).toEqual(["PT_Timeline_2", "Timeline (2)"]);
    expect(tags(fake)).toHaveLength(2);
  });

  it("refuses to write over cells that are not empty, writing nothing", async () => {
    const { fake, actions } = workbook();
    fake.type("Sheet1!D3", "keep me");
    fake.select("Sheet1!B2");
    const writes = fake.stats.writeOps;
    await expect(
      actions.insertTable(fixtureDataset(), "seizures", {}, "selection"),
    ).rejects.toThrow(
      "The 3 rows × 8 columns from Sheet1!B2 are not empty (Sheet1!D3 has content). Select an empty cell with room below and to the right, or insert on a new sheet.",
    );
    expect(fake.stats.writeOps).toBe(writes);
    expect(fake.cell("Sheet1!D3").value).toBe("keep me");
  });

  it("says so when a filter leaves no rows", async () => {
    const { actions } = workbook();
    await expect(
      actions.insertTable(fixtureDataset(), "seizures", { filter: "zzz" }, "selection"),
    ).rejects.toThrow(
      'No row of table "seizures" matches the filter "zzz", so nothing was inserted. Clear or change the filter.',
    );
  });

  it("names the column filters when they leave no rows", async () => {
    const { actions } = workbook();
    await expect(
      actions.insertTable(fixtureDataset(), "seizures", { where: "value >= 1e9" }, "selection"),
    ).rejects.toThrow(
      'No row of table "seizures" matches the column filters "value >= 1e9", so nothing was inserted. Clear or change the filters.',
    );
  });

  it("needs ExcelApi 1.7 and says so in older Excel", async () => {
    const { fake, actions } = workbook("1.6");
    await expect(
      actions.insertTable(fixtureDataset(), "seizures", {}, "selection"),
    ).rejects.toThrow(
      "Inserting a table needs Excel JavaScript API 1.7 (ExcelApi 1.7), which this version of Excel does not support. Update Excel, or use Excel on the web.",
    );
    expect(fake.stats.syncs).toBe(0);
  });

  it("makes the same number of syncs for 10 and 50,000 rows (data under 4 MB)", async () => {
    const counts: number[] = [];
    for (const rows of [10, 50_000]) {
      const { fake, actions } = workbook();
      const m = await measure(fake, () =>
        actions.insertTable(
          syntheticDataset(rows),
          "synthetic",
          { columns: ["id", "value"] },
          "newSheet",
        ),
      );
      expect(fake.values(`Synthetic!A${rows + 1}:B${rows + 1}`)).toEqual([
        [`synthetic-${rows - 1}`, rows],
      ]);
      expect(Math.max(...m.requestBytes)).toBeLessThan(5_000_000);
      counts.push(m.syncs);
    }
    expect(counts).toEqual([8, 8]);
  }, 120_000);

  it("splits data over 4 MB into requests under Excel's 5 MB limit", async () => {
    const { fake, actions } = workbook();
    const m = await measure(fake, () =>
      actions.insertTable(syntheticDataset(30_000, 200), "synthetic", WITH_QUOTE, "newSheet"),
    );
    expect(m.syncs).toBeGreaterThan(8);
    expect(Math.max(...m.requestBytes)).toBeLessThan(5_000_000);
    expect(fake.values("Synthetic!D30001")[0][0]).toMatch(/^Item 29999 counted 30000 units x+\.$/);
  }, 120_000);
});
