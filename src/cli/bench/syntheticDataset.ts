import { contentHash, sha256Hex } from "../../core/dataset/contentHash";
import type { Dataset, Figure, Source, Table } from "../../core/dataset/schema";
import {
  METRIC_COLUMN,
  QUOTE_COLUMN,
  UNIT_COLUMN,
  VALUE_COLUMN,
  YEAR_COLUMN,
} from "./syntheticColumns";

/** What to generate: `tables` figure tables of `rows` rows, each from its own document. */
export interface SyntheticSpec {
  tables: number;
  rows: number;
  /** Rows appended to every table after the first `rows` (a later release). */
  extraRows?: number;
  /** Adds 1 to the value of every n-th figure (a later release with corrections). */
  changeEvery?: number;
  version?: string;
  /** Every other row in pounds rather than sanctions, with a Unit column: a table of mixed units. */
  mixedUnits?: boolean;
}

/**
 * A valid dataset of synthetic figures (offsets, hashes and content hash computed), for the
 * insert and refresh benchmarks. Row i of table t is the same in every variant, so a variant
 * with `extraRows` or `changeEvery` is a plausible next release of the base one.
 */
export function syntheticDataset(spec: SyntheticSpec): Dataset {
  const sources: Source[] = [];
  const figures: Figure[] = [];
  const tables: Table[] = [];
  for (let t = 0; t < spec.tables; t++) {
    const doc = `${String(t % 1000).padStart(3, "0")}_${(t + 1).toString(16).padStart(16, "0")}`;
    const sentences: string[] = [];
    const ids: string[] = [];
    let at = 0;
    for (let i = 0; i < spec.rows + (spec.extraRows ?? 0); i++) {
      const value = 100 + ((i * 7919) % 100_000);
      const unit = spec.mixedUnits && i % 2 === 1 ? "pounds" : "sanctions";
      const quote = `Agency ${t} reported ${value.toLocaleString("en-US")} ${unit} in case ${i}.`;
      sentences.push(quote);
      const n = figures.length;
      const changed = spec.changeEvery !== undefined && n % spec.changeEvery === 0;
      const id = `table-${t}-figure-${i}`;
      ids.push(id);
      figures.push({
        id,
        value: changed ? value + 1 : value,
        unit,
        qualifier: "exact",
        metric: `sanctions reported by agency ${t}`,
        category: "sanctions",
        actor: `Agency ${t}`,
        place: null,
        period: { text: null, start: `${2020 + (i % 5)}`, end: null },
        fact: null,
        note: null,
        source: { doc, quote, start: at, end: at + quote.length },
      });
      at += quote.length + 1;
    }
    const text = sentences.join(" ");
    sources.push({
      id: doc,
      file: `${doc}.txt`,
      title: `Synthetic report ${t}`,
      publisher: "Synthetic Agency",
      publisherNote: null,
      author: null,
      published: "2024-01-01",
      publishedNote: null,
      kind: "press_release",
      url: `https://example.org/report-${t}`,
      sha256: sha256Hex(text),
      rights: null,
      text,
    });
    tables.push({
      id: `synthetic-${t}`,
      title: `Synthetic ${t}`,
      description: `Synthetic figures of agency ${t}.`,
      kind: "figures",
      columns: spec.mixedUnits
        ? [METRIC_COLUMN, VALUE_COLUMN, UNIT_COLUMN, YEAR_COLUMN, QUOTE_COLUMN]
        : [METRIC_COLUMN, VALUE_COLUMN, YEAR_COLUMN, QUOTE_COLUMN],
      rows: ids,
    });
  }
  const dataset: Dataset = {
    schemaVersion: 1,
    version: spec.version ?? "1.0.0",
    contentHash: "",
    generatedFrom: {
      documents: sources.map((s) => ({ doc: s.id, file: s.file, sha256: s.sha256 })),
      annotationsSha256: sha256Hex("synthetic"),
      extractor: "synthetic",
    },
    sources,
    tables,
    figures,
    events: [],
    conflicts: [],
  };
  dataset.contentHash = contentHash(dataset as unknown as Record<string, unknown>);
  return dataset;
}
