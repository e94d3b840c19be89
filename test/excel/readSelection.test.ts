import { buildIndex } from "../../src/core/lookup/buildIndex";
import type { FormulaIndexer } from "../../src/core/lookup/explainFormula";
import { fixtureDataset } from "../fixtures/fixtureDataset";
import { workbook } from "./harness";

const NONE = { recordId: null, via: null, datasetVersion: null, tableName: null, column: null };

describe("readSelection", () => {
  it("finds the record and column of a cell in an inserted table, even after a sort", async () => {
    const { fake, actions } = workbook();
    await actions.insertTable(
      fixtureDataset(),
      "seizures",
      { columns: ["metric", "value"] },
      "selection",
    );
    fake.select("Sheet1!B3");
    expect(await actions.readSelection(fixtureDataset())).toEqual({
      address: "Sheet1!B3",
      recordId: "dhs-currency-seized-fy2023",
      cellValue: 16000000,
      via: "table",
      datasetVersion: "1.0.0",
      tableName: "PT_Seizures",
      column: "value",
    });
    fake.sortTable("PT_Seizures", 1, true);
    fake.select("Sheet1!A3");
    expect(await actions.readSelection(fixtureDataset())).toMatchObject({
      recordId: "dhs-pill-presses-seized-fy2023",
      column: "metric",
    });
  });

  it("recognises a POLICY formula and an inserted figure", async () => {
    const { fake, actions } = workbook();
    fake.select("Sheet1!D4");
    await actions.insertFigure(fixtureDataset(), "us-overdose-deaths-2022", "formula");
    expect(await actions.readSelection(fixtureDataset())).toMatchObject({
      recordId: "us-overdose-deaths-2022",
      via: "formula",
    });
    fake.select("Sheet1!E5");
    await actions.insertFigure(fixtureDataset(), "dhs-currency-seized-fy2023", "value");
    expect(await actions.readSelection(fixtureDataset())).toMatchObject({
      address: "Sheet1!E5",
      recordId: "dhs-currency-seized-fy2023",
      via: "figure",
      cellValue: 16000000,
    });
  });

  it("explains any POLICY formula: its result, or its error message and usage", async () => {
    const { fake, actions } = workbook("1.18", ["Sheet1", "Q4 data"]);
    fake.type("Sheet1!B1", 2022);
    fake.type("'Q4 data'!A1", "FY 2023x");
    fake.type("Sheet1!C1", '=POLICY.LOOKUP("overdose deaths", "CDC", B1)');
    fake.select("Sheet1!C1");
    expect(await actions.readSelection(fixtureDataset())).toMatchObject({
      recordId: "us-overdose-deaths-2022",
      via: "formula",
      formula: { result: { kind: "value", value: 107000 } },
    });
    fake.type("Sheet1!C2", "=POLICY.LOOKUP(\"pill presses\", , 'Q4 data'!$A$1)");
    fake.select("Sheet1!C2");
    expect(await actions.readSelection(fixtureDataset())).toMatchObject({
      address: "Sheet1!C2",
      recordId: null,
      via: "formula",
      formula: {
        usage: "POLICY.LOOKUP(metric_or_text, [actor], [period], [field])",
        result: {
          kind: "error",
          code: "#VALUE!",
          message: expect.stringMatching(/^Argument period "FY 2023x" is not valid/),
        },
      },
    });
    fake.type("Sheet1!C3", '=POLICY.LOOKUP("pill presses", , B1)');
    fake.select("Sheet1!C3");
    const overlap = await actions.readSelection(fixtureDataset());
    expect(overlap.formula?.result).toMatchObject({
      code: "#N/A",
      message: expect.stringMatching(/its period Oct 2022 to Sep 2023 is not inside 2022/),
    });
  });

  it("explains a POLICY formula from the index an indexer gives for its call and arguments, as from the dataset", async () => {
    const { fake, actions } = workbook("1.18", ["Sheet1", "Q4 data"]);
    const dataset = fixtureDataset();
    fake.type("Sheet1!B1", 2022);
    fake.type("Sheet1!C1", '=POLICY.LOOKUP("overdose deaths", "CDC", B1)');
    fake.type("Sheet1!C2", '=POLICY.VALUE("us-overdose-deaths-2022")');
    fake.type("Sheet1!C3", "=POLICY.NOPE(1)");
    const asked: unknown[] = [];
    const indexer: FormulaIndexer = async (call, args) => {
      asked.push([call.name, args]);
      return buildIndex(dataset);
    };
    for (const at of ["Sheet1!C1", "Sheet1!C2"]) {
      fake.select(at);
      expect(await actions.readSelection(indexer)).toEqual(await actions.readSelection(dataset));
    }
    expect(asked).toEqual([
      ["LOOKUP", ["overdose deaths", "CDC", 2022]],
      ["VALUE", ["us-overdose-deaths-2022"]],
    ]);
    // A call that is no POLICY function is explained without asking for an index.
    fake.select("Sheet1!C3");
    expect(await actions.readSelection(indexer)).toMatchObject({
      formula: { result: { code: "#NAME?" } },
      datasetVersion: null,
    });
    expect(asked).toHaveLength(2);
  });

  it("says a cell is not ours", async () => {
    const { fake, actions } = workbook();
    fake.type("Sheet1!A1", "hello");
    expect(await actions.readSelection(fixtureDataset())).toEqual({
      address: "Sheet1!A1",
      cellValue: "hello",
      ...NONE,
    });
    fake.select("Sheet1!B2");
    expect(await actions.readSelection(fixtureDataset())).toEqual({
      address: "Sheet1!B2",
      cellValue: null,
      ...NONE,
    });
  });
});
