import { columnValue, type CellValue } from "./columnValue";
import { shownConflictSides } from "./conflictSides";
import { codeLabel, displayQuote, isCodedKey, isQuoteKey } from "./displayText";
import { multipleLabel } from "./multipleLabel";
import { alsoReportedBy } from "./restatements";
import type { Dataset, Figure, Source } from "./schema";

/** Column keys computed from the whole dataset rather than read from the record. */
export const DERIVED_KEYS = ["alsoReportedBy"] as const;

/**
 * The value a table column holds for one record, as programs read it (CSV): a dot path into
 * the record, `*` fanning out over a list one line per element ("sides.*.doc"), and
 * `source.<field>` reaching the record's document when the reference lacks the field
 * ("source.title"); `alsoReportedBy` names the other statements of a figure's fact. Codes stay codes, quotes stay exact. Null when the path reaches nothing.
 * @example recordCell(dataset, figure, "source.title") // "U.S. Efforts in Disrupting ..."
 */
export function recordCell(dataset: Dataset, record: object, key: string): CellValue {
  if (key === "alsoReportedBy")
    return "fact" in record && "value" in record ? alsoReportedBy(dataset, record as Figure) : null;
  const ref = (record as { source?: Record<string, unknown> }).source;
  if (key.startsWith("source.") && ref && typeof ref.doc === "string") {
    const field = key.slice("source.".length);
    if (!(field in ref)) {
      const doc = sourceById(dataset.sources).get(ref.doc);
      return doc ? columnValue(doc, field) : null;
    }
  }
  return columnValue(record, key);
}

const sourceMaps = new WeakMap<readonly Source[], Map<string, Source>>();

/** The sources by id, made once per sources array: a cell must not search every document. */
function sourceById(sources: readonly Source[]): Map<string, Source> {
  let byId = sourceMaps.get(sources);
  if (!byId) {
    byId = new Map(sources.map((s) => [s.id, s]));
    sourceMaps.set(sources, byId);
  }
  return byId;
}

/**
 * The value a table column shows people (pane preview, inserted and exported tables,
 * POLICY.TABLE): recordCell with codes as words ("more than", "pill presses"), a multiple's
 * unit saying what it multiplies ("times heroin's"), a conflict's sides as stated ("more than
 * 107,000 deaths", "Oct 2023"), and quotes in their display form (conversion markup removed).
 * @example shownCell(dataset, figure, "qualifier") // "more than"
 */
export function shownCell(dataset: Dataset, record: object, key: string): CellValue {
  if (key === "unit") {
    const label = multipleLabel(record);
    if (label) return label;
  }
  const sides = shownConflictSides(dataset, record, key);
  if (sides !== undefined) return sides;
  return shownForm(key, recordCell(dataset, record, key));
}

/** What people see for a value programs read in a column with this key. */
export function shownForm(key: string, value: CellValue): CellValue {
  if (typeof value !== "string") return value;
  if (isCodedKey(key)) return codeLabel(value);
  if (isQuoteKey(key)) return displayQuote(value);
  return value;
}
