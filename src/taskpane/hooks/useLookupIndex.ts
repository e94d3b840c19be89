import { useEffect, useState } from "react";
import type { Dataset } from "../../core/dataset/schema";
import type { LookupIndex } from "../../core/lookup/buildIndex";

/**
 * The lookup index of `dataset` (null until built), for the views that read records: Search,
 * Trace and Conflicts. The index builder is a chunk of its own, so the Catalog, which lists
 * tables from the catalog, opens without it.
 */
export function useLookupIndex(dataset: Dataset | null): LookupIndex | null {
  const [built, setBuilt] = useState<LookupIndex | null>(null);
  useEffect(() => {
    if (!dataset) return;
    let live = true;
    void import(/* webpackChunkName: "lookup-index" */ "../../core/lookup/buildIndex").then(
      ({ buildIndex }) => live && setBuilt(buildIndex(dataset)),
    );
    return () => {
      live = false;
    };
  }, [dataset]);
  return built && built.dataset === dataset ? built : null;
}
