import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDocument } from "yaml";
import type { AnnotationFile, SeedDocument } from "../core/dataset/buildDataset";

/** The seed documents of `seeds`, by file name. */
export function readSeedDocuments(seeds: string): SeedDocument[] {
  return readdirSync(seeds)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(seeds, file), "utf8") }));
}

/**
 * The annotation files of `seeds`/annotations, by file name, each read and parsed only when
 * asked for (readAnnotation), so the build lets go of each file's YAML once it has checked it.
 */
export function* annotationFiles(seeds: string): Generator<AnnotationFile> {
  const dir = join(seeds, "annotations");
  const names = readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .sort();
  for (const f of names) yield readAnnotation(join(dir, f));
}

/**
 * One annotation file as plain data. The yaml library hands its strings back as ropes of the
 * pieces it scanned, which hold about ten times the text's size (1,000 replicated seed
 * annotations: 195 MB as returned, 29 MB cloned); a structured clone flattens them, so a corpus
 * of 10,000 annotations is held in a few hundred megabytes, not a few gigabytes.
 */
export function readAnnotation(file: string): AnnotationFile {
  const doc = parseDocument(readFileSync(file, "utf8"));
  if (doc.errors.length) throw new Error(`${file}: ${doc.errors[0].message}`);
  return { file, data: structuredClone(doc.toJS()) as unknown };
}
