import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { userMessage } from "../../core/errors";
import { lookup, value } from "../../functions/functions";
import {
  configureRuntimeDataset,
  datasetFetchCount,
  resetRuntimeDataset,
  runtimeDataset,
  type DatasetFetch,
} from "../../functions/runtimeDataset";

/**
 * Benchmark of POLICY.VALUE and POLICY.LOOKUP as Excel calls them: N calls through the real
 * custom functions, all served from one fetch of the dataset, timed against a plain Map of
 * id → value doing the same number of reads.
 *
 *   tsx src/cli/bench/lookups.ts [dist/data/dataset.json] [calls]
 */

export interface LookupBenchResult {
  calls: number;
  valueCalls: number;
  lookupCalls: number;
  /** Distinct LOOKUP queries cycled through: figures whose metric, actor and period single them out. */
  lookupQueries: number;
  /** Dataset fetches during the whole run; 1 is the point. */
  fetches: number;
  /** Calls that returned an error value; 0 on a valid dataset. */
  errors: number;
  ms: number;
  mapMs: number;
  /** ms / mapMs: how much a POLICY call costs next to a bare Map read. */
  ratio: number;
  microsPerCall: number;
}

export async function benchLookups(
  datasetJson: string,
  calls = 100_000,
): Promise<LookupBenchResult> {
  const fetchDataset: DatasetFetch = async () => ({
    ok: true,
    status: 200,
    statusText: "OK",
    json: async () => JSON.parse(datasetJson),
  });
  resetRuntimeDataset();
  configureRuntimeDataset({ fetch: fetchDataset, recalculate: async () => {} });
  const dataset = await runtimeDataset();
  if (dataset.figures.length === 0) throw new Error("The dataset has no figures to look up.");

  // LOOKUP by metric, actor and period for every figure those three single out.
  const queries: [string, string | undefined, string | undefined, number][] = [];
  for (const f of dataset.figures) {
    const q: [string, string | undefined, string | undefined] = [
      f.metric,
      f.actor ?? undefined,
      f.period.start ?? undefined,
    ];
    if ((await lookup(...q)) === f.value) queries.push([...q, f.value]);
  }
  const ids = dataset.figures.map((f) => f.id);
  const map = new Map(dataset.figures.map((f) => [f.id, f.value]));

  let errors = 0;
  let valueCalls = 0;
  let lookupCalls = 0;
  const started = performance.now();
  for (let i = 0; i < calls; i++) {
    let result: unknown;
    if (i % 2 === 1 && queries.length > 0) {
      const [text, actor, period, expected] = queries[(i >> 1) % queries.length];
      result = await lookup(text, actor, period);
      if (result !== expected) errors += 1;
      lookupCalls += 1;
    } else {
      result = await value(ids[i % ids.length]);
      if (typeof result !== "number") errors += 1;
      valueCalls += 1;
    }
  }
  const ms = performance.now() - started;

  let sum = 0;
  const mapStarted = performance.now();
  for (let i = 0; i < calls; i++) sum += (await Promise.resolve(map.get(ids[i % ids.length]))) ?? 0;
  const mapMs = Math.max(performance.now() - mapStarted, 0.001);
  if (Number.isNaN(sum)) throw new Error("unreachable: keeps the baseline loop from being removed");

  return {
    calls,
    valueCalls,
    lookupCalls,
    lookupQueries: queries.length,
    fetches: datasetFetchCount(),
    errors,
    ms: round(ms),
    mapMs: round(mapMs),
    ratio: round(ms / mapMs),
    microsPerCall: round((ms * 1000) / calls),
  };
}

const round = (n: number) => Math.round(n * 100) / 100;

async function main(): Promise<void> {
  const path = resolve(process.argv[2] ?? "dist/data/dataset.json");
  const calls = Number(process.argv[3] ?? 100_000);
  let json: string;
  try {
    json = readFileSync(path, "utf8");
  } catch {
    throw new Error(`No dataset at ${path}: run \`npm run dataset\` first.`);
  }
  const r = await benchLookups(json, calls);
  console.log(
    `POLICY lookups: ${r.calls} calls (${r.valueCalls} VALUE, ${r.lookupCalls} LOOKUP over ${r.lookupQueries} queries), ` +
      `${r.fetches} dataset fetch, ${r.errors} errors\n` +
      `  ${r.ms} ms (${r.microsPerCall} µs per call); plain Map with await: ${r.mapMs} ms; ratio ${r.ratio}×`,
  );
  if (r.fetches !== 1 || r.errors !== 0) {
    throw new Error(`expected 1 fetch and 0 errors, got ${r.fetches} and ${r.errors}`);
  }
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`${userMessage(error)}\n`);
    process.exit(1);
  });
}
