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
    note: z.string().nullable().default(null),
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
    title: z.string().min(1),
    publisher: z.string().min(1).nullable(),
    publisherNote: z.string().nullable().default(null),
    author: z.string().min(1).nullable().default(null),
    published: IsoDate.nullable(),
    publishedNote: z.string().nullable().default(null),
    kind: z.enum(SOURCE_KINDS),
    url: WebUrl.nullable().default(null),
    rights: z.string().min(1).nullable().default(null),
  })
  .strict();

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
export type SourceAnnotation = z.infer<typeof SourceAnnotation>;
export type DocumentAnnotation = z.infer<typeof DocumentAnnotation>;
