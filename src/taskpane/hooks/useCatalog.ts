import { useEffect, useState } from "react";
import type { CatalogListing, CatalogLoader } from "../loadCatalog";

/** The catalog of `url` while it loads ("loading") and after (null where there is none). */
export type CatalogState =
  | { status: "loading"; url: string }
  | { status: "done"; url: string; catalog: CatalogListing | null };

/** The catalog beside the dataset at `url`; without a loader, at once none. */
export function useCatalog(load: CatalogLoader | undefined, url: string): CatalogState {
  const [state, setState] = useState<CatalogState>({ status: "loading", url });
  useEffect(() => {
    if (!load) return;
    let live = true;
    load(url).then((catalog) => live && setState({ status: "done", url, catalog }));
    return () => {
      live = false;
    };
  }, [load, url]);
  if (!load) return { status: "done", url, catalog: null };
  // A new URL is loading until its own answer, never the old URL's catalog.
  return state.url === url ? state : { status: "loading", url };
}
