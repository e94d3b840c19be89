import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseDataset } from "../../src/core/dataset/parseDataset";
import type { Dataset } from "../../src/core/dataset/schema";

/** The dataset `npm run dataset` ships (test/run-all.sh builds it before Jest). */
export const SHIPPED = resolve(__dirname, "../../dist/data/dataset.json");

/** The shipped dataset, validated; a missing file fails with what to run. */
export function shippedDataset(): Dataset {
  if (!existsSync(SHIPPED)) {
    throw new Error(`${SHIPPED} is missing: run \`npm run dataset\` before these tests.`);
  }
  return parseDataset(JSON.parse(readFileSync(SHIPPED, "utf8")));
}
