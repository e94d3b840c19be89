import { useEffect, useMemo, useState } from "react";
import type { Dataset } from "../../core/dataset/schema";
import type { TablesLoader } from "../loadTables";

type Wanted = { url: string; ids: string[] | "all" };

/**
 * The Catalog's tables cut from their pieces while the whole dataset is not loaded: `want`
 * asks for one table's records, or every table's (null). Without a loader or a catalog, or
 * where the loader finds no pieces beside the dataset, `wholeDataset` is asked for instead.
 */
export function usePiecedTables(
  load: TablesLoader | undefined,
  url: string,
  catalog: unknown,
  wholeDataset: () => void,
) {
  const [wanted, setWanted] = useState<Wanted | null>(null);
  const [got, setGot] = useState<{ wanted: Wanted; dataset?: Dataset | null; error?: unknown }>();
  useEffect(() => {
    if (!load || wanted?.url !== url) return;
    let live = true;
    load(url, wanted.ids).then(
      (dataset) => live && (dataset ? setGot({ wanted, dataset }) : wholeDataset()),
      (error: unknown) => live && setGot({ wanted, error: error ?? "failed" }),
    );
    return () => {
      live = false;
    };
  }, [load, url, wanted, wholeDataset]);

  // A catalog put in use by a refresh lists other pieces: the tables shown are cut again.
  const [cutFrom, setCutFrom] = useState(catalog);
  if (cutFrom !== catalog) {
    setCutFrom(catalog);
    if (cutFrom && wanted) setWanted({ ...wanted });
  }
  const now = got?.wanted === wanted && wanted?.url === url ? got : undefined;
  const dataset = now?.dataset ?? null;
  return useMemo(
    () => ({
      dataset,
      complete: Boolean(dataset) && wanted?.ids === "all",
      error: now?.error,
      want: (tableId: string | null) => {
        if (!load || !catalog) return wholeDataset();
        // The tables already cut hold this one (a download cut them all): nothing to fetch.
        if (!dataset?.tables.some((t) => t.id === tableId))
          setWanted({ url, ids: tableId ? [tableId] : "all" });
      },
      retry: () => setWanted((w) => w && { ...w }),
    }),
    [dataset, wanted, now, load, catalog, url, wholeDataset],
  );
}
