import { badArgument, PolicyError } from "../errors";
import { excelValue } from "../layout/excelValue";
import type { LookupIndex } from "./buildIndex";
import { citation } from "./citation";
import {
  EVENT_FIELDS,
  FIGURE_FIELDS,
  normalizeField,
  type FieldName,
  type FigureOrEvent,
} from "./fields";

export type FieldValue = string | number | boolean;

/**
 * One field of a figure or event, by the name an analyst typed. A field the record does not
 * have is a "bad_argument" listing the valid ones; a field that is null in the dataset is a
 * "no_value" error saying so (and why, for an undated event), never an empty string that could
 * pass for data.
 */
export function readField(index: LookupIndex, found: FigureOrEvent, typed: string): FieldValue {
  const valid = found.type === "figure" ? FIGURE_FIELDS : EVENT_FIELDS;
  const field = normalizeField(typed);
  if (!field || !(valid as readonly string[]).includes(field)) {
    throw badArgument("field", typed, `one of the ${found.type} fields: ${valid.join(", ")}`);
  }
  const value = rawField(index, found, field);
  if (value === null || value === undefined || value === "") {
    const why =
      found.type === "event" && field === "date" && found.record.dateNote
        ? ` (${found.record.dateNote})`
        : "";
    throw new PolicyError(
      "no_value",
      `The ${found.type} "${found.record.id}" has no ${field.replace(/_/g, " ")} in the dataset${why}.`,
    );
  }
  return value;
}

function rawField(
  index: LookupIndex,
  found: FigureOrEvent,
  field: FieldName,
): FieldValue | null | undefined {
  const r = found.record;
  const source = index.sources.get(r.source.doc);
  switch (field) {
    case "id":
      return r.id;
    case "type":
      return found.type;
    case "category":
      return r.category;
    case "place":
      return r.place;
    case "fact":
      return r.fact;
    case "doc":
      return r.source.doc;
    case "quote":
      return r.source.quote;
    case "source_title":
      return source?.title;
    case "source_publisher":
      return source?.publisher;
    case "source_author":
      return source?.author;
    case "source_date":
      return source?.published;
    case "source_kind":
      return source?.kind;
    case "url":
      return source?.url;
    case "rights":
      return source?.rights;
    case "citation":
      return source && citation(source);
  }
  if (found.type === "figure") {
    const f = found.record;
    switch (field) {
      case "value":
        return excelValue(f);
      case "unit":
        return f.unit;
      case "qualifier":
        return f.qualifier;
      case "metric":
      case "what":
        return f.metric;
      case "actor":
        return f.actor;
      case "period":
        return f.period.text;
      case "period_start":
        return f.period.start;
      case "period_end":
        return f.period.end;
      case "note":
        return f.note;
    }
  } else {
    const e = found.record;
    switch (field) {
      case "date":
        return e.date;
      case "precision":
        return e.precision;
      case "relative":
        return e.relative;
      case "date_note":
        return e.dateNote;
      case "kind":
        return e.kind;
      case "title":
      case "what":
        return e.title;
      case "parties":
        return e.parties.join("; ");
    }
  }
  return undefined;
}
