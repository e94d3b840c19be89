import ExcelJS from "exceljs";
import JSZip from "jszip";
import { planTable } from "../../src/core/layout/planTable";
import { buildWorkbook, NO_CHARTS_NOTE } from "../../src/export/buildWorkbook";
import { fixtureDataset } from "../fixtures/fixtureDataset";
import { craftedDataset, CRAFTED } from "../excel/craftedDataset";
import { shippedDataset } from "../excel/shippedDataset";
import type { Dataset } from "../../src/core/dataset/schema";
import { datasetYears } from "../../src/core/dataset/readmeBlocks";

async function reopen(dataset: Dataset) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await buildWorkbook(dataset)).buffer as ArrayBuffer);
  return workbook;
}

describe("buildWorkbook", () => {
  it("writes one sheet per table, then Sources and About", async () => {
    const workbook = await reopen(fixtureDataset());
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      "Sanctions",
      "Seizures",
      "Timeline",
      "Sources",
      "About",
    ]);
    const seizures = workbook.getWorksheet("Seizures")!;
    expect(Object.keys((seizures as unknown as { tables: object }).tables)).toEqual([
      "PT_Seizures",
    ]);
    const plan = planTable(fixtureDataset(), "seizures");
    expect((seizures.getRow(1).values as unknown[]).slice(1)).toEqual(plan.header);
    expect(seizures.getCell("C3").value).toBe(16000000);
    expect(seizures.getCell("C3").numFmt).toBe("$#,##0");
    expect(seizures.getCell("F2").numFmt).toBe("@");
    expect(seizures.getCell("H2").value).toEqual({
      text: "https://example.org/testimony",
      hyperlink: "https://example.org/testimony",
    });
  });

  it("writes dates as dates with their precision's format", async () => {
    const workbook = await reopen(
      fixtureDataset((d) => {
        d.events[1].date = "2023-12";
        d.events[1].precision = "month";
      }),
    );
    const timeline = workbook.getWorksheet("Timeline")!;
    expect(timeline.getCell("B2").value).toEqual(new Date(Date.UTC(2023, 11, 4)));
    expect([timeline.getCell("B2").numFmt, timeline.getCell("B3").numFmt]).toEqual([
      "yyyy-mm-dd",
      "mmm yyyy",
    ]);
  });

  it("states the 1900 date system its date serials are written in", async () => {
    const xlsx = await buildWorkbook(fixtureDataset());
    const zip = await JSZip.loadAsync(xlsx);
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    // No date1904 attribute on workbookPr is the 1900 system (ECMA-376 Part 1, 18.2.28).
    expect(workbookXml).toMatch(/<workbookPr/);
    expect(workbookXml).not.toMatch(/date1904="(1|true)"/);
    const reopened = await reopen(fixtureDataset());
    expect(reopened.properties.date1904).toBe(false);
  });

  it("lists the documents and the dataset's identity, dated by the dataset, not the clock", async () => {
    const dataset = fixtureDataset();
    const workbook = await reopen(dataset);
    const about = workbook.getWorksheet("About")!;
    expect(about.getCell("B1").value).toMatch(
      /^US counter-fentanyl policy figures and events, (\d{4})(–\d{4})?, each with the exact/,
    );
    expect(about.getCell("B1").value).toContain(datasetYears(dataset).all);
    expect(about.getCell("B2").value).toBe("1.0.0");
    expect(about.getCell("B3").value).toBe(dataset.contentHash);
    expect(about.getCell("B7").value).toEqual(new Date(Date.UTC(2024, 2, 20)));
    expect(workbook.created).toEqual(new Date(Date.UTC(2024, 2, 20)));
    const sources = workbook.getWorksheet("Sources")!;
    expect(sources.getCell("A2").value).toBe("000_aaaaaaaaaaaaaaaa");
    expect(sources.getCell("C3").value).toBe("A. Witness");
    expect(sources.getCell("G3").value).toBe("© 2024 Example. All rights reserved.");
  });

  it("says on its About sheet what it holds and that charts are not included, and why", async () => {
    const dataset = fixtureDataset();
    const about = (await reopen(dataset)).getWorksheet("About")!;
    const rows = new Map<string, unknown>();
    about.eachRow((row) => rows.set(String(row.getCell(1).value), row.getCell(2).value));
    const tables = dataset.tables.filter((t) => t.kind !== "sources");
    const rowCount = tables.reduce((n, t) => n + t.rows.length, 0);
    expect(rows.get("This file holds")).toBe(
      `${tables.length} tables of the dataset, ${rowCount} rows citing ${dataset.sources.length} of its ${dataset.sources.length} documents.`,
    );
    expect(rows.get("Charts")).toBe(NO_CHARTS_NOTE);
    expect(NO_CHARTS_NOTE).toMatch(/exceljs, which cannot write charts/);
  });

  it("keeps crafted quotes as text cells, never formulas", async () => {
    const workbook = await reopen(craftedDataset());
    const cells: ExcelJS.Cell[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell))));
    expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula)).toEqual([]);
    const texts = cells.map((c) => c.value);
    for (const quote of CRAFTED.slice(0, 5)) expect(texts).toContain(quote);
  });

  it("exports every table of the shipped dataset but its sources table, which is the Sources sheet", async () => {
    const dataset = shippedDataset();
    const workbook = await reopen(dataset);
    const expected = dataset.tables.filter((t) => t.kind !== "sources");
    expect(workbook.worksheets).toHaveLength(expected.length + 2);
    expected.forEach((t, i) => expect(workbook.worksheets[i].rowCount).toBe(t.rows.length + 1));
  });
});
