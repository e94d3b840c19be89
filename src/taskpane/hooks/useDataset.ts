import { useCallback, useEffect, useState } from "react";
import type { Dataset } from "../../core/dataset/schema";
import type { DatasetApproval, DatasetLoader } from "../loadDataset";

export type DatasetState =
  | { status: "loading"; url: string }
  /** `loadedAt` is null for a dataset cut from pieces fetched at several times. */
  | { status: "ready"; url: string; dataset: Dataset; loadedAt: Date | null }
  | { status: "error"; url: string; error: unknown };

/**
 * The dataset the pane works on, loaded from `url` once `wanted` (the Catalog's list can show
 * from the catalog alone; a view or an opened table that reads records wants the dataset).
 * `reload` fetches again and resolves with the new dataset, or rejects and keeps the last good
 * one (a failed refresh changes nothing). `forget` drops the dataset held (a refresh from the
 * pieces replaced its content): it is loaded again once wanted.
 */
export function useDataset(load: DatasetLoader, url: string, wanted = true) {
  const [state, setState] = useState<DatasetState>({ status: "loading", url });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (!wanted) return;
    let live = true;
    load(url, "open").then(
      (dataset) => live && setState({ status: "ready", url, dataset, loadedAt: new Date() }),
      (error: unknown) => live && setState({ status: "error", url, error }),
    );
    return () => {
      live = false;
    };
  }, [load, url, wanted, generation]);

  const forget = useCallback(() => {
    setState({ status: "loading", url });
    setGeneration((g) => g + 1);
  }, [url]);

  const reload = useCallback(
    async (approve?: DatasetApproval): Promise<Dataset> => {
      try {
        const dataset = await load(url, "refresh", approve);
        setState({ status: "ready", url, dataset, loadedAt: new Date() });
        return dataset;
      } catch (error) {
        setState((previous) =>
          previous.status === "ready" && previous.url === url
            ? previous
            : { status: "error", url, error },
        );
        throw error;
      }
    },
    [load, url],
  );

  // A new URL shows as loading until its first answer, never as the old URL's dataset.
  const current: DatasetState = state.url === url ? state : { status: "loading", url };
  return { state: current, reload, forget };
}
