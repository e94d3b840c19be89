/** @jest-environment jsdom */
import "./polyfills";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { datasetYears } from "../../src/core/dataset/readmeBlocks";
import { NO_CHARTS_NOTE } from "../../src/export/buildWorkbook";
import { PiecedDataset } from "../../src/functions/piecedDataset";
import { PieceReader } from "../../src/functions/pieceReader";
import { exportOneTable, saveTableFile, tableFile } from "../../src/taskpane/tableDownload";
import { fixtureDataset } from "../fixtures/fixtureDataset";
import { memoryPieceFetch } from "../functions/memoryPieceFetch";

describe("tableFile", () => {
  const dataset = fixtureDataset();
  const neverExport = async () => {
    throw new Error("the .xlsx exporter was not expected for a CSV");
  };

  it("writes what the preview shows by default: its columns and rows, behind a byte order mark", async () => {
    const { planTable } = await import("../../src/core/layout/planTable");
    const file = await tableFile(dataset, "seizures", {}, "csv", neverExport);
    expect(file.fileName).toBe("policy-tables-1.0.0-seizures.csv");
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(file.bytes as Uint8Array);
    expect(text.startsWith("\uFEFF")).toBe(true);
    const plan = planTable(dataset, "seizures");
    const [header, ...rows] = parse(text, { bom: true }) as string[][];
    expect(header).toEqual(plan.columns.map((c) => c.key));
    expect(rows.map((r) => r[0])).toEqual(plan.rowIds);
  });

  it("follows the person's columns, filter and sort, as the preview shows them", async () => {
    const file = await tableFile(
      dataset,
      "seizures",
      {
        columns: ["value", "metric"],
        filter: "seized",
        sort: { key: "value", direction: "descending" },
      },
      "csv",
      neverExport,
    );
    const text = new TextDecoder().decode(file.bytes as Uint8Array);
    expect(text).toBe("value,metric\r\n16000000,currency seized\r\n3600,pill presses seized\r\n");
  });

  it("neutralises document text that a spreadsheet would evaluate", async () => {
    const hostile = fixtureDataset((d) => {
      d.figures.find((f) => f.metric === "currency seized")!.metric = "=1+1";
    });
    const file = await tableFile(hostile, "seizures", { columns: ["metric"] }, "csv", neverExport);
    expect(new TextDecoder().decode(file.bytes as Uint8Array)).toContain(`"'=1+1"`);
  });

  it("names a bad choice instead of writing a file", async () => {
    await expect(
      tableFile(dataset, "seizures", { columns: ["worth"] }, "csv", neverExport),
    ).rejects.toThrow(/worth/);
  });

  it("exports one table, its sources and its About sheet as .xlsx", async () => {
    const file = await tableFile(
      dataset,
      "seizures",
      { columns: ["metric", "value"], filter: "currency seized" },
      "xlsx",
      exportOneTable,
    );
    expect(file.fileName).toBe("policy-tables-1.0.0-seizures.xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.bytes as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      dataset.tables.find((t) => t.id === "seizures")!.title.slice(0, 31),
      "Sources",
      "About",
    ]);
    const sheet = book.worksheets[0];
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getCell(2, 1).value).toBe("currency seized");
    expect(sheet.getCell(2, 2).value).toBe(16000000);
  });
});

describe("exportOneTable from the published pieces", () => {
  /** The About sheet's rows as label → text. */
  const aboutOf = async (bytes: Uint8Array | ArrayBuffer) => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const rows = new Map<string, string>();
    book.getWorksheet("About")!.eachRow((row) => {
      rows.set(String(row.getCell(1).value), String(row.getCell(2).value));
    });
    return rows;
  };

  it("states the whole dataset's counts and years on the About sheet, what the file holds, and why it has no chart", async () => {
    // One more document and an event years earlier, cited only by tables other than seizures.
    const whole = fixtureDataset((d) => {
      d.events[0] = { ...d.events[0], date: "2017-03-01" };
    });
    const reader = new PieceReader(memoryPieceFetch(whole));
    const { catalog, sha256 } = await reader.catalogWithHash("data/catalog.json");
    const part = await new PiecedDataset(reader, "data/catalog.json", catalog, sha256).tables([
      "seizures",
    ]);
    expect(part.events).toEqual([]);
    const about = await aboutOf(await exportOneTable(part, "seizures", {}));
    const years = datasetYears(whole).all;
    expect(years).toMatch(/^2017–/);
    expect(about.get("Policy Tables")).toContain(`, ${years}, `);
    expect(about.get("Generated from")).toMatch(
      new RegExp(
        `^${whole.sources.length} documents \\(${whole.figures.length} figures, ${whole.events.length} events\\)`,
      ),
    );
    const cited = new Set(part.figures.map((f) => f.source.doc)).size;
    expect(cited).toBeLessThan(whole.sources.length);
    expect(about.get("This file holds")).toBe(
      `1 table of the dataset, ${part.tables[0].rows.length} rows citing ${cited} of its ${whole.sources.length} documents.`,
    );
    expect(about.get("Charts")).toBe(NO_CHARTS_NOTE);
  });
});

describe("saveTableFile", () => {
  it("saves through a clicked link to an object URL of the file's type, and leaves no link", () => {
    const created: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return "blob:table";
    };
    URL.revokeObjectURL = () => undefined;
    const clicks: HTMLAnchorElement[] = [];
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicks.push(this);
    };
    saveTableFile(document)({
      bytes: new Uint8Array([1]),
      fileName: "t.csv",
      type: "text/csv;charset=utf-8",
    });
    expect(created[0].type).toBe("text/csv;charset=utf-8");
    expect(clicks.map((a) => [a.download, a.href])).toEqual([["t.csv", "blob:table"]]);
    expect(document.querySelector("a[download]")).toBeNull();
  });
});
