import type { Dataset } from "../core/dataset/schema";

/** The dataset shipped with the add-in, relative to the page (runtimeDataset's DATASET_URL). */
export const SHIPPED_DATASET_URL = "data/dataset.json";

/**
 * Fetches and validates a dataset; resolves only with a dataset that passed every check.
 * "open" may reuse a dataset the runtime already holds; "refresh" always fetches anew.
 */
export type DatasetLoader = (
  url: string,
  reason: "open" | "refresh",
  /** Asked with the fetched, valid dataset before it replaces the one in use; false cancels. */
  approve?: DatasetApproval,
) => Promise<Dataset>;

export type DatasetApproval = (dataset: Dataset) => Promise<boolean>;

/** A refresh the person declined: the fetched dataset was not installed. */
export class DatasetDeclined extends Error {
  constructor(readonly dataset: Dataset) {
    super(`Dataset ${dataset.version} was not used.`);
    this.name = "DatasetDeclined";
  }
}

/** What the shared runtime (src/functions/runtimeDataset.ts) offers the pane. */
export interface RuntimeDatasetApi {
  runtimeDataset(): Promise<Dataset>;
  installDataset(dataset: unknown): Promise<Dataset>;
  configureRuntimeDataset(options: { url?: string }): void;
}

/**
 * The pane and the custom functions share one dataset in the shared runtime: opening reuses the
 * runtime's (one fetch for both); a refresh or another URL fetches and validates, asks
 * `approve`, and only then installs it, which also recalculates the POLICY formulas.
 */
export function sharedDatasetLoader(
  fetchAndParse: DatasetLoader,
  runtime: () => Promise<RuntimeDatasetApi>,
  shippedUrl = SHIPPED_DATASET_URL,
): DatasetLoader {
  let runtimeUrl = shippedUrl;
  return async (url, reason, approve) => {
    const { configureRuntimeDataset, installDataset, runtimeDataset } = await runtime();
    if (reason === "open" && url === runtimeUrl) return runtimeDataset();
    const fresh = await fetchAndParse(url, reason);
    if (approve && !(await approve(fresh))) throw new DatasetDeclined(fresh);
    const dataset = await installDataset(fresh);
    runtimeUrl = url;
    configureRuntimeDataset({ url });
    return dataset;
  };
}

/**
 * fetchDatasetLoader, loaded with the first fetch the shared runtime does not make for the pane
 * (a refresh, another URL): opening the shipped dataset never needs it (startup budget).
 */
export function lazyFetchDatasetLoader(fetchFn: typeof fetch): DatasetLoader {
  return async (url, reason, approve) => {
    const { fetchDatasetLoader } = await import(
      /* webpackChunkName: "fetch-dataset" */ "./fetchDataset"
    );
    return fetchDatasetLoader(fetchFn)(url, reason, approve);
  };
}
