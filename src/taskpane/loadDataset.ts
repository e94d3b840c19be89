import type { Dataset } from "../core/dataset/schema";
import { PolicyError } from "../core/errors";
import { verifyDataset } from "../functions/verifyDataset";

/** The dataset shipped with the add-in, relative to the page (runtimeDataset's DATASET_URL). */
export const SHIPPED_DATASET_URL = "data/dataset.json";

/**
 * Fetches and validates a dataset; resolves only with a dataset that passed every check.
 * "open" may reuse a dataset the runtime already holds; "refresh" always fetches anew.
 */
export type DatasetLoader = (url: string, reason: "open" | "refresh") => Promise<Dataset>;

/**
 * The browser's loader: fetch (never from the HTTP cache, so a refresh sees a new file), then
 * verifyDataset (by content hash for the dataset the add-in was built with, else parseDataset).
 * Failures become PolicyErrors whose message names the URL and the problem.
 */
export function fetchDatasetLoader(
  fetchFn: typeof fetch,
  /** A server that never answers must not leave the task pane loading forever. */
  timeoutMs = DATASET_TIMEOUT_MS,
): DatasetLoader {
  const load = fetchAndParse(fetchFn);
  return (url, reason) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new PolicyError(
              "fetch_failed",
              `Could not fetch the dataset from ${url}: no complete answer within ${Math.round(timeoutMs / 1000)} s.`,
            ),
          ),
        timeoutMs,
      );
    });
    return Promise.race([load(url, reason), timeout]).finally(() => clearTimeout(timer));
  };
}

export const DATASET_TIMEOUT_MS = 30_000;

function fetchAndParse(fetchFn: typeof fetch): DatasetLoader {
  return async (url) => {
    let response: Response;
    try {
      response = await fetchFn(url, { cache: "no-store" });
    } catch (e) {
      throw new PolicyError(
        "fetch_failed",
        `Could not fetch the dataset from ${url}: ${e instanceof Error ? e.message : String(e)}.`,
      );
    }
    if (!response.ok) {
      const status = [response.status, response.statusText].filter(Boolean).join(" ");
      throw new PolicyError(
        "fetch_failed",
        `Could not fetch the dataset from ${url}: the server answered ${status}.`,
      );
    }
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      throw new PolicyError(
        "invalid_dataset",
        `The file at ${url} is not JSON, so it is not a dataset.`,
      );
    }
    return verifyDataset(json);
  };
}
