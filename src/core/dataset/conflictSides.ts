import { dateText } from "../layout/dateDisplay";
import type { CellValue } from "./columnValue";
import type { Conflict, Dataset, Figure } from "./schema";
import { statedValue } from "./statedValue";

const SIDE_KEYS = new Set(["sides.*.value", "sides.*.date"]);

/**
 * What a conflict's value and date columns show people, one line per side like the document
 * ids beside them: the value as its document states it, with qualifier and unit ("more than
 * 107,000 deaths", "68%": a bare 68 or 107000 does not say what it counts), the date at its
 * precision ("Oct 2023", as every other date is shown). Undefined for any other column or
 * record, so the caller reads the cell as usual; null when no side has one.
 * @example shownConflictSides(dataset, conflict, "sides.*.date") // "Oct 2023\nSep 2023"
 */
export function shownConflictSides(
  dataset: Dataset,
  record: object,
  key: string,
): CellValue | undefined {
  if (!SIDE_KEYS.has(key) || !("sides" in record) || !Array.isArray(record.sides)) return undefined;
  const sides = (record as Conflict).sides;
  const lines = sides.map((side) => {
    if (key === "sides.*.date") return side.date === null ? null : dateText(side.date);
    if (side.value === null) return null;
    const figure = figureById(dataset.figures).get(side.ref);
    return figure ? statedValue({ ...figure, value: side.value }) : String(side.value);
  });
  return lines.every((l) => l === null) ? null : lines.map((l) => l ?? "").join("\n");
}

const figureMaps = new WeakMap<readonly Figure[], Map<string, Figure>>();

/** The figures by id, made once per figures array: a cell must not search every figure. */
function figureById(figures: readonly Figure[]): Map<string, Figure> {
  let byId = figureMaps.get(figures);
  if (!byId) {
    byId = new Map(figures.map((f) => [f.id, f]));
    figureMaps.set(figures, byId);
  }
  return byId;
}
