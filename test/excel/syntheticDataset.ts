import { contentHash, sha256Hex } from "../../src/core/dataset/contentHash";
import type { Dataset, Figure } from "../../src/core/dataset/schema";
import { METRIC_COLUMN, VALUE_COLUMN, QUOTE_COLUMN } from "../../src/cli/bench/syntheticColumns";

/**
 * A valid dataset with one figures table of `rows` synthetic rows (one document, one sentence
 * per figure, offsets and hashes computed), for size tests and benchmarks.
 * `quoteChars` pads each sentence, to make rows heavier.
 */
export function syntheticDataset(rows: number, quoteChars = 0): Dataset {
  const doc = "000_5e5e5e5e5e5e5e5e";
  const pad = quoteChars > 0 ? " " + "x".repeat(quoteChars) : "";
  const sentences = Array.from(
    { length: rows },
    (_, i) => `Item ${i} counted ${i + 1} units${pad}.`,
  );
  const text = sentences.join(" ");
  let at = 0;
  const figures: Figure[] = sentences.map((quote, i) => {
    const start = at;
    at += quote.length + 1;
    return {
      id: `synthetic-${i}`,
      value: i + 1,
      unit: "count",
      qualifier: "exact",
      metric: `synthetic metric ${i % 10}`,
      category: "policy",
      actor: null,
      place: null,
      period: { text: null, start: null, end: null },
      fact: null,
      note: null,
      source: { doc, quote, start, end: start + quote.length },
    };
  });
  const dataset: Dataset = {
    schemaVersion: 1,
    version: "1.0.0",
    contentHash: "",
    generatedFrom: {
      documents: [{ doc, file: `${doc}.txt`, sha256: sha256Hex(text) }],
      annotationsSha256: sha256Hex("synthetic"),
      extractor: "synthetic",
    },
    sources: [
      {
        id: doc,
        file: `${doc}.txt`,
        title: "Synthetic document",
        publisher: "Test",
        publisherNote: null,
        author: null,
        published: "2024-01-01",
        publishedNote: null,
        kind: "news",
        url: null,
        sha256: sha256Hex(text),
        rights: null,
        text,
      },
    ],
    figures,
    events: [],
    conflicts: [],
    tables: [
      {
        id: "synthetic",
        title: "Synthetic",
        description: "Synthetic rows.",
        kind: "figures",
        columns: [METRIC_COLUMN, VALUE_COLUMN, QUOTE_COLUMN],
        rows: figures.map((f) => f.id),
      },
    ],
  };
  dataset.contentHash = contentHash(dataset as unknown as Record<string, unknown>);
  return dataset;
}
