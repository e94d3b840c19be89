import { planPieces } from "../../core/dataset/pieces/planPieces";
import type { Dataset } from "../../core/dataset/schema";
import * as F from "../../functions/functions";
import type { PieceFetch } from "../../functions/pieceReader";
import {
  configureRuntimeDataset,
  datasetFetchCount,
  resetRuntimeDataset,
} from "../../functions/runtimeDataset";
import { pieceUrls } from "../../functions/runtimePieces";
import type { Measurement } from "../bench";
import { timePerCall, type PerCall } from "./perCall";

export interface PiecedKind extends PerCall {
  kind: string;
  /** The first call of a fresh runtime: catalog and pieces fetched (from memory) and checked. */
  firstMs: number;
  /** Pieces the first call fetched, and their bytes (uncompressed). */
  firstPieces: number;
  firstBytes: number;
}

export interface PiecedFunctionsResult {
  kinds: PiecedKind[];
  runs: number;
  /** Pieces fetched by the warm calls (all held by hash: 0). */
  warmPieces: number;
  /** Loads of the whole dataset.json over every call (the pieced path needs none). */
  wholeDatasetFetches: number;
}

/**
 * POLICY.VALUE, FIELD, LOOKUP, TABLE, SEARCH and VERSION as the add-in runs them: over the pieces (planned from
 * `dataset` and served from memory, each checked by its sha256), never the whole dataset. The
 * first call of a fresh runtime is timed apart; then `runs` runs of `calls` calls in the warm
 * runtime, every piece held by its hash.
 */
export async function benchPiecedFunctions(
  dataset: Dataset,
  calls = 10_000,
  runs = 5,
): Promise<PiecedFunctionsResult> {
  const served = servedPieces(dataset);
  const figures = dataset.figures;
  const tables = dataset.tables;
  freshRuntime(served);
  const queries: LookupArgs[] = [];
  for (const args of lookupQueries(dataset))
    if (typeof (await F.lookup(...args)) === "number") queries.push(args);
  if (queries.length === 0) throw new Error("No figure can be found by metric, actor and period.");
  const kinds: [string, (i: number) => Promise<unknown>][] = [
    ["VALUE", (i) => F.value(figures[i % figures.length].id)],
    ["FIELD", (i) => F.field(figures[i % figures.length].id, "unit")],
    ["LOOKUP", (i) => F.lookup(...queries[i % queries.length])],
    ["TABLE", (i) => F.table(tables[i % tables.length].id)],
    ["SEARCH", (i) => F.search(figures[i % figures.length].metric)],
    ["VERSION", () => F.version()],
  ];
  const results: PiecedKind[] = [];
  let warmPieces = 0;
  let wholeDatasetFetches = 0;
  for (const [kind, call] of kinds) {
    freshRuntime(served);
    const started = performance.now();
    await call(0);
    const firstMs = Math.round((performance.now() - started) * 100) / 100;
    const firstPieces = pieceUrls().length;
    const firstBytes = pieceUrls().reduce((n, url) => n + (served.get(url)?.length ?? 0), 0);
    const perCall = await timePerCall(call, calls, runs);
    warmPieces += pieceUrls().length - firstPieces;
    wholeDatasetFetches += datasetFetchCount();
    results.push({ kind, firstMs, firstPieces, firstBytes, ...perCall });
  }
  resetRuntimeDataset();
  return { kinds: results, runs, warmPieces, wholeDatasetFetches };
}

/** Each figure's metric, actor and period start, as a sheet of LOOKUPs would ask them. */
type LookupArgs = [string, string | undefined, string | undefined];

function lookupQueries(dataset: Dataset): LookupArgs[] {
  return dataset.figures.map((f) => [f.metric, f.actor ?? undefined, f.period.start ?? undefined]);
}

function servedPieces(dataset: Dataset): Map<string, Uint8Array> {
  const { catalog, files } = planPieces(dataset);
  const encode = (text: string) => new TextEncoder().encode(text);
  const served = new Map(files.map((f) => [`data/${f.path}`, encode(f.content)]));
  served.set("data/catalog.json", encode(JSON.stringify(catalog)));
  return served;
}

function freshRuntime(served: Map<string, Uint8Array>): void {
  resetRuntimeDataset();
  const pieceFetch: PieceFetch = async (url) => {
    const bytes = served.get(url);
    return {
      ok: bytes !== undefined,
      status: bytes ? 200 : 404,
      statusText: bytes ? "OK" : "Not Found",
      arrayBuffer: async () => (bytes ?? new Uint8Array()).slice().buffer,
    };
  };
  configureRuntimeDataset({
    // The pieced path never needs the whole dataset; a load of it is counted and refused.
    fetch: async () => ({
      ok: false,
      status: 404,
      statusText: "Not Found",
      json: async () => null,
    }),
    pieceFetch,
    recalculate: async () => {},
  });
}

/** The bench's rows: per call over the pieces, warm, with the first call of each kind apart. */
export function piecedFunctionRows(r: PiecedFunctionsResult): Measurement[] {
  return r.kinds.flatMap((k) => [
    {
      name: `POLICY.${k.kind} over pieces: first call`,
      value: k.firstMs,
      unit: "ms",
      detail: `fresh runtime as the add-in runs it (pieces from memory, each checked by sha256): ${k.firstPieces} pieces fetched (${k.firstBytes.toLocaleString("en-US")} bytes), the dataset.json never (${r.wholeDatasetFetches} loads over every call)`,
    },
    {
      name: `POLICY.${k.kind} over pieces: per call`,
      value: k.medianMicros,
      unit: "µs",
      detail: `median of ${r.runs} runs of ${k.calls.toLocaleString("en-US")} calls in the warm runtime, after the first (runs: ${k.microsPerCall.join(", ")} µs); ${r.warmPieces} pieces fetched by the warm calls; ${k.errors} errors`,
    },
  ]);
}
