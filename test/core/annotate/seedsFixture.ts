import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { DocumentAnnotation } from "../../../src/core/dataset/annotationSchema";
import { DatasetConfig } from "../../../src/core/dataset/datasetConfig";

export const SEEDS = join(__dirname, "../../../seeds");

/** The shipped seed documents with their reviewed annotations. */
export function readSeedDocs() {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file) => {
      const doc = file.slice(0, -4);
      const raw: unknown = parse(readFileSync(join(SEEDS, "annotations", `${doc}.yaml`), "utf8"));
      return {
        file,
        doc,
        text: readFileSync(join(SEEDS, file), "utf8"),
        raw,
        gold: DocumentAnnotation.parse(raw),
      };
    });
}

export const readSeedConfig = () =>
  DatasetConfig.parse(parse(readFileSync(join(SEEDS, "dataset.yaml"), "utf8")));
