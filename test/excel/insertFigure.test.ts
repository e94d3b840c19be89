import { fixtureDataset } from "../fixtures/fixtureDataset";
import { measure, workbook } from "./harness";

const NOTE_START = 'currency seized: 16,000,000 USD (FY 2023).\n"In FY 2023, DHS seized';

describe("insertFigure", () => {
  it("writes the value with its format, a note citing the source, and a name marking the cell", async () => {
    const { fake, actions } = workbook();
    fake.select("Sheet1!B2");
    const m = await measure(fake, () =>
      actions.insertFigure(fixtureDataset(), "dhs-currency-seized-fy2023", "value"),
    );
    expect(m.result).toEqual({
      address: "Sheet1!B2",
      id: "dhs-currency-seized-fy2023",
      form: "value",
      warnings: [],
    });
    expect(fake.cell("Sheet1!B2")).toMatchObject({
      value: 16000000,
      format: "$#,##0",
      formula: null,
      text: "$16,000,000",
    });
    expect(fake.sheet("Sheet1")!.notes.get(1 * 16384 + 1)).toMatch(
      new RegExp(`^${NOTE_START.replace(/[.()$]/g, "\\$&")}`),
    );
    expect(fake.names.map((n) => n.name)).toEqual(["PT_fig_dhs_currency_seized_fy2023"]);
    expect(fake.values("Sources!A2")).toEqual([["001_bbbbbbbbbbbbbbbb"]]);
    // Read, write: two, plus one each to look for a note and a comment on the cell first, and
    // five for the Sources table (read tags, check its name, write it, tag it).
    expect(m.syncs).toBe(9);
  });

  it("numbers the name when the same figure goes into another cell", async () => {
    const { fake, actions } = workbook();
    await actions.insertFigure(fixtureDataset(), "dhs-currency-seized-fy2023", "value");
    fake.select("Sheet1!C9");
    await actions.insertFigure(fixtureDataset(), "dhs-currency-seized-fy2023", "value");
    expect(fake.names.map((n) => n.name)).toEqual([
      "PT_fig_dhs_currency_seized_fy2023",
      "PT_fig_dhs_currency_seized_fy2023__2",
    ]);
  });

  it("writes a POLICY.VALUE formula", async () => {
    const { fake, actions } = workbook();
    fake.select("Sheet1!D4");
    await actions.insertFigure(fixtureDataset(), "us-overdose-deaths-2022", "formula");
    expect(fake.cell("Sheet1!D4")).toMatchObject({
      formula: '=POLICY.VALUE("us-overdose-deaths-2022")',
      format: "#,##0",
    });
  });

  it("falls back to a comment before ExcelApi 1.18, and says so without either", async () => {
    const older = workbook("1.12");
    await older.actions.insertFigure(fixtureDataset(), "dhs-currency-seized-fy2023", "value");
    expect(older.fake.comments).toEqual([
      expect.objectContaining({
        sheet: "Sheet1",
        row: 0,
        col: 0,
        content: expect.stringContaining(NOTE_START),
      }),
    ]);
    const oldest = workbook("1.9");
    const result = await oldest.actions.insertFigure(
      fixtureDataset(),
      "dhs-currency-seized-fy2023",
      "value",
    );
    expect(result.warnings).toEqual([
      "This version of Excel cannot add notes or comments (ExcelApi 1.10), so the cell has no citation; Trace still shows its source.",
    ]);
    expect(oldest.fake.cell("Sheet1!A1").value).toBe(16000000);
  });

  it("names the nearest ids for an unknown id, writing nothing", async () => {
    const { fake, actions } = workbook();
    await expect(actions.insertFigure(fixtureDataset(), "dhs-currency", "value")).rejects.toThrow(
      /No figure or event has id "dhs-currency". Did you mean dhs-currency-seized-fy2023/,
    );
    expect(fake.stats.syncs).toBe(0);
  });
});
