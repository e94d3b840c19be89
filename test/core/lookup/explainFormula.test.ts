import { buildIndex } from "../../../src/core/lookup/buildIndex";
import { explainPolicyFormula, parsePolicyCall } from "../../../src/core/lookup/explainFormula";
import { policyFormulas } from "../../../src/core/lookup/policyFormulas";
import { fixtureDataset } from "../../fixtures/fixtureDataset";

const index = buildIndex(fixtureDataset());
const explain = (formula: string, cells: Record<string, unknown> = {}) =>
  explainPolicyFormula(index, formula, new Map(Object.entries(cells)));

describe("parsePolicyCall", () => {
  it("reads literals, omitted arguments, references and expressions", () => {
    expect(parsePolicyCall('=POLICY.LOOKUP("pill ""presses""", , $B$2, 2023, TRUE)')).toEqual({
      name: "LOOKUP",
      args: [
        { kind: "value", value: 'pill "presses"' },
        { kind: "omitted" },
        { kind: "ref", address: "B2" },
        { kind: "value", value: 2023 },
        { kind: "value", value: true },
      ],
    });
    expect(parsePolicyCall("=2*policy.value('Data 1'!C3)")).toEqual({
      name: "VALUE",
      args: [{ kind: "ref", address: "'Data 1'!C3" }],
    });
    expect(parsePolicyCall('=POLICY.VALUE(CONCAT("a", "b"), 1)')!.args[0]).toEqual({
      kind: "expression",
      text: 'CONCAT("a", "b")',
    });
    expect(parsePolicyCall("=POLICY.VERSION()")).toEqual({ name: "VERSION", args: [] });
    expect(parsePolicyCall("=SUM(A1:A3)")).toBeNull();
    expect(parsePolicyCall('=POLICY.VALUE("a"')).toBeNull();
  });
});

describe("explainPolicyFormula", () => {
  it("gives the value and the record of a working call", () => {
    expect(explain('=POLICY.VALUE("dhs-currency-seized-fy2023")')).toEqual({
      formula: '=POLICY.VALUE("dhs-currency-seized-fy2023")',
      usage: "POLICY.VALUE(id)",
      result: { kind: "value", value: 16000000, shown: "16000000" },
      recordId: "dhs-currency-seized-fy2023",
    });
    expect(explain('=POLICY.LOOKUP("overdose deaths", "CDC", B1)', { B1: 2022 })).toMatchObject({
      result: { kind: "value", value: 107000 },
      recordId: "us-overdose-deaths-2022",
    });
  });

  it("gives the error code and message the desktop does not show, with the usage", () => {
    expect(explain('=POLICY.LOOKUP("seized", "DHS")')).toEqual({
      formula: '=POLICY.LOOKUP("seized", "DHS")',
      usage: "POLICY.LOOKUP(metric_or_text, [actor], [period], [field])",
      result: {
        kind: "error",
        code: "#N/A",
        message: expect.stringMatching(
          /^2 figures match "seized" with actor "DHS": dhs-pill-presses-seized-fy2023 .*; dhs-currency-seized-fy2023 /,
        ),
      },
      recordId: null,
    });
    expect(explain('=POLICY.LOOKUP("pill presses", , B1)', { B1: "FY 2023x" }).result).toEqual({
      kind: "error",
      code: "#VALUE!",
      message: expect.stringMatching(/^Argument period "FY 2023x" is not valid: expected a year/),
    });
    expect(explain("=POLICY.VALUE(42)").result).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/Argument id \(number 42\) is not valid/),
    });
  });

  it("reads an empty referenced cell as an omitted argument", () => {
    expect(explain('=POLICY.LOOKUP("pill presses", B1)', { B1: "" }).result).toMatchObject({
      kind: "value",
      value: 3600,
    });
  });

  it("names the functions for an unknown one, and says what it cannot evaluate", () => {
    expect(explain('=POLICY.VALU("x")').result).toEqual({
      kind: "error",
      code: "#NAME?",
      message: expect.stringMatching(
        /^POLICY\.VALU is not a Policy Tables function\. Functions: POLICY\.VALUE\(id\); POLICY\.LOOKUP/,
      ),
    });
    expect(explain('=POLICY.VALUE(LOWER("X"))').result).toEqual({
      kind: "unknown",
      message: expect.stringMatching(/^Trace cannot work out the argument LOWER\("X"\)/),
    });
  });

  it("cites in the style the SOURCE call names, and refuses a style the function refuses", () => {
    const id = "dhs-currency-seized-fy2023";
    const apa = explain(`=POLICY.SOURCE("${id}", "apa")`);
    expect(apa.usage).toBe('POLICY.SOURCE(id, ["plain" | "apa" | "chicago"])');
    expect(apa.result).toMatchObject({
      kind: "value",
      value: policyFormulas.source(index, id, "apa"),
    });
    expect(apa.result).not.toMatchObject({ value: policyFormulas.source(index, id) });
    expect(explain(`=POLICY.SOURCE("${id}", "mla")`).result).toEqual({
      kind: "error",
      code: "#VALUE!",
      message: 'Argument style "mla" is not valid: expected a citation style: plain, apa, chicago.',
    });
  });

  it("summarises a spilled table", () => {
    expect(explain('=POLICY.TABLE("seizures", "metric,value")').result).toMatchObject({
      kind: "value",
      shown: "a table of 3 rows (header first) and 2 columns",
    });
  });
});
