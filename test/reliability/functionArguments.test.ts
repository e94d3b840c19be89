import fc from "fast-check";
import * as F from "../../src/functions/functions";
import { configureRuntimeDataset, resetRuntimeDataset } from "../../src/functions/runtimeDataset";
import { fixtureDataset } from "../fixtures/fixtureDataset";
import { CustomFunctionsError, installCustomFunctions } from "../functions/customFunctionsGlobal";
import { fcOptions } from "./fcOptions";

/**
 * Every POLICY function, 1,000 calls each with arguments of every type Excel can pass (empty,
 * numbers where ids go, booleans, arrays from ranges, error values from other cells, huge
 * text, NaN): an Excel error value with a message, or a value, never a thrown exception.
 */
const runtime = installCustomFunctions();
afterAll(() => runtime.uninstall());
beforeAll(() => {
  resetRuntimeDataset();
  const dataset = fixtureDataset();
  configureRuntimeDataset({
    fetch: async () => ({ ok: true, status: 200, statusText: "OK", json: async () => dataset }),
    recalculate: async () => {},
  });
});

type Fn = (...args: unknown[]) => Promise<unknown>;
const FUNCTIONS: [string, Fn, number][] = [
  ["VALUE", F.value as Fn, 1],
  ["LOOKUP", F.lookup as Fn, 4],
  ["DATE", F.date as Fn, 2],
  ["FIELD", F.field as Fn, 2],
  ["SOURCE", F.source as Fn, 1],
  ["QUOTE", F.quote as Fn, 1],
  ["TABLE", F.table as Fn, 3],
  ["SEARCH", F.search as Fn, 2],
  ["VERSION", F.version as Fn, 1],
  ["CARD", F.card as Fn, 1],
];

const bad = fc.oneof(
  fc.constantFrom(undefined, null, "", " ", "\t", NaN, Infinity, -Infinity, 0, -1, true, false),
  fc.double(),
  fc.integer(),
  fc.array(fc.oneof(fc.string(), fc.double(), fc.boolean()), { maxLength: 3 }),
  fc.array(fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null)), { maxLength: 3 }), {
    maxLength: 3,
  }),
  fc.object({ maxDepth: 1 }),
  fc
    .constantFrom("#N/A", "#VALUE!", "#REF!", "#DIV/0!")
    .map((code) => new CustomFunctionsError(code as "#N/A", "an error in the argument cell")),
  fc.nat(50).map((n) => "=".repeat(1 + n) + "x".repeat(40_000)),
  fc.string({ maxLength: 40 }),
);

const errorIn = (result: unknown): CustomFunctionsError | undefined =>
  result instanceof CustomFunctionsError
    ? result
    : Array.isArray(result) && result[0]?.[0] instanceof CustomFunctionsError
      ? result[0][0]
      : undefined;

const isPlainValue = (r: unknown): boolean =>
  typeof r === "string" ||
  (typeof r === "number" && Number.isFinite(r)) ||
  typeof r === "boolean" ||
  (Array.isArray(r) && r.every((row) => Array.isArray(row))) ||
  (typeof r === "object" && r !== null && (r as { type?: unknown }).type === "Entity");

describe.each(FUNCTIONS)("POLICY.%s with bad arguments", (name, fn, arity) => {
  it("returns a value or an Excel error with a message, never throws (1,000 cases)", async () => {
    let errors = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(bad, { minLength: 0, maxLength: arity }), async (args) => {
        let result: unknown;
        let thrown: unknown;
        try {
          result = await fn(...args);
        } catch (e) {
          thrown = e;
        }
        expect(thrown).toBeUndefined();
        const error = errorIn(result);
        if (error) {
          errors++;
          expect(["#N/A", "#VALUE!"]).toContain(error.code);
          expect(error.message?.length ?? 0).toBeGreaterThan(10);
          expect(error.message!.length).toBeLessThanOrEqual(1000);
        } else expect(isPlainValue(result)).toBe(true);
      }),
      fcOptions(),
    );
    if (name !== "VERSION" && name !== "SEARCH") expect(errors).toBeGreaterThan(500);
  });
});
