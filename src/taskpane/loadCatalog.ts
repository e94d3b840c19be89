import type { TableDescription } from "../core/dataset/pieces/describeTable";
import { CATALOG_FORMAT } from "../core/dataset/pieces/pieceTypes";
import { holdCatalog } from "../functions/heldCatalog";

/** What the pane opens on: the published catalog's version and its tables, without rows. */
export interface CatalogListing {
  version: string;
  contentHash: string;
  tables: TableDescription[];
}

/**
 * The catalog published beside the dataset at `datasetUrl`, or null where there is none to
 * use; the pane then opens from the whole dataset, whose loader reports any problem with the
 * URL, as it always did.
 */
export type CatalogLoader = (datasetUrl: string) => Promise<CatalogListing | null>;

/** A catalog slower than this is passed over for the whole dataset, which has its own timeout. */
export const CATALOG_TIMEOUT_MS = 10_000;

/**
 * Fetches "catalog.json" beside a URL ending in "dataset.json" (npm run dataset writes both),
 * past the HTTP cache as the dataset is. A missing, unreadable or foreign catalog is null: the
 * catalog only lets the pane show its tables sooner, and the dataset itself is the authority.
 * Its bytes are held for the runtime's piece reader, which checks them as its own fetch's, so
 * the catalog is fetched once on open.
 */
export function fetchCatalogLoader(
  fetchFn: typeof fetch,
  timeoutMs = CATALOG_TIMEOUT_MS,
): CatalogLoader {
  return async (datasetUrl) => {
    if (!/(^|\/)dataset\.json$/.test(datasetUrl)) return null;
    const url = datasetUrl.replace(/dataset\.json$/, "catalog.json");
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<null>((resolve) => (timer = setTimeout(resolve, timeoutMs, null)));
    const read = fetchFn(url, { cache: "no-cache" })
      .then((response) => (response.ok ? response.arrayBuffer() : null))
      .then((buffer) => {
        if (!buffer) return null;
        const bytes = new Uint8Array(buffer);
        const json: unknown = JSON.parse(new TextDecoder().decode(bytes));
        if (!isListing(json)) return null;
        holdCatalog(url, bytes);
        return json;
      })
      .catch(() => null);
    return Promise.race([read, late]).finally(() => clearTimeout(timer));
  };
}

function isListing(json: unknown): json is CatalogListing {
  const c = json as Partial<CatalogListing & { format: string }> | null;
  return (
    c?.format === CATALOG_FORMAT &&
    typeof c.version === "string" &&
    typeof c.contentHash === "string" &&
    Array.isArray(c.tables) &&
    c.tables.every(
      (t: Partial<TableDescription> | null) =>
        typeof t?.id === "string" &&
        typeof t.title === "string" &&
        typeof t.description === "string" &&
        Number.isInteger(t.rowCount) &&
        Number.isInteger(t.sourceCount) &&
        Array.isArray(t.categories) &&
        t.categories.every((x) => typeof x === "string"),
    )
  );
}
