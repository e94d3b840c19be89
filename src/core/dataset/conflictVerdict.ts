import { allowedRange } from "./findConflicts";
import type { Conflict, Figure } from "./schema";

/**
 * The badge a conflict shows, agreeing with its note: sides whose qualifiers allow one common
 * value ("more than 100,000" and "more than 107,000") are not shown as values that differ.
 * @example conflictVerdict(deathsConflict, figures) // "Qualifiers allow one value"
 */
export function conflictVerdict(
  conflict: Conflict,
  figures: ReadonlyMap<string, Figure>,
): "Dates differ" | "Units differ" | "Qualifiers allow one value" | "Values differ" {
  if (conflict.kind === "date") return "Dates differ";
  const sides = conflict.sides.map((s) => figures.get(s.ref)).filter((f): f is Figure => !!f);
  if (new Set(sides.map((f) => f.unit)).size > 1) return "Units differ";
  const lo = Math.max(...sides.map((f) => allowedRange(f.value, f.qualifier)[0]));
  const hi = Math.min(...sides.map((f) => allowedRange(f.value, f.qualifier)[1]));
  return sides.length > 1 && lo <= hi ? "Qualifiers allow one value" : "Values differ";
}
