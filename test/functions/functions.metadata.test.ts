import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { POLICY_USAGE } from "../../src/core/lookup/explainFormula";
import * as F from "../../src/functions/functions";

interface Parameter {
  name: string;
  type?: string;
  optional?: boolean;
  dimensionality?: string;
  description?: string;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
  options?: Record<string, boolean>;
}

let result: Awaited<ReturnType<typeof generateCustomFunctionsMetadata>>;
let functions: FunctionMetadata[];

beforeAll(async () => {
  result = await generateCustomFunctionsMetadata("src/functions/functions.ts");
  functions = result.metadataJson ? JSON.parse(result.metadataJson).functions : [];
});

const byId = (id: string) => {
  const found = functions.find((f) => f.id === id);
  if (!found) throw new Error(`functions.json has no ${id}; it has ${functions.map((f) => f.id)}`);
  return found;
};
const signature = (id: string) =>
  byId(id).parameters.map((p) => `${p.name}:${p.type}${p.optional ? "?" : ""}`);

describe("functions.json generated from the JSDoc", () => {
  it("has no errors", () => {
    expect(result.errors).toEqual([]);
  });
  it("declares the POLICY functions by name, in order", () => {
    expect(functions.map((f) => [f.id, f.name])).toEqual(
      [
        "VALUE",
        "LOOKUP",
        "DATE",
        "FIELD",
        "SOURCE",
        "QUOTE",
        "TABLE",
        "SEARCH",
        "VERSION",
        "CARD",
      ].map((n) => [n, n]),
    );
  });
  it("declares parameter names, types and optional parameters", () => {
    expect(signature("VALUE")).toEqual(["id:string"]);
    expect(signature("LOOKUP")).toEqual([
      "metric_or_text:string",
      "actor:string?",
      "period:any?",
      "field:string?",
    ]);
    expect(signature("DATE")).toEqual(["id:string", "part:string?"]);
    expect(signature("FIELD")).toEqual(["id:string", "field:string"]);
    expect(signature("SOURCE")).toEqual(["id:string", "style:string?"]);
    expect(signature("QUOTE")).toEqual(["id:string"]);
    expect(signature("TABLE")).toEqual(["table_id:string", "columns:string?", "filter:string?"]);
    expect(signature("SEARCH")).toEqual(["text:string", "max:number?"]);
    expect(signature("VERSION")).toEqual(["part:string?"]);
    expect(signature("CARD")).toEqual(["id:string"]);
  });
  it("gives Trace the same arguments, in order and optionality, for every function", () => {
    // Trace runs the call a cell makes; a parameter it drops makes it explain another result.
    const traced = (usage: string) =>
      usage
        .slice(usage.indexOf("(") + 1, -1)
        .split(/,\s*(?![^[]*\])/)
        .filter((a) => a !== "")
        .map((a) => (a.startsWith("[") ? "optional" : "required"));
    for (const f of functions)
      expect([f.id, traced(POLICY_USAGE[f.id])]).toEqual([
        f.id,
        f.parameters.map((p) => (p.optional ? "optional" : "required")),
      ]);
  });
  it("takes every parameter as a single value, never a range", () => {
    for (const f of functions) {
      for (const p of f.parameters)
        expect([f.id, p.name, p.dimensionality]).toEqual([f.id, p.name, undefined]);
    }
  });
  it("marks TABLE and SEARCH as spilling matrices and the rest as scalars", () => {
    const dims = Object.fromEntries(
      functions.map((f) => [f.id, f.result.dimensionality ?? "scalar"]),
    );
    expect(dims).toEqual({
      VALUE: "scalar",
      LOOKUP: "scalar",
      DATE: "scalar",
      FIELD: "scalar",
      SOURCE: "scalar",
      QUOTE: "scalar",
      TABLE: "matrix",
      SEARCH: "matrix",
      VERSION: "scalar",
      CARD: "scalar",
    });
  });
  it("lets functions return errors and entity values (results of any type)", () => {
    expect(JSON.parse(result.metadataJson).allowCustomDataForDataTypeAny).toBe(true);
    for (const f of functions) expect([f.id, f.result.type]).toEqual([f.id, undefined]);
  });
  it("describes every function and parameter for the formula bar", () => {
    for (const f of functions) {
      expect([f.id, (f.description ?? "").length > 20]).toEqual([f.id, true]);
      for (const p of f.parameters)
        expect([f.id, p.name, Boolean(p.description)]).toEqual([f.id, p.name, true]);
    }
  });
  it("is neither volatile nor streaming: a refresh recalculates explicitly", () => {
    for (const f of functions) expect([f.id, f.options]).toEqual([f.id, undefined]);
  });
  it("associates every id with an exported function of functions.ts", () => {
    expect(result.associate.map((a) => a.id)).toEqual(functions.map((f) => f.id));
    for (const a of result.associate) {
      expect(typeof (F as Record<string, unknown>)[a.functionName]).toBe("function");
    }
  });
});
