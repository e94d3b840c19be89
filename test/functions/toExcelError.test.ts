import { PolicyError, type PolicyErrorCode } from "../../src/core/errors";
import {
  excelError,
  FunctionErrorValue,
  toExcelError,
  toExcelErrorMatrix,
} from "../../src/functions/toExcelError";
import { readFileSync } from "node:fs";
import { CustomFunctionsError, ErrorCode, installCustomFunctions } from "./customFunctionsGlobal";

describe("toExcelError with the Excel runtime", () => {
  const runtime = installCustomFunctions();
  afterAll(() => runtime.uninstall());

  it.each<[PolicyErrorCode, string]>([
    ["unknown_id", "#N/A"],
    ["ambiguous", "#N/A"],
    ["no_value", "#N/A"],
    ["not_loaded", "#N/A"],
    ["fetch_failed", "#N/A"],
    ["not_supported", "#N/A"],
    ["bad_argument", "#VALUE!"],
    ["invalid_dataset", "#VALUE!"],
    ["workbook_conflict", "#VALUE!"],
  ])("maps %s to %s with the message", async (code, excel) => {
    const result = await toExcelError(() => {
      throw new PolicyError(code, `problem ${code}`);
    });
    expect(result).toEqual(new CustomFunctionsError(excel as "#N/A", `problem ${code}`));
  });
  it("turns an unexpected exception or rejection into #VALUE! with its message", async () => {
    expect(
      await toExcelError(() => {
        throw new TypeError("x is undefined");
      }),
    ).toEqual(new CustomFunctionsError("#VALUE!", "Unexpected error: x is undefined"));
    expect(await toExcelError(() => Promise.reject("boom"))).toEqual(
      new CustomFunctionsError("#VALUE!", "Unexpected error: boom"),
    );
  });
  it("returns the value when nothing fails", async () => {
    expect(await toExcelError(() => 5)).toBe(5);
    expect(await toExcelErrorMatrix(async () => [[1, 2]])).toEqual([[1, 2]]);
  });
  it("returns a spilling function's error as a 1x1 array", async () => {
    expect(
      await toExcelErrorMatrix(() => {
        throw new PolicyError("unknown_id", "no table");
      }),
    ).toEqual([[new CustomFunctionsError("#N/A", "no table")]]);
  });
  it("cuts a very long message, keeping its start", () => {
    const error = excelError(new PolicyError("bad_argument", "x".repeat(5000)));
    expect(error.message).toHaveLength(1000);
    expect(error.message!.endsWith("…")).toBe(true);
  });
});

describe("toExcelError outside Excel", () => {
  it("returns an error value instead of throwing when CustomFunctions.Error is missing", async () => {
    const holder = globalThis as { CustomFunctions?: unknown };
    holder.CustomFunctions = { associate: () => {} }; // what office.js defines outside Excel
    try {
      const result = await toExcelError(() => {
        throw new PolicyError("unknown_id", "nope");
      });
      expect(result).toEqual(new FunctionErrorValue("#N/A", "nope"));
    } finally {
      delete holder.CustomFunctions;
    }
    expect(excelError(new PolicyError("bad_argument", "b"))).toEqual(
      new FunctionErrorValue("#VALUE!", "b"),
    );
  });
});

describe("the test runtime", () => {
  it("has the ErrorCode members and values of @types/custom-functions-runtime", () => {
    const types = readFileSync(
      require.resolve("@types/custom-functions-runtime/index.d.ts"),
      "utf8",
    );
    const declared = Object.fromEntries(
      [...types.matchAll(/^\s*(\w+) = "(#[^"]+)"/gm)].map((m) => [m[1], m[2]]),
    );
    expect(declared).toEqual(ErrorCode);
  });
});
