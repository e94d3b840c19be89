import { z } from "zod";
import {
  Category,
  EventKind,
  IsoDate,
  Period,
  Precision,
  Qualifier,
  SOURCE_KINDS,
  Slug,
  Unit,
  DocId,
  WebUrl,
} from "./schema";

/**
 * The format of seeds/annotations/<doc>.yaml: what a person decides about one document.
 * Values and dates are also extracted from the quoted text by the build, which fails when the
 * two disagree; the annotation adds the meaning an extractor cannot know.
 */

/** Locates text in the document: the quote must occur exactly once, or at `occurrence` (1-based). */
const Located = {
  quote: z.string().min(1),
  occurrence: z.number().int().positive().optional(),
  /**
   * The mention inside the quote that carries the value or date, as the extractor prints its
   * text (e.g. "over 43,000 pounds"), when the quote holds more than one.
   */
  mention: z.string().min(1).optional(),
  /** Which occurrence of `mention` inside the quote (1-based). */
  mentionOccurrence: z.number().int().positive().optional(),
  /** Dataset tables this record is a row of. */
  tables: z.array(Slug).default([]),
};

/** Why the annotation holds a field the extractor reads differently: a sentence, not a word. */
const OverrideReason = z
  .string()
  .min(10, "an override needs a reason of at least 10 characters saying what the text means");

/**
 * Fields the annotation states against the extractor, each with the reason: the build keeps
 * the annotated value, lists the override in coverage.json, and flags it as stale once the
 * extractor reads the same.
 */
export const FigureOverrides = z
  .object({
    value: OverrideReason,
    unit: OverrideReason,
    qualifier: OverrideReason,
    period: OverrideReason,
  })
  .partial()
  .strict();

export const EventOverrides = z
  .object({ date: OverrideReason, precision: OverrideReason, relative: OverrideReason })
  .partial()
  .strict();

/**
 * The id of a record (in any document) that states the same fact: this record joins its fact,
 * so linking a new document needs no edit to the other document's annotation.
 */
const SameAs = Slug.optional();

export const FigureAnnotation = z
  .object({
    id: Slug,
    ...Located,
    value: z.number().finite(),
    unit: Unit,
    qualifier: Qualifier,
    metric: z.string().min(1),
    category: Category,
    actor: z.string().min(1).nullable(),
    place: z.string().min(1).nullable(),
    period: Period,
    fact: Slug.nullable().default(null),
    sameAs: SameAs,
    note: z.string().nullable().default(null),
    overrides: FigureOverrides.optional(),
  })
  .strict();

export const EventAnnotation = z
  .object({
    id: Slug,
    ...Located,
    date: IsoDate.nullable(),
    precision: Precision.nullable(),
    relative: z.boolean().default(false),
    dateNote: z.string().nullable().default(null),
    kind: EventKind,
    category: Category,
    title: z.string().min(1),
    parties: z.array(z.string().min(1)),
    place: z.string().min(1).nullable(),
    fact: Slug.nullable().default(null),
    sameAs: SameAs,
    overrides: EventOverrides.optional(),
  })
  .strict();

/** A mention that is deliberately not in the dataset, and why (page number, law name, ...). */
export const Dismissal = z
  .object({
    /** The mention's text as the extractor prints it. */
    mention: z.string().min(1),
    /** 1-based occurrence among mentions with this text; omit with `all: true`. */
    occurrence: z.number().int().positive().optional(),
    all: z.boolean().optional(),
    reason: z.string().min(3),
  })
  .strict();

export const SourceAnnotation = z
  .object({
    /** Null for a document without a title (a social post), with titleNote saying why. */
    title: z.string().min(1).nullable(),
    titleNote: z.string().nullable().default(null),
    publisher: z.string().min(1).nullable(),
    publisherNote: z.string().nullable().default(null),
    author: z.string().min(1).nullable().default(null),
    published: IsoDate.nullable(),
    publishedNote: z.string().nullable().default(null),
    kind: z.enum(SOURCE_KINDS),
    url: WebUrl.nullable().default(null),
    /** Why url is null (the document states none), or where the address was read. */
    urlNote: z.string().min(1).nullable().default(null),
    /** Where the text was read when it is a copy, not the original at `url` (archive, mirror). */
    retrievedFrom: WebUrl.nullable().default(null),
    rights: z.string().min(1).nullable().default(null),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.title === null && !s.titleNote)
      ctx.addIssue({
        code: "custom",
        path: ["titleNote"],
        message: "a null title needs a titleNote saying why (e.g. a social post has none)",
      });
  });

export const DocumentAnnotation = z
  .object({
    doc: DocId,
    source: SourceAnnotation,
    figures: z.array(FigureAnnotation).default([]),
    events: z.array(EventAnnotation).default([]),
    dismissed: z.array(Dismissal).default([]),
  })
  .strict();

export type FigureAnnotation = z.infer<typeof FigureAnnotation>;
export type EventAnnotation = z.infer<typeof EventAnnotation>;
export type Dismissal = z.infer<typeof Dismissal>;
export type FigureOverrides = z.infer<typeof FigureOverrides>;
export type EventOverrides = z.infer<typeof EventOverrides>;
export type SourceAnnotation = z.infer<typeof SourceAnnotation>;
export type DocumentAnnotation = z.infer<typeof DocumentAnnotation>;
