import type { Dataset } from "../../core/dataset/schema";
import * as F from "../../functions/functions";
import {
  configureRuntimeDataset,
  datasetFetchCount,
  resetRuntimeDataset,
} from "../../functions/runtimeDataset";
import { resetVerifiedDatasets, trustDataset } from "../../functions/verifyDataset";
import { round } from "./insert";
import { benchLookups, type LookupBenchResult } from "./lookups";

export interface KindResult {
  kind: string;
  /** Calls per run. */
  calls: number;
  /** Microseconds per call of each run, in run order. */
  microsPerCall: number[];
  /** Median over the runs. */
  medianMicros: number;
  /** Median microseconds per awaited Map read of the same ids, the floor for an async call. */
  mapMedianMicros: number;
  errors: number;
}

export interface FirstCall {
  /** The dataset the build ships, accepted by its content hash. */
  trustedMs: number;
  /** A dataset the runtime has not seen, validated in full first. */
  validatedMs: number;
}

export interface FunctionsBenchResult {
  /** VALUE and LOOKUP interleaved, as a sheet full of both calls them (src/cli/bench/lookups.ts). */
  mixed: LookupBenchResult;
  kinds: KindResult[];
  /** The first call of a fresh runtime: fetch (in memory here), verify, index, answer. */
  firstCall: FirstCall;
  runs: number;
  /** Dataset fetches of a fresh runtime by the time it has served 1,000 calls (target 1). */
  fetchesFirst1000Calls: number;
  /** Dataset fetches over every call of every kind above, in one runtime. */
  fetches: number;
  totalCalls: number;
  fetchesPer1000Calls: number;
}

type Call = () => Promise<unknown>;

/**
 * Microseconds per call of each POLICY function kind, as the median of `runs` runs of `calls`
 * calls in one warm runtime, beside an awaited Map read of the same ids; the first call of a
 * fresh runtime (which loads the dataset) is timed apart. Counts dataset fetches (one).
 */
export async function benchFunctions(
  dataset: Dataset,
  calls = 100_000,
  runs = 5,
): Promise<FunctionsBenchResult> {
  const json = JSON.stringify(dataset);
  const mixed = await benchLookups(json, 2 * calls);
  const firstCall = await timeFirstCalls(json, dataset);

  resetRuntimeDataset();
  let fetches = 0;
  configureRuntimeDataset({
    fetch: async () => {
      fetches++;
      return { ok: true, status: 200, statusText: "OK", json: async () => JSON.parse(json) };
    },
    recalculate: async () => {},
  });
  const figures = dataset.figures;
  const events = dataset.events.filter((e) => e.date !== null);
  if (figures.length === 0 || events.length === 0) {
    throw new Error("The dataset needs figures and dated events for the function benchmark.");
  }
  // LOOKUP by meaning: metric, actor and period of each figure they single out.
  const queries: { id: string; args: [string, string | undefined, string | undefined] }[] = [];
  for (const f of figures) {
    const args: [string, string | undefined, string | undefined] = [
      f.metric,
      f.actor ?? undefined,
      f.period.start ?? undefined,
    ];
    if ((await F.lookup(...args)) === f.value) queries.push({ id: f.id, args });
  }
  if (queries.length === 0) throw new Error("No figure can be found by metric, actor and period.");
  let fetchesFirst1000 = -1;
  const kinds: [string, (i: number) => Call, (i: number) => string][] = [
    [
      "VALUE",
      (i) => () => F.value(figures[i % figures.length].id),
      (i) => figures[i % figures.length].id,
    ],
    [
      "FIELD",
      (i) => () => F.field(figures[i % figures.length].id, "unit"),
      (i) => figures[i % figures.length].id,
    ],
    [
      "QUOTE",
      (i) => () => F.quote(figures[i % figures.length].id),
      (i) => figures[i % figures.length].id,
    ],
    [
      "SOURCE",
      (i) => () => F.source(figures[i % figures.length].id),
      (i) => figures[i % figures.length].id,
    ],
    [
      "DATE",
      (i) => () => F.date(events[i % events.length].id),
      (i) => events[i % events.length].id,
    ],
    [
      "LOOKUP",
      (i) => () => F.lookup(...queries[i % queries.length].args),
      (i) => queries[i % queries.length].id,
    ],
  ];
  const map = new Map<string, unknown>([
    ...figures.map((f) => [f.id, f.value] as const),
    ...events.map((e) => [e.id, e.date] as const),
  ]);
  const results: KindResult[] = [];
  for (const [kind, call, idOf] of kinds) {
    let errors = 0;
    const micros: number[] = [];
    const mapMicros: number[] = [];
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      for (let i = 0; i < calls; i++) {
        const r = await call(i)();
        if (results.length === 0 && run === 0 && i === 999) fetchesFirst1000 = fetches;
        if (r === null || typeof r === "object") errors++;
      }
      micros.push(round(((performance.now() - started) * 1000) / calls, 3));
      let misses = 0;
      const mapStarted = performance.now();
      for (let i = 0; i < calls; i++)
        if ((await Promise.resolve(map.get(idOf(i)))) === undefined) misses++;
      mapMicros.push(((performance.now() - mapStarted) * 1000) / calls);
      if (misses) throw new Error(`${misses} ids missing from the baseline map`);
    }
    results.push({
      kind,
      calls,
      microsPerCall: micros,
      medianMicros: median(micros),
      mapMedianMicros: round(median(mapMicros), 3),
      errors,
    });
  }
  const totalCalls = calls * runs * kinds.length + queries.length;
  if (datasetFetchCount() !== fetches) throw new Error("the runtime fetched outside the benchmark");
  return {
    mixed,
    kinds: results,
    firstCall,
    runs,
    fetchesFirst1000Calls: calls >= 1000 ? fetchesFirst1000 : fetches,
    fetches,
    totalCalls,
    fetchesPer1000Calls: round((fetches / totalCalls) * 1000, 4),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The first POLICY.VALUE of a fresh runtime, with the dataset trusted by hash and not. */
async function timeFirstCalls(json: string, dataset: Dataset): Promise<FirstCall> {
  const id = dataset.figures[0]?.id;
  if (!id) throw new Error("The dataset has no figure for the first-call benchmark.");
  const first = async () => {
    resetRuntimeDataset();
    configureRuntimeDataset({
      fetch: async () => ({
        ok: true,
        status: 200,
        statusText: "OK",
        json: async () => JSON.parse(json),
      }),
      recalculate: async () => {},
    });
    const started = performance.now();
    const r = await F.value(id);
    if (typeof r !== "number") throw new Error(`The first POLICY.VALUE("${id}") failed.`);
    return round(performance.now() - started);
  };
  resetVerifiedDatasets();
  const validatedMs = await first();
  resetVerifiedDatasets();
  trustDataset(dataset);
  const trustedMs = await first();
  resetVerifiedDatasets();
  return { trustedMs, validatedMs };
}
