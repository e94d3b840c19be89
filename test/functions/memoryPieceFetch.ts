import { planPieces, type PlanOptions } from "../../src/core/dataset/pieces/planPieces";
import type { Dataset } from "../../src/core/dataset/schema";
import type { PieceFetch } from "../../src/functions/pieceReader";

/**
 * A PieceFetch serving the pieces planPieces cuts from `dataset` under "data/", as `npm run
 * dataset` would write them (with `options`, e.g. smaller shards), recording each URL; anything
 * else is a 404.
 */
export function memoryPieceFetch(
  dataset: Dataset,
  options?: PlanOptions,
): PieceFetch & { calls: string[] } {
  const served = options ? plannedPieces(dataset, options) : servedPieces(dataset);
  const calls: string[] = [];
  const fetchPiece: PieceFetch = async (url) => {
    calls.push(url);
    const content = served.get(url);
    const bytes = new TextEncoder().encode(content ?? "");
    return {
      ok: content !== undefined,
      status: content === undefined ? 404 : 200,
      statusText: content === undefined ? "Not Found" : "OK",
      arrayBuffer: async () => bytes.buffer.slice(0) as ArrayBuffer,
    };
  };
  return Object.assign(fetchPiece, { calls });
}

const planned = new WeakMap<Dataset, Map<string, string>>();

function servedPieces(dataset: Dataset): Map<string, string> {
  let served = planned.get(dataset);
  if (!served) {
    served = plannedPieces(dataset);
    planned.set(dataset, served);
  }
  return served;
}

function plannedPieces(dataset: Dataset, options: PlanOptions = {}): Map<string, string> {
  const { catalog, files } = planPieces(dataset, options);
  const served = new Map(files.map((f) => [`data/${f.path}`, f.content]));
  served.set("data/catalog.json", JSON.stringify(catalog));
  return served;
}
