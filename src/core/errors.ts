/** The one error type of the core: a code for programs, a message for people. */
export type PolicyErrorCode =
  | "unknown_id"
  | "ambiguous"
  | "bad_argument"
  | "invalid_dataset"
  | "not_loaded"
  | "fetch_failed"
  | "not_supported"
  | "no_value"
  | "workbook_conflict";

/**
 * The Excel error a POLICY function returns for each code: #N/A says "no such value", #VALUE!
 * "this input cannot work". Both carry the message.
 */
export const EXCEL_ERROR: Record<PolicyErrorCode, "#N/A" | "#VALUE!"> = {
  unknown_id: "#N/A",
  ambiguous: "#N/A",
  no_value: "#N/A",
  not_loaded: "#N/A",
  fetch_failed: "#N/A",
  not_supported: "#N/A",
  bad_argument: "#VALUE!",
  invalid_dataset: "#VALUE!",
  workbook_conflict: "#VALUE!",
};

export class PolicyError extends Error {
  constructor(
    readonly code: PolicyErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "PolicyError";
  }
}

export const unknownId = (id: string, near: string[]) =>
  new PolicyError(
    "unknown_id",
    `No figure or event has id "${id}".` + (near.length ? ` Did you mean ${near.join(", ")}?` : ""),
  );

export const badArgument = (name: string, got: unknown, valid: string) =>
  new PolicyError(
    "bad_argument",
    `Argument ${name} ${describe(got)} is not valid: expected ${valid}.`,
  );

export const invalidDataset = (where: string, problem: string) =>
  new PolicyError("invalid_dataset", `Invalid dataset at ${where}: ${problem}`);

function describe(value: unknown): string {
  if (value === undefined || value === null || value === "") return "(empty)";
  if (typeof value === "string") return `"${value.length > 40 ? value.slice(0, 40) + "…" : value}"`;
  if (Array.isArray(value)) return "(a range or array)";
  if (typeof value === "object") return "(an error value or object)";
  return `(${typeof value} ${String(value)})`;
}

/** A message fit to show a person, whatever was thrown. */
export function userMessage(error: unknown): string {
  if (error instanceof PolicyError) return error.message;
  if (error instanceof Error) return `Unexpected error: ${error.message}`;
  return `Unexpected error: ${String(error)}`;
}
