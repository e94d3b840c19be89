import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Dataset } from "../../src/core/dataset/schema";
import { planSources } from "../../src/core/layout/planSources";
import { planTable, type CellPlan } from "../../src/core/layout/planTable";
import type { CellValue } from "../../src/core/layout/safeText";
import { buildWorkbook } from "../../src/export/buildWorkbook";
import { craftedDataset, CRAFTED } from "../excel/craftedDataset";
import { shippedDataset } from "../excel/shippedDataset";
import { parse } from "csv-parse/sync";
import { libreOfficeSheets } from "../helpers/libreOfficeSheets";

/**
 * Opens the exported workbook in LibreOffice (headless), saves every sheet as CSV with cells
 * "as shown", and compares each table with the dataset's values, dates and number formats.
 */
async function convert(dataset: Dataset, work: string): Promise<Map<string, string[][]>> {
  const sheets = libreOfficeSheets(await buildWorkbook(dataset), work);
  return new Map(
    [...sheets].map(([name, csv]) => [name, parse(csv, { relax_column_count: true })]),
  );
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** What Excel (and LibreOffice) show for a planned cell, from the dataset value and format. */
function shown(value: CellValue, format: string): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (/y/.test(format)) {
    const d = new Date(Date.UTC(1899, 11, 30) + value * 86_400_000);
    const [y, m, day] = d.toISOString().slice(0, 10).split("-");
    return format === "yyyy"
      ? y
      : format === "mmm yyyy"
        ? `${MONTHS[Number(m) - 1]} ${y}`
        : `${format.startsWith('"week of "') ? "week of " : ""}${y}-${m}-${day}`;
  }
  const decimals = (/\.(0+)/.exec(format)?.[1] ?? "").length;
  const scaling = format.replace(/"[^"]*"/g, "").includes("%");
  const number = (scaling ? value * 100 : value).toLocaleString("en-US", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: format.includes(","),
  });
  return (
    (format.startsWith("$") ? "$" : "") + number + (scaling || format.includes('"%"') ? "%" : "")
  );
}

function expectSheet(csv: string[][] | undefined, plan: CellPlan) {
  expect(csv).toBeDefined();
  expect(csv![0]).toEqual(plan.header);
  expect(csv!.slice(1)).toEqual(
    plan.values.map((row, i) => row.map((v, j) => shown(v, plan.numberFormats[i][j]))),
  );
}

describe("exported workbook opened in LibreOffice", () => {
  let work: string;
  beforeEach(() => (work = mkdtempSync(join(tmpdir(), "policy-tables-lo-"))));
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it("shows every table of the shipped dataset with its values, dates and formats", async () => {
    const dataset = shippedDataset();
    const sheets = await convert(dataset, work);
    const sheetNames = ["Sources", "About"];
    const tableNames: string[] = [];
    const docs = new Set<string>();
    for (const table of dataset.tables.filter((t) => t.kind !== "sources")) {
      const plan = planTable(
        dataset,
        table.id,
        {},
        { existingSheetNames: sheetNames, existingTableNames: tableNames },
      );
      sheetNames.push(plan.sheetName);
      tableNames.push(plan.tableName);
      plan.docs.forEach((d) => docs.add(d));
      expectSheet(sheets.get(plan.sheetName), plan);
    }
    expectSheet(sheets.get("Sources"), planSources(dataset, [...docs]));
    const about = sheets.get("About")!;
    expect(about[1]).toEqual(["Dataset version", dataset.version]);
    expect(about[2]).toEqual(["Content hash (sha256)", dataset.contentHash]);
    expect(sheets.size).toBe(sheetNames.length);

    // A percent shows as the stated number and holds its fraction (exported as shown, so the
    // fraction is checked by exceljs in test/excel/percentFigures.test.ts).
    const all = sheets.get(planTable(dataset, "all-figures").sheetName)!;
    const idAt = all[0].findIndex((h) => h.toLowerCase() === "id");
    const valueAt = all[0].indexOf("Value");
    const percents = dataset.figures.filter((f) => f.unit === "percent");
    expect(percents.length).toBeGreaterThan(0);
    for (const f of percents) {
      const row = all.find((r) => r[idAt] === f.id)!;
      expect([f.id, row[valueAt]]).toEqual([f.id, `${f.value}%`]);
    }

    // Dates read in the date system the workbook states (1900): each dated event shows the
    // dataset's own day, checked against the dataset's text rather than a serial conversion.
    const events = sheets.get(planTable(dataset, "all-events").sheetName)!;
    const eventIdAt = events[0].findIndex((h) => h.toLowerCase() === "id");
    const dateAt = events[0].indexOf("Date");
    const days = dataset.events.filter((e) => e.precision === "day" && e.date);
    expect(days.length).toBeGreaterThan(0);
    for (const e of days) {
      const row = events.find((r) => r[eventIdAt] === e.id)!;
      expect([e.id, row[dateAt]]).toEqual([e.id, e.date]);
    }
  }, 180_000);

  it("shows crafted quotes as text, not as formula results", async () => {
    const sheets = await convert(craftedDataset(), work);
    const all = [...sheets.values()].flat(2);
    for (const quote of CRAFTED.slice(0, 5)) expect(all).toContain(quote);
    expect(all).toContain("=cmd|' /C calc'!A0");
    expect(existsSync(join(work, "book.xlsx"))).toBe(true);
  }, 180_000);
});
