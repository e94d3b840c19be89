import { EXCEL_ERROR, PolicyError, userMessage } from "../core/errors";

/** Excel truncates long error messages in its tooltip; keep the start, which names the problem. */
const MAX_MESSAGE = 1000;

/**
 * Stands in for CustomFunctions.Error where the runtime does not define it (office.js outside
 * Excel defines only CustomFunctions.associate), so a function still returns an error value
 * rather than throwing "CustomFunctions.Error is not a constructor".
 */
export class FunctionErrorValue {
  constructor(
    readonly code: "#N/A" | "#VALUE!",
    readonly message: string,
  ) {}
}

/** The CustomFunctions.Error for anything thrown: PolicyError by its code, the rest #VALUE!. */
export function excelError(error: unknown): CustomFunctions.Error {
  const code = error instanceof PolicyError ? EXCEL_ERROR[error.code] : "#VALUE!";
  const text = userMessage(error);
  const message = text.length > MAX_MESSAGE ? text.slice(0, MAX_MESSAGE - 1) + "…" : text;
  const runtime = typeof CustomFunctions === "undefined" ? undefined : CustomFunctions;
  if (typeof runtime?.Error === "function" && runtime.ErrorCode) {
    const errorCode =
      code === "#N/A" ? runtime.ErrorCode.notAvailable : runtime.ErrorCode.invalidValue;
    return new runtime.Error(errorCode, message);
  }
  return new FunctionErrorValue(code, message) as unknown as CustomFunctions.Error;
}

/**
 * Runs a computation and returns its value, or a CustomFunctions.Error in its place: Excel
 * shows a returned error in the cell with its message, and nothing escapes as an exception.
 */
export async function toExcelError<T>(
  compute: () => T | Promise<T>,
): Promise<T | CustomFunctions.Error> {
  try {
    return await compute();
  } catch (error) {
    return excelError(error);
  }
}

/** As toExcelError for spilling functions: an error is returned as a 1×1 array holding it. */
export async function toExcelErrorMatrix<T>(
  compute: () => T[][] | Promise<T[][]>,
): Promise<(T | CustomFunctions.Error)[][]> {
  try {
    return await compute();
  } catch (error) {
    return [[excelError(error)]];
  }
}
