import type { AnnotationFile, SeedDocument } from "../../core/dataset/buildDataset";
import type { DatasetConfig } from "../../core/dataset/datasetConfig";
import { METRIC_COLUMN, VALUE_COLUMN, QUOTE_COLUMN } from "./syntheticColumns";

/**
 * Generated documents for the extractor and dataset-build benchmarks: each has the length and
 * mix of a short press release (sentences with counts, weights, money, dates, filler), and an
 * annotation for every figure, so the whole build (locate, re-extract, verify, tables) runs on
 * it as on the seeds. Deterministic: document i is the same on every run.
 */
export interface SyntheticCorpus {
  documents: SeedDocument[];
  annotations: AnnotationFile[];
  config: DatasetConfig;
  chars: number;
}

const MONTHS = ["January", "March", "May", "July", "September", "November"];

interface Template {
  unit: "sanctions" | "pounds" | "persons" | "pill_presses" | "companies";
  category: "sanctions" | "seizures" | "enforcement";
  metric: string;
  sentence: (n: string, i: number) => string;
  /** The mention as the extractor prints it. */
  mention: (n: string) => string;
}

const TEMPLATES: Template[] = [
  {
    unit: "sanctions",
    category: "sanctions",
    metric: "sanctions imposed",
    sentence: (n, i) =>
      `Office ${letters(i)} said the department imposed ${n} sanctions on traffickers.`,
    mention: (n) => `${n} sanctions`,
  },
  {
    unit: "pounds",
    category: "seizures",
    metric: "fentanyl seized",
    sentence: (n, i) =>
      `Officers at port ${letters(i)} seized more than ${n} pounds of fentanyl powder.`,
    mention: (n) => `more than ${n} pounds`,
  },
  {
    unit: "persons",
    category: "enforcement",
    metric: "people charged",
    sentence: (n, i) =>
      `Prosecutors in district ${letters(i)} charged ${n} people with trafficking.`,
    mention: (n) => `${n} people`,
  },
  {
    unit: "companies",
    category: "sanctions",
    metric: "companies designated",
    sentence: (n, i) => `Treasury unit ${letters(i)} designated ${n} companies as suppliers.`,
    mention: (n) => `${n} companies`,
  },
];

const FILLER = [
  "The agencies continued to share information with their partners abroad.",
  "Officials described the network as a priority for the coming year.",
  "The statement did not say which suppliers were involved in the shipments.",
  "Analysts noted that the precursor chemicals often travel through several brokers.",
];

/** Lowercase letters for a number, so sentences are unique without adding numeric mentions. */
function letters(i: number): string {
  let s = "";
  let n = i;
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26);
  } while (n > 0);
  return s.toUpperCase();
}

/** `count` documents of about 2,000 characters, 8 figures each. */
export function syntheticCorpus(count: number, figuresPerDoc = 8): SyntheticCorpus {
  const documents: SeedDocument[] = [];
  const annotations: AnnotationFile[] = [];
  let chars = 0;
  for (let d = 0; d < count; d++) {
    const doc = `${String(d % 1000).padStart(3, "0")}_${(d + 1).toString(16).padStart(16, "0")}`;
    const year = 2020 + (d % 5);
    const month = MONTHS[d % MONTHS.length];
    const parts: string[] = [
      `WASHINGTON, ${month} ${1 + (d % 27)}, ${year} - Federal agencies reported new results against fentanyl trafficking.`,
    ];
    const figures = [];
    for (let k = 0; k < figuresPerDoc; k++) {
      const t = TEMPLATES[(d + k) % TEMPLATES.length];
      const n = (1_000 + ((d * 7919 + k * 104_729) % 90_000) + k).toLocaleString("en-US");
      const sentence = t.sentence(n, d * figuresPerDoc + k);
      parts.push(sentence, FILLER[(d + k) % FILLER.length]);
      figures.push({
        id: `synthetic-${d}-${k}`,
        quote: sentence,
        mention: t.mention(n),
        value: Number(n.replace(/,/g, "")),
        unit: t.unit,
        qualifier: t.mention(n).startsWith("more than") ? "more_than" : "exact",
        metric: t.metric,
        category: t.category,
        actor: null,
        place: null,
        period: { text: null, start: null, end: null },
      });
    }
    const text = parts.join(" ");
    chars += text.length;
    documents.push({ file: `${doc}.txt`, text });
    annotations.push({
      file: `synthetic/${doc}.yaml`,
      data: {
        doc,
        source: {
          title: `Synthetic release ${d}`,
          publisher: "Synthetic Agency",
          published: `${year}`,
          kind: "press_release",
        },
        figures,
      },
    });
  }
  const config: DatasetConfig = {
    name: "synthetic",
    title: "Synthetic corpus",
    description: "Generated documents for benchmarks.",
    version: "1.0.0",
    tables: [
      {
        id: "synthetic",
        title: "Synthetic figures",
        description: "Every generated figure.",
        kind: "figures",
        rows: "all",
        order: "document",
        columns: [METRIC_COLUMN, VALUE_COLUMN, QUOTE_COLUMN],
      },
    ],
  };
  return { documents, annotations, config, chars };
}
