import { z } from "zod";
import { KNOWN_UNITS } from "./unitRegistry";

// The add-in's Content-Security-Policy has no 'unsafe-eval'. Without jitless, zod probes
// `new Function` while building object schemas, which browsers report as a CSP violation.
z.config({ jitless: true });

/** The one definition of the dataset format; every type below is inferred from it. */

export const SCHEMA_VERSION = 1;

/** ISO date, partial allowed: "2023", "2023-09", "2023-09-23", or an ISO week "2024-W06". */
export const IsoDate = z
  .string()
  .regex(
    /^\d{4}(?:(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?|-W(0[1-9]|[1-4]\d|5[0-3]))$/,
    "expected YYYY, YYYY-MM, YYYY-MM-DD or an ISO week YYYY-Www",
  );
export const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, "expected 64 lowercase hex digits");
export const Slug = z
  .string()
  .max(80)
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    "expected a lowercase slug such as treasury-sanctions-since-eo-2023",
  );
/**
 * A document's web address. Other schemes (`file:`, `data:`, `ms-excel:`, `search-ms:`) would
 * become hyperlinks in the workbook that open local files or run Office protocol handlers.
 */
export const WebUrl = z.url({
  protocol: /^https?$/,
  hostname: /^[^.\s][^\s]*$/,
  error: "expected an https: or http: URL such as https://home.treasury.gov/news",
});
export const DocId = z
  .string()
  .regex(/^\d{3}_[0-9a-f]{16}$/, "expected a seed file stem such as 000_27c8b5ee908a7d02");

/** The units the registry knows (formats, labels, conversions); annotations may name others. */
export const UNITS = KNOWN_UNITS.map((u) => u.id);
/**
 * Units are open: a known unit (persons, pounds, USD, percent, ...) or any plural count noun
 * from the quote, in lower case with words joined by "_" ("vessels", "pill_presses").
 */
export const Unit = z
  .string()
  .max(40, "expected a unit of at most 40 characters")
  .regex(
    /^(?:USD|[a-z]+(?:_[a-z]+)*)$/,
    `expected a known unit (${KNOWN_UNITS.map((u) => u.id).join(", ")}) or a count noun from the quote in lower case, words joined by "_" (e.g. vessels)`,
  );

export const QUALIFIERS = [
  "exact",
  "more_than",
  "at_least",
  "nearly",
  "about",
  "up_to",
  "less_than",
  "times",
] as const;
export const Qualifier = z.enum(QUALIFIERS);

export const CATEGORIES = [
  "sanctions",
  "seizures",
  "deaths",
  "enforcement",
  "prosecutions",
  "capacity",
  "funding",
  "cooperation",
  "potency",
  "trade",
  "policy",
] as const;
export const Category = z.enum(CATEGORIES);

export const EVENT_KINDS = [
  "designation",
  "sanction",
  "indictment",
  "arrest",
  "extradition",
  "agreement",
  "meeting",
  "policy",
  "announcement",
  "legislation",
  "seizure",
  "hearing",
  "dialogue",
] as const;
export const EventKind = z.enum(EVENT_KINDS);

/** A week is an ISO week ("2024-W06", Monday 5 to Sunday 11 February 2024): "this week". */
export const Precision = z.enum(["day", "week", "month", "year"]);

/** Where a value came from: quote is exactly the document text at [start, end). */
export const SourceRef = z
  .object({
    doc: DocId,
    quote: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
  })
  .strict()
  .refine((s) => s.end - s.start === s.quote.length, {
    message: "end - start must equal the quote's length",
    path: ["end"],
  });

export const Period = z
  .object({
    text: z.string().nullable(),
    start: IsoDate.nullable(),
    end: IsoDate.nullable(),
  })
  .strict();

export const Figure = z
  .object({
    id: Slug,
    value: z.number().finite(),
    unit: Unit,
    qualifier: Qualifier,
    metric: z.string().min(1),
    category: Category,
    actor: z.string().min(1).nullable(),
    place: z.string().min(1).nullable(),
    period: Period,
    /** Key shared by figures that report the same fact; conflicts are found through it. */
    fact: Slug.nullable(),
    note: z.string().nullable(),
    source: SourceRef,
  })
  .strict();

export const Event = z
  .object({
    id: Slug,
    date: IsoDate.nullable(),
    precision: Precision.nullable(),
    /** True when the date was resolved from a relative phrase and the document's own date. */
    relative: z.boolean(),
    /** Why the date is null, or how a relative date was resolved. */
    dateNote: z.string().nullable(),
    kind: EventKind,
    category: Category,
    title: z.string().min(1),
    parties: z.array(z.string().min(1)),
    place: z.string().min(1).nullable(),
    fact: Slug.nullable(),
    source: SourceRef,
  })
  .strict()
  .superRefine((e, ctx) => {
    if ((e.date === null) !== (e.precision === null)) {
      ctx.addIssue({
        code: "custom",
        path: ["precision"],
        message: "date and precision must both be set or both be null",
      });
    }
    if (e.date === null && !e.dateNote) {
      ctx.addIssue({
        code: "custom",
        path: ["dateNote"],
        message: "a null date needs a dateNote saying why",
      });
    }
    if (e.date !== null && e.precision !== null) {
      const expected = { 4: "year", 7: "month", 8: "week", 10: "day" }[e.date.length];
      if (expected !== e.precision) {
        ctx.addIssue({
          code: "custom",
          path: ["precision"],
          message: `date "${e.date}" has ${expected} precision, not ${e.precision}`,
        });
      }
    }
    if (e.relative && !e.dateNote) {
      ctx.addIssue({
        code: "custom",
        path: ["dateNote"],
        message: "a relative date needs a dateNote saying how it was resolved",
      });
    }
  });

export const SOURCE_KINDS = [
  "press_release",
  "news",
  "testimony",
  "fact_sheet",
  "report",
  "statement",
  "social_post",
] as const;

export const Source = z
  .object({
    id: DocId,
    file: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/),
    /** Null when the document has no title (a social post); titleNote says why. */
    title: z.string().min(1).nullable(),
    /** Why the title is null, or where it was read; the build always writes it. */
    titleNote: z.string().nullable().optional(),
    publisher: z.string().min(1).nullable(),
    publisherNote: z.string().nullable(),
    author: z.string().min(1).nullable(),
    published: IsoDate.nullable(),
    /** Why published is null, or where the date was read. */
    publishedNote: z.string().nullable(),
    kind: z.enum(SOURCE_KINDS),
    url: WebUrl.nullable(),
    /** Why url is null, or where the address was read. */
    urlNote: z.string().min(1).nullable().optional(),
    /** Where this copy was read when it is not the original at `url` (an archive, a mirror). */
    retrievedFrom: WebUrl.nullable().optional(),
    sha256: Sha256,
    rights: z.string().min(1).nullable(),
    /** The whole document, so every quote can be verified and shown in its paragraph. */
    text: z.string().min(1),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.title === null && !s.titleNote) {
      ctx.addIssue({
        code: "custom",
        path: ["titleNote"],
        message: "a null title needs a titleNote saying why",
      });
    }
    if (s.published === null && !s.publishedNote) {
      ctx.addIssue({
        code: "custom",
        path: ["publishedNote"],
        message: "a null published date needs a publishedNote saying why",
      });
    }
    if (s.publisher === null && !s.publisherNote) {
      ctx.addIssue({
        code: "custom",
        path: ["publisherNote"],
        message: "a null publisher needs a publisherNote saying why",
      });
    }
  });

export const COLUMN_TYPES = ["string", "number", "integer", "date", "boolean"] as const;

export const Column = z
  .object({
    /** A field path into the row's record, e.g. "value", "period.text", "source.quote". */
    key: z.string().min(1),
    title: z.string().min(1),
    type: z.enum(COLUMN_TYPES),
    unit: z.string().nullable(),
    /** Excel number format: "#,##0", "0%", "$#,##0", "yyyy-mm-dd", "@" for text. */
    format: z.string().min(1),
    /**
     * Date columns whose rows differ in precision: the format for a row whose ISO date has that
     * precision ("2023" year, "2023-09" month, "2023-09-23" day); `format` is used otherwise.
     */
    precisionFormats: z
      .object({
        year: z.string().min(1),
        month: z.string().min(1),
        week: z.string().min(1).optional(),
        day: z.string().min(1),
      })
      .strict()
      .optional(),
    /**
     * Number columns whose rows differ in unit: the format for a row whose record's `unit` is
     * the key ({ percent: '0"%"', USD: "$#,##0" }); `format` is used for other units.
     */
    unitFormats: z.record(z.string(), z.string().min(1)).optional(),
    description: z.string().nullable(),
  })
  .strict();

export const TABLE_KINDS = ["figures", "events", "sources", "conflicts"] as const;

export const Table = z
  .object({
    id: Slug,
    title: z.string().min(1),
    description: z.string().min(1),
    kind: z.enum(TABLE_KINDS),
    columns: z.array(Column).min(1),
    /** Ids of the records (figures, events, sources or conflicts, by kind), in display order. */
    rows: z.array(z.string().min(1)),
  })
  .strict();

export const ConflictSide = z
  .object({
    ref: Slug,
    doc: DocId,
    value: z.number().finite().nullable(),
    date: IsoDate.nullable(),
    quote: z.string().min(1),
  })
  .strict();

export const Conflict = z
  .object({
    id: Slug,
    kind: z.enum(["value", "date"]),
    fact: Slug,
    subject: z.string().min(1),
    sides: z.array(ConflictSide).min(2),
    note: z.string().nullable(),
  })
  .strict();

export const GeneratedFrom = z
  .object({
    documents: z.array(z.object({ doc: DocId, file: z.string(), sha256: Sha256 }).strict()),
    annotationsSha256: Sha256,
    extractor: z.string().min(1),
  })
  .strict();

export const Dataset = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, "expected a semver version such as 1.0.0"),
    contentHash: Sha256,
    generatedFrom: GeneratedFrom,
    sources: z.array(Source).min(1),
    tables: z.array(Table),
    figures: z.array(Figure),
    events: z.array(Event),
    conflicts: z.array(Conflict),
  })
  .strict();

export type Unit = z.infer<typeof Unit>;
export type Qualifier = z.infer<typeof Qualifier>;
export type Category = z.infer<typeof Category>;
export type EventKind = z.infer<typeof EventKind>;
export type Precision = z.infer<typeof Precision>;
export type SourceRef = z.infer<typeof SourceRef>;
export type Period = z.infer<typeof Period>;
export type Figure = z.infer<typeof Figure>;
export type Event = z.infer<typeof Event>;
export type Source = z.infer<typeof Source>;
export type Column = z.infer<typeof Column>;
export type Table = z.infer<typeof Table>;
export type Conflict = z.infer<typeof Conflict>;
export type ConflictSide = z.infer<typeof ConflictSide>;
export type Dataset = z.infer<typeof Dataset>;
