import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** LibreOffice's CSV filter: UTF-8, every sheet, cells as shown (not their raw values). */
const CSV_ALL_SHEETS =
  "csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,true,false,false,-1";

/**
 * Every sheet of the workbook `bytes` as LibreOffice (headless) shows it, saved as CSV text and
 * keyed by sheet name. The workbook is left in `work` as book.xlsx; the CSVs are removed.
 */
export function libreOfficeSheets(bytes: Uint8Array, work: string): Map<string, string> {
  const xlsx = join(work, "book.xlsx");
  writeFileSync(xlsx, bytes);
  try {
    execFileSync(
      "soffice",
      [
        "--headless",
        `-env:UserInstallation=file://${work}/profile`,
        "--convert-to",
        CSV_ALL_SHEETS,
        "--outdir",
        work,
        xlsx,
      ],
      { stdio: "pipe", timeout: 120_000 },
    );
  } catch (e) {
    throw new Error(
      `LibreOffice (soffice) failed or is missing; install libreoffice-calc-nogui. ${(e as Error).message}`,
    );
  }
  const sheets = new Map<string, string>();
  for (const f of readdirSync(work).filter((f) => f.startsWith("book-") && f.endsWith(".csv"))) {
    sheets.set(f.slice(5, -4), readFileSync(join(work, f), "utf8"));
    rmSync(join(work, f));
  }
  return sheets;
}
