import type { Event, Figure } from "../dataset/schema";

/** The fields of the sentence a record comes from and its document, for figures and events. */
const SOURCE_FIELDS = [
  "doc",
  "quote",
  "source_title",
  "source_publisher",
  "source_author",
  "source_date",
  "source_kind",
  "url",
  "rights",
  "citation",
] as const;

/**
 * The names POLICY.FIELD accepts. Spaces and hyphens count as underscores and case is ignored,
 * so "Source title" names source_title.
 */
export const FIGURE_FIELDS = [
  "id",
  "type",
  "value",
  "unit",
  "qualifier",
  "metric",
  "what",
  "category",
  "actor",
  "place",
  "period",
  "period_start",
  "period_end",
  "fact",
  "note",
  ...SOURCE_FIELDS,
] as const;

export const EVENT_FIELDS = [
  "id",
  "type",
  "date",
  "precision",
  "relative",
  "date_note",
  "kind",
  "title",
  "what",
  "category",
  "parties",
  "place",
  "fact",
  ...SOURCE_FIELDS,
] as const;

export type FigureField = (typeof FIGURE_FIELDS)[number];
export type EventField = (typeof EVENT_FIELDS)[number];
export type FieldName = FigureField | EventField;

export const ALL_FIELDS: readonly FieldName[] = [...new Set([...FIGURE_FIELDS, ...EVENT_FIELDS])];

/** Other spellings analysts type, mapped to the field they mean. */
const ALIASES: Record<string, FieldName> = {
  source: "citation",
  publisher: "source_publisher",
  author: "source_author",
  published: "source_date",
  title_of_source: "source_title",
  start: "period_start",
  end: "period_end",
  sentence: "quote",
  document: "doc",
  qualifier_text: "qualifier",
  record_type: "type",
  source_url: "url",
};

/** The canonical field name for what an analyst typed, or undefined. */
export function normalizeField(name: string): FieldName | undefined {
  const key = name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
  if ((ALL_FIELDS as readonly string[]).includes(key)) return key as FieldName;
  return Object.hasOwn(ALIASES, key) ? ALIASES[key] : undefined;
}

export type FigureOrEvent = { type: "figure"; record: Figure } | { type: "event"; record: Event };
