import ExcelJS from "exceljs";
import { parseDataset } from "../../src/core/dataset/parseDataset";
import { toAddress } from "../../src/core/layout/address";
import { planTable } from "../../src/core/layout/planTable";
import { createExcelWorkbookActions } from "../../src/excel/excelWorkbookActions";
import { buildWorkbook } from "../../src/export/buildWorkbook";
import { FakeExcel } from "../fakes/excel";
import { RUNS } from "./fcOptions";
import { injectionDataset, injections } from "./injectionDataset";

/**
 * Document text must never become a formula. Each property puts RUNS (1,000) generated
 * strings that Excel would parse ("=HYPERLINK(...)", "+cmd|...", "-2+3", "@SUM(...)", "'=...")
 * into every text field of a dataset, then writes it the four ways Policy Tables writes
 * workbooks, and reads every cell back.
 */
const TEXTS = injections(RUNS);
const FIGURES = 220; // 220 figures × 5 texts + events and sources ≥ 1,000 strings written

function formulas(fake: FakeExcel): string[] {
  return fake.sheets.flatMap((s) =>
    [...s.cells.values()].filter((c) => c.formula !== null).map((c) => `${s.name}: ${c.formula}`),
  );
}

/** Every text cell of the inserted figures table equals the planned text exactly. */
function expectTextKept(
  fake: FakeExcel,
  tableName: string,
  dataset: ReturnType<typeof injectionDataset>,
) {
  const table = fake.table(tableName)!;
  const plan = planTable(dataset, "figures");
  const values = fake.values(toAddress({ ...table.rect, row: table.rect.row + 1 }));
  expect(values.length).toBe(plan.values.length);
  plan.values.forEach((row, i) =>
    row.forEach((v, j) => {
      if (typeof v === "string") expect(values[i][j]).toBe(v);
    }),
  );
}

describe("formula injection", () => {
  const dataset = parseDataset(injectionDataset(TEXTS, FIGURES));
  const written = new Set(
    dataset.figures.flatMap((f) => [f.metric, f.actor, f.note, f.period.text, f.source.quote]),
  );

  it("writes at least 1,000 distinct risky strings", () => {
    expect(written.size).toBeGreaterThanOrEqual(Math.min(RUNS, new Set(TEXTS).size));
    expect(new Set(TEXTS).size).toBe(RUNS);
  });

  it.each(["1.18", "1.12"])(
    "insert (ExcelApi %s) and refresh create zero formulas and keep the text exactly",
    async (api) => {
      const fake = new FakeExcel(api);
      const actions = createExcelWorkbookActions(fake.run as never, fake.requirements);
      // A release with harmless text, then one with the risky text and 10% more rows.
      const first = parseDataset(injectionDataset(["plain text"], FIGURES - 22));
      const inserted = await actions.insertTable(first, "figures", {}, "newSheet");
      await actions.insertTable(first, "events", {}, "newSheet");
      const next = parseDataset(injectionDataset(TEXTS, FIGURES, "1.1.0"));
      const summary = await actions.refreshAll(next);
      expect(summary.totals.rowsAdded).toBe(22 + 55 - 49); // figures and events
      expect(summary.totals.valuesChanged).toBeGreaterThan(0);
      expect(formulas(fake)).toEqual([]);
      expectTextKept(fake, inserted.tableName, next);

      const direct = new FakeExcel(api);
      const again = createExcelWorkbookActions(direct.run as never, direct.requirements);
      const table = await again.insertTable(dataset, "figures", {}, "newSheet");
      await again.insertTable(dataset, "events", {}, "newSheet");
      expect(formulas(direct)).toEqual([]);
      expectTextKept(direct, table.tableName, dataset);
    },
  );

  it("single-figure insert writes the value and a citation, never a formula from text", async () => {
    const fake = new FakeExcel();
    const actions = createExcelWorkbookActions(fake.run as never, fake.requirements);
    for (const [i, f] of dataset.figures.entries()) {
      fake.select(`Sheet1!B${i + 1}`);
      await actions.insertFigure(dataset, f.id, "value");
    }
    expect(formulas(fake)).toEqual([]);
    expect(fake.values(`Sheet1!B1:B${FIGURES}`).map((r) => r[0])).toEqual(
      dataset.figures.map((f) => f.value),
    );
    // The formula form writes only =POLICY.VALUE with a slug id, never document text.
    fake.select("Sheet1!D1");
    await actions.insertFigure(dataset, "fig-3", "formula");
    expect(formulas(fake)).toEqual(['Sheet1: =POLICY.VALUE("fig-3")']);
  });

  it("the exported workbook, read back with exceljs, has zero formulas and the text as written", async () => {
    const bytes = await buildWorkbook(dataset);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as never);
    const found: string[] = [];
    const texts = new Set<string>();
    book.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula || cell.formula)
            found.push(`${sheet.name}!${cell.address}: ${cell.formula}`);
          if (typeof cell.value === "string") texts.add(cell.value);
        }),
      ),
    );
    expect(found).toEqual([]);
    const missing = [...written].filter((t) => t !== null && !texts.has(t));
    expect(missing).toEqual([]);
  });
});
