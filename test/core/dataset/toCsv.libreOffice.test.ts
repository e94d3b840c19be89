import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { toCsv } from "../../../src/core/dataset/toCsv";
import { fixtureDataset } from "../../fixtures/fixtureDataset";

/*
 * Opens toCsv's output in LibreOffice as an analyst double-clicking it would (the CSV import
 * evaluates formulas) and saves it as .xlsx, then reads the cells back with exceljs: a
 * formula-like text must arrive as text, not as a formula or its result.
 */
const UTF8_CSV_IMPORT = "CSV:44,34,76";

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "pt-csv-lo-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function openInLibreOffice(name: string, csv: string): Promise<ExcelJS.Worksheet> {
  writeFileSync(join(work, `${name}.csv`), csv);
  try {
    execFileSync(
      "soffice",
      [
        "--headless",
        `-env:UserInstallation=file://${work}/profile`,
        `--infilter=${UTF8_CSV_IMPORT}`,
        "--convert-to",
        "xlsx",
        "--outdir",
        work,
        join(work, `${name}.csv`),
      ],
      { stdio: "pipe", timeout: 120_000 },
    );
  } catch (e) {
    throw new Error(
      `LibreOffice (soffice) failed or is missing; install libreoffice-calc-nogui. ${(e as Error).message}`,
    );
  }
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(work, `${name}.xlsx`));
  return book.worksheets[0];
}

const HOSTILE = ["=1+1", '=HYPERLINK("https://attacker.example","x")'];

function hostileDataset() {
  return fixtureDataset((d) => {
    d.figures[3].metric = HOSTILE[0];
    d.figures[4].metric = HOSTILE[1];
    d.figures[4].value = -5;
  });
}

describe("table CSVs opened in LibreOffice", () => {
  it("evaluates an unneutralised =1+1 (the check below can fail)", async () => {
    const sheet = await openInLibreOffice("control", "metric\r\n=1+1\r\n");
    expect(sheet.getCell("A2").formula).toBe("1+1");
  }, 150_000);

  it("shows formula-like text as text, and keeps negative numbers numbers", async () => {
    const d = hostileDataset();
    const sheet = await openInLibreOffice(
      "seizures",
      toCsv(
        d,
        d.tables.find((t) => t.id === "seizures")!,
      ),
    );
    const rows = [2, 3].map((r) => sheet.getRow(r));
    for (const row of rows) expect(row.getCell(1).formula).toBeUndefined();
    expect(rows.map((r) => r.getCell(1).value)).toEqual([`'${HOSTILE[0]}`, `'${HOSTILE[1]}`]);
    expect(rows[1].getCell(2).value).toBe(-5);
  }, 150_000);

  it("reads the header and accented text as UTF-8, the byte order mark not as a character", async () => {
    const d = fixtureDataset((x) => (x.figures[3].metric = "Peña’s seizures, café ó"));
    const sheet = await openInLibreOffice(
      "accents",
      toCsv(
        d,
        d.tables.find((t) => t.id === "seizures")!,
      ),
    );
    expect(sheet.getCell("A1").value).toBe("metric");
    expect(sheet.getCell("A2").value).toBe("Peña’s seizures, café ó");
  }, 150_000);
});
