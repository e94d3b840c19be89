import { badArgument, PolicyError } from "../errors";
import { optionalCount, optionalText, requireText } from "./arguments";
import type { LookupIndex } from "./buildIndex";
import { citation, CITATION_STYLES, type CitationStyle } from "./citation";
import { cardCellValue, type EntityCard } from "./entityCard";
import { excelNumber, excelValue } from "../layout/excelValue";
import { dateText } from "../layout/dateDisplay";
import { excelDateSerial } from "./excelDate";
import { findFigure, findRecord } from "./findFigure";
import { lookupByMeaning, type MeaningQuery } from "./lookupByMeaning";
import { PERIOD_FORMS } from "./periodArgument";
import { readField, type FieldValue } from "./readField";
import { capTable } from "./resultCap";
import { searchRecords, type SearchQuery } from "./searchRecords";
import { tableArray, type TableCell } from "./tableArray";

/**
 * What each POLICY.* function computes, given the index and the raw arguments Excel passed.
 * Every function returns a cell value or throws a PolicyError; src/functions turns those into
 * CustomFunctions.Error. Arguments are `unknown` because Excel passes whatever the cell holds.
 */

const ID = 'a figure or event id (text), e.g. "us-overdose-deaths-2022"';
const TABLE_ID = 'a table id (text), e.g. "sanctions"';

/** Columns of POLICY.SEARCH, first row of its result. */
export const SEARCH_HEADER = ["Id", "Value", "Unit", "What", "Source"] as const;
/** Most rows POLICY.SEARCH returns; the default is 20. */
export const SEARCH_MAX = 500;

const DATE_PARTS = ["date", "start", "end", "source_date"] as const;
const VERSION_PARTS = ["version", "hash", "schema", "extractor"] as const;

export const policyFormulas = {
  value(index: LookupIndex, id: unknown): number {
    return excelValue(
      findFigure(index, requireText("id", id, `a figure id (text), e.g. "${firstFigure(index)}"`)),
    );
  },

  lookup(
    index: LookupIndex,
    text: unknown,
    actor?: unknown,
    period?: unknown,
    field?: unknown,
  ): FieldValue {
    const figure = lookupByMeaning(index, meaningQuery(text, actor, period));
    const name = optionalText("field", field, "a field name such as value, unit or quote");
    return name ? readField(index, { type: "figure", record: figure }, name) : excelValue(figure);
  },

  date(index: LookupIndex, id: unknown, part?: unknown): number {
    const found = findRecord(index, requireText("id", id, ID));
    const typed = optionalText("part", part, DATE_PARTS.join(", "));
    const which = typed?.toLowerCase().replace(/[\s-]+/g, "_");
    if (which !== undefined && !(DATE_PARTS as readonly string[]).includes(which)) {
      throw badArgument("part", typed, `one of ${DATE_PARTS.join(", ")}`);
    }
    const label = `The ${found.type} "${found.record.id}"`;
    let iso: string | null;
    let bound: "first" | "last" = "first";
    if (which === "source_date") {
      iso = index.sources.get(found.record.source.doc)?.published ?? null;
    } else if (found.type === "event") {
      if (which === "start" || which === "end") {
        throw badArgument(
          "part",
          typed,
          `"date" or "source_date" for the event "${found.record.id}"`,
        );
      }
      iso = found.record.date;
      if (iso === null) {
        throw new PolicyError(
          "no_value",
          `${label} has no date in the dataset (${found.record.dateNote}).`,
        );
      }
    } else {
      if (which !== "start" && which !== "end") {
        throw badArgument(
          "part",
          typed,
          `"start" or "end" for the figure "${found.record.id}", whose period is "${found.record.period.text ?? "not stated"}"`,
        );
      }
      iso = which === "start" ? found.record.period.start : found.record.period.end;
      bound = which === "end" ? "last" : "first";
    }
    if (iso === null) {
      throw new PolicyError(
        "no_value",
        `${label} has no ${which?.replace("_", " ")} in the dataset.`,
      );
    }
    return excelDateSerial(iso, bound);
  },

  field(index: LookupIndex, id: unknown, field: unknown): FieldValue {
    const found = findRecord(index, requireText("id", id, ID));
    return readField(
      index,
      found,
      requireText("field", field, "a field name such as unit, quote or source_title"),
    );
  },

  source(index: LookupIndex, id: unknown, style?: unknown): string {
    const example = index.dataset.sources[0]?.id;
    const typed = requireText(
      "id",
      id,
      `${ID}, or a source id` + (example ? ` such as "${example}"` : ""),
    );
    const styleText = optionalText("style", style, CITATION_STYLES.join(", "))?.toLowerCase();
    if (styleText !== undefined && !(CITATION_STYLES as readonly string[]).includes(styleText))
      throw badArgument("style", styleText, `a citation style: ${CITATION_STYLES.join(", ")}`);
    const chosen = (styleText ?? "plain") as CitationStyle;
    const direct = index.sources.get(typed.toLowerCase());
    if (direct) return citation(direct, chosen);
    const found = findRecord(index, typed);
    const doc = index.sources.get(found.record.source.doc);
    // parseDataset guarantees every record names one of the dataset's sources.
    if (!doc) return readField(index, found, "citation") as string;
    return citation(doc, chosen);
  },

  quote(index: LookupIndex, id: unknown): string {
    return findRecord(index, requireText("id", id, ID)).record.source.quote;
  },

  table(index: LookupIndex, tableId: unknown, columns?: unknown, filter?: unknown): TableCell[][] {
    const id = requireText("table_id", tableId, TABLE_ID);
    const rows = tableArray(index, id, {
      columns: optionalText("columns", columns, 'column keys or titles, e.g. "metric,value,unit"'),
      filter: optionalText("filter", filter, 'a filter such as "value >= 100"'),
    });
    return capTable(index, id, rows);
  },

  search(index: LookupIndex, text: unknown, max?: unknown): TableCell[][] {
    const query = searchQuery(text, max);
    const hits = searchRecords(index, query);
    if (hits.length === 0) {
      throw new PolicyError(
        "unknown_id",
        `No figure or event matches "${query.text.slice(0, 60)}". Try fewer or shorter words.`,
      );
    }
    return [
      [...SEARCH_HEADER],
      ...hits.map((h) => [
        h.id,
        h.value === null ? (h.date ? dateText(h.date) : "") : excelNumber(h.value, h.unit),
        h.unit ?? "date",
        h.what,
        h.source,
      ]),
    ];
  },

  version(index: LookupIndex, part?: unknown): string | number {
    const d = index.dataset;
    const typed = optionalText("part", part, VERSION_PARTS.join(", "));
    switch (typed?.toLowerCase()) {
      case undefined:
        return `${d.version} (sha ${d.contentHash.slice(0, 8)})`;
      case "version":
        return d.version;
      case "hash":
        return d.contentHash;
      case "schema":
        return d.schemaVersion;
      case "extractor":
        return d.generatedFrom.extractor;
    }
    throw badArgument("part", typed, `one of ${VERSION_PARTS.join(", ")}`);
  },

  card(index: LookupIndex, id: unknown, entitiesSupported: boolean): EntityCard | number | string {
    return cardCellValue(index, requireText("id", id, ID), entitiesSupported);
  },
};

/**
 * SEARCH's arguments as Excel passed them, checked: the query its hits are the first `max` of
 * (20 by default). A wrong type or count is a "bad_argument" error.
 */
export function searchQuery(text: unknown, max?: unknown): SearchQuery & { max: number } {
  return {
    text: requireText("text", text, 'words to search for, e.g. "pill presses"'),
    max: optionalCount("max", max, 20, 1, SEARCH_MAX),
  };
}

/** LOOKUP's arguments as Excel passed them, checked; a wrong type is a "bad_argument" error. */
export function meaningQuery(text: unknown, actor?: unknown, period?: unknown): MeaningQuery {
  return {
    text: requireText("metric_or_text", text, 'words of a metric, e.g. "persons sanctioned"'),
    actor: optionalText("actor", actor, 'an actor as text, e.g. "OFAC", "CBP" or "US Treasury"'),
    period: optionalPeriod(period),
  };
}

/** LOOKUP's period as Excel passed it: text or a number (a year, or a date cell's serial). */
function optionalPeriod(period: unknown): string | number | undefined {
  if (typeof period === "number") return period;
  return optionalText("period", period, PERIOD_FORMS);
}

function firstFigure(index: LookupIndex): string {
  return index.figureIds[0] ?? "us-overdose-deaths-2022";
}
