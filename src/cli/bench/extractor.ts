import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDocument } from "yaml";
import {
  buildDataset,
  type AnnotationFile,
  type SeedDocument,
} from "../../core/dataset/buildDataset";
import { DatasetConfig } from "../../core/dataset/datasetConfig";
import type { Dataset } from "../../core/dataset/schema";
import { extractMentions } from "../../core/extract/extractMentions";
import { round } from "./insert";
import { syntheticCorpus } from "./syntheticCorpus";

export interface Throughput {
  docs: number;
  chars: number;
  ms: number;
  charsPerSecond: number;
}

export interface ExtractorBenchResult {
  seeds: { extract: Throughput; build: Throughput };
  corpus: {
    extract: { small: Throughput; large: Throughput; ratio: number };
    build: { small: Throughput; large: Throughput; ratio: number };
  };
  /** The dataset built from the seeds, for the function benchmark. */
  dataset: Dataset;
}

export interface Seeds {
  documents: SeedDocument[];
  annotations: AnnotationFile[];
  config: DatasetConfig;
}

/** The seed documents, annotations and table config, read as `npm run dataset` reads them. */
export function readSeeds(dir = "seeds"): Seeds {
  const documents = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(dir, file), "utf8") }));
  const annotationDir = join(dir, "annotations");
  const annotations = readdirSync(annotationDir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => ({
      file: join(annotationDir, f),
      data: parseDocument(readFileSync(join(annotationDir, f), "utf8")).toJS() as unknown,
    }));
  const config = DatasetConfig.parse(
    parseDocument(readFileSync(join(dir, "dataset.yaml"), "utf8")).toJS(),
  );
  return { documents, annotations, config };
}

/**
 * Characters per second of the extractor alone and of the whole dataset build, on the seeds and
 * on generated corpora of `small` and `large` documents; large/small time ratios show whether
 * cost grows linearly (ratio ≈ large/small). Each time is the median of five runs.
 */
export function benchExtractor(seeds: Seeds, small = 100, large = 1000): ExtractorBenchResult {
  // Warm up: the first call compiles chrono's patterns and the JIT's hot paths.
  extractMentions(seeds.documents[0].text, {});
  buildDataset(seeds.documents, seeds.annotations, seeds.config);
  const a = syntheticCorpus(small);
  const b = syntheticCorpus(large);
  // The JIT keeps optimising for a second or so: let it settle before anything is timed.
  for (const d of b.documents) extractMentions(d.text, {});
  buildDataset(a.documents, a.annotations, a.config);

  const extractSeeds = timeExtract(seeds.documents);
  const dataset = buildDataset(seeds.documents, seeds.annotations, seeds.config).dataset;
  const buildSeeds = timed(seeds.documents, () =>
    buildDataset(seeds.documents, seeds.annotations, seeds.config),
  );

  const extractSmall = timeExtract(a.documents);
  const extractLarge = timeExtract(b.documents);
  const buildSmall = timed(a.documents, () => buildDataset(a.documents, a.annotations, a.config));
  const buildLarge = timed(b.documents, () => buildDataset(b.documents, b.annotations, b.config));
  return {
    seeds: { extract: extractSeeds, build: buildSeeds },
    corpus: {
      extract: {
        small: extractSmall,
        large: extractLarge,
        ratio: ratio(extractLarge, extractSmall),
      },
      build: { small: buildSmall, large: buildLarge, ratio: ratio(buildLarge, buildSmall) },
    },
    dataset,
  };
}

function timeExtract(documents: SeedDocument[]): Throughput {
  return timed(documents, () => {
    for (const d of documents) extractMentions(d.text, {});
  });
}

/** The median of five runs: one run of a few milliseconds is at the mercy of GC and the JIT. */
function timed(documents: SeedDocument[], run: () => void): Throughput {
  const chars = documents.reduce((n, d) => n + d.text.length, 0);
  const times = [0, 1, 2, 3, 4]
    .map(() => {
      const started = performance.now();
      run();
      return performance.now() - started;
    })
    .sort((a, b) => a - b);
  const ms = Math.max(times[2], 0.001);
  return {
    docs: documents.length,
    chars,
    ms: round(ms),
    charsPerSecond: Math.round((chars / ms) * 1000),
  };
}

const ratio = (large: Throughput, small: Throughput) => round(large.ms / small.ms);
