/**
 * The part of the Excel custom-functions runtime that src/functions uses, as
 * @types/custom-functions-runtime declares it: the Error class (code + optional message), the
 * ErrorCode string enum, and associate (recorded, for registration tests).
 */
export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export class CustomFunctionsError {
  constructor(
    public code: (typeof ErrorCode)[keyof typeof ErrorCode],
    public message?: string,
  ) {}
}

export interface InstalledRuntime {
  associated: Map<string, unknown>;
  uninstall(): void;
}

/** Defines globalThis.CustomFunctions for a test; call uninstall() in afterAll. */
export function installCustomFunctions(): InstalledRuntime {
  const holder = globalThis as { CustomFunctions?: unknown };
  const previous = holder.CustomFunctions;
  const associated = new Map<string, unknown>();
  holder.CustomFunctions = {
    Error: CustomFunctionsError,
    ErrorCode,
    associate(id: string | Record<string, unknown>, fn?: unknown) {
      if (typeof id === "string") associated.set(id.toUpperCase(), fn);
      else for (const [k, f] of Object.entries(id)) associated.set(k.toUpperCase(), f);
    },
  };
  return {
    associated,
    uninstall: () => {
      holder.CustomFunctions = previous;
    },
  };
}

/** The error a custom function returned, or a failure naming what came back instead. */
export function asError(result: unknown): CustomFunctionsError {
  if (result instanceof CustomFunctionsError) return result;
  if (
    Array.isArray(result) &&
    result.length === 1 &&
    result[0]?.[0] instanceof CustomFunctionsError
  )
    return result[0][0];
  throw new Error(`expected a CustomFunctions.Error, got ${JSON.stringify(result)}`);
}
