import { badArgument } from "../errors";

/**
 * Excel hands custom functions whatever is in the cell: numbers, booleans, blanks (null),
 * ranges (2-D arrays), error values. These guards turn anything but the expected type into a
 * "bad_argument" PolicyError that says what would be valid.
 */

/** Longest text argument read; longer input is refused rather than scanned. */
export const MAX_TEXT = 10_000;

/** A required text argument, trimmed; empty, numbers, booleans, ranges and errors are refused. */
export function requireText(name: string, value: unknown, valid: string): string {
  if (typeof value !== "string" || value.trim() === "" || value.length > MAX_TEXT) {
    throw badArgument(name, value, valid);
  }
  return value.trim();
}

/** An optional text argument: omitted or blank gives undefined. */
export function optionalText(name: string, value: unknown, valid: string): string | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value === "string" && value.trim() === "") return undefined;
  return requireText(name, value, valid);
}

/** An optional whole number in [min, max]: omitted or blank gives the fallback. */
export function optionalCount(
  name: string,
  value: unknown,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined || value === null || value === "") return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw badArgument(name, value, `a whole number from ${min} to ${max}`);
  }
  return value;
}
