import type { Dataset } from "../../core/dataset/schema";
import * as F from "../../functions/functions";
import {
  configureRuntimeDataset,
  datasetFetchCount,
  resetRuntimeDataset,
} from "../../functions/runtimeDataset";
import { round } from "./insert";
import { benchLookups, type LookupBenchResult } from "./lookups";

export interface KindResult {
  kind: string;
  calls: number;
  ms: number;
  mapMs: number;
  /** ms / mapMs in the same run. */
  ratio: number;
  errors: number;
}

export interface FunctionsBenchResult {
  /** VALUE and LOOKUP interleaved, as a sheet full of both calls them (src/cli/bench/lookups.ts). */
  mixed: LookupBenchResult;
  kinds: KindResult[];
  /** Dataset fetches of a fresh runtime by the time it has served 1,000 calls (target 1). */
  fetchesFirst1000Calls: number;
  /** Dataset fetches over every call of every kind above, in one runtime. */
  fetches: number;
  totalCalls: number;
  fetchesPer1000Calls: number;
}

type Call = () => Promise<unknown>;

/**
 * Times `calls` calls of each POLICY function kind against a plain Map read of the same ids,
 * all in one runtime, and counts dataset fetches (the runtime fetches once).
 */
export async function benchFunctions(
  dataset: Dataset,
  calls = 100_000,
): Promise<FunctionsBenchResult> {
  const json = JSON.stringify(dataset);
  const mixed = await benchLookups(json, 2 * calls);

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
    const started = performance.now();
    for (let i = 0; i < calls; i++) {
      const r = await call(i)();
      if (results.length === 0 && i === 999) fetchesFirst1000 = fetches;
      if (r === null || typeof r === "object") errors++;
    }
    const ms = performance.now() - started;
    let misses = 0;
    const mapStarted = performance.now();
    for (let i = 0; i < calls; i++)
      if ((await Promise.resolve(map.get(idOf(i)))) === undefined) misses++;
    const mapMs = Math.max(performance.now() - mapStarted, 0.001);
    if (misses) throw new Error(`${misses} ids missing from the baseline map`);
    results.push({
      kind,
      calls,
      ms: round(ms),
      mapMs: round(mapMs),
      ratio: round(ms / mapMs),
      errors,
    });
  }
  const totalCalls = calls * kinds.length + queries.length;
  if (datasetFetchCount() !== fetches) throw new Error("the runtime fetched outside the benchmark");
  return {
    mixed,
    kinds: results,
    fetchesFirst1000Calls: calls >= 1000 ? fetchesFirst1000 : fetches,
    fetches,
    totalCalls,
    fetchesPer1000Calls: round((fetches / totalCalls) * 1000, 4),
  };
}
