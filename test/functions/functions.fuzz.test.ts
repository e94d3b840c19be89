import fc from "fast-check";
import * as F from "../../src/functions/functions";
import { configureRuntimeDataset, resetRuntimeDataset } from "../../src/functions/runtimeDataset";
import { fixtureDataset } from "../fixtures/fixtureDataset";
import { CustomFunctionsError, installCustomFunctions } from "./customFunctionsGlobal";
import { countingFetch } from "./datasetFetch";

const runtime = installCustomFunctions();
afterAll(() => runtime.uninstall());
beforeAll(() => {
  resetRuntimeDataset();
  configureRuntimeDataset({ fetch: countingFetch(fixtureDataset()), recalculate: async () => {} });
});

type AnyFunction = (...args: unknown[]) => Promise<unknown>;
const FUNCTIONS: Record<string, { fn: AnyFunction; arity: number }> = {
  VALUE: { fn: F.value as AnyFunction, arity: 1 },
  LOOKUP: { fn: F.lookup as AnyFunction, arity: 4 },
  DATE: { fn: F.date as AnyFunction, arity: 2 },
  FIELD: { fn: F.field as AnyFunction, arity: 2 },
  SOURCE: { fn: F.source as AnyFunction, arity: 1 },
  QUOTE: { fn: F.quote as AnyFunction, arity: 1 },
  TABLE: { fn: F.table as AnyFunction, arity: 3 },
  SEARCH: { fn: F.search as AnyFunction, arity: 2 },
  CARD: { fn: F.card as AnyFunction, arity: 1 },
};

/** What Excel can hand a text parameter that is not usable text. */
const badText = fc.oneof(
  fc.constantFrom(undefined, null, "", "   ", "\t\n", NaN, Infinity, -0, true, false),
  fc.double(),
  fc.integer(),
  fc.array(fc.anything(), { maxLength: 4 }),
  fc.array(fc.array(fc.oneof(fc.string(), fc.double(), fc.boolean()), { maxLength: 3 }), {
    maxLength: 3,
  }),
  fc.object(),
  fc.constant(new CustomFunctionsError("#N/A", "an error value in the argument cell")),
  fc.nat(100).map((n) => "x".repeat(10_001 + n)),
);

const anyArgument = fc.oneof(
  badText,
  fc.string(),
  fc.constantFrom("us-overdose-deaths-2022", "sanctions", "unit", "start"),
);

const errorOf = (result: unknown): CustomFunctionsError | undefined => {
  if (result instanceof CustomFunctionsError) return result;
  if (Array.isArray(result) && result[0]?.[0] instanceof CustomFunctionsError) return result[0][0];
  return undefined;
};

describe.each(Object.entries(FUNCTIONS))("POLICY.%s with bad arguments", (_name, { fn, arity }) => {
  it("returns #VALUE! naming what is valid when the first argument is not text", async () => {
    await fc.assert(
      fc.asyncProperty(
        badText,
        fc.array(anyArgument, { maxLength: arity - 1 }),
        async (first, rest) => {
          const result = await fn(first, ...rest);
          const error = errorOf(result);
          expect(error?.code).toBe("#VALUE!");
          expect(error?.message).toMatch(/^Argument \w+ .* is not valid: expected .+/s);
        },
      ),
      { numRuns: 150 },
    );
  });
  it("never throws and returns either a value or a CustomFunctions.Error, whatever it gets", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(anyArgument, { maxLength: arity }), async (args) => {
        let result: unknown;
        await expect(
          (async () => {
            result = await fn(...args);
          })(),
        ).resolves.toBeUndefined();
        const error = errorOf(result);
        if (error) {
          expect(["#N/A", "#VALUE!"]).toContain(error.code);
          expect(error.message?.length).toBeGreaterThan(10);
        } else {
          expect(result).not.toBeUndefined();
          expect(Number.isNaN(result)).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("POLICY.VERSION with bad arguments", () => {
  it("returns #VALUE! for any part that is not text, and never throws", async () => {
    await fc.assert(
      fc.asyncProperty(
        badText.filter(
          (v) => !(v === undefined || v === null || (typeof v === "string" && v.trim() === "")),
        ),
        async (part) => {
          expect(errorOf(await F.version(part as string))?.code).toBe("#VALUE!");
        },
      ),
      { numRuns: 100 },
    );
  });
});
