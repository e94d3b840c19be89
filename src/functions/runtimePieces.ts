import { PiecedDataset } from "./piecedDataset";
import { PieceReader, platformPieceFetch, type PieceFetch } from "./pieceReader";
import { state, type RuntimeState } from "./runtimeDataset";

/** The catalog published beside a dataset URL ending in "dataset.json", else null. */
export function catalogUrlOf(datasetUrl: string): string | null {
  return /(^|\/)dataset\.json$/.test(datasetUrl)
    ? datasetUrl.replace(/dataset\.json$/, "catalog.json")
    : null;
}

/**
 * The pieced dataset beside `datasetUrl` (the runtime's own by default), read through the
 * runtime's one PieceReader, so the task pane and the custom functions share its catalog and
 * its cache of checked pieces. Null where there are no pieces to read: a URL not ending in
 * dataset.json, a runtime that cannot fetch pieces, or a catalog that is missing, unreadable or
 * of another format; the whole dataset then answers and says what is wrong, as before.
 * `fresh` fetches the catalog again (a refresh); the pieces it still lists are not.
 */
export async function runtimePieces(
  datasetUrl?: string,
  fresh = false,
): Promise<PiecedDataset | null> {
  const s = state();
  const url = datasetUrl ?? s.url;
  const catalogUrl = catalogUrlOf(url);
  const fetchPiece = s.pieceFetch ?? (s.fetch ? undefined : defaultPieceFetch());
  if (!catalogUrl || !fetchPiece) return null;
  s.pieceReader ??= new PieceReader(fetchPiece);
  const reader = s.pieceReader;
  const read = () =>
    reader.catalogWithHash(catalogUrl).then(
      ({ catalog, sha256 }) => new PiecedDataset(reader, catalogUrl, catalog, sha256),
      () => null,
    );
  if (url !== s.url) return read();
  if (!s.pieces || fresh) s.pieces = { reader, catalog: read() };
  return s.pieces.catalog;
}

function defaultPieceFetch(): PieceFetch | undefined {
  return typeof fetch === "function" ? platformPieceFetch() : undefined;
}

/** The pieces this runtime fetched and checked, by URL (tests and the bench). */
export function pieceUrls(s: RuntimeState = state()): string[] {
  return s.pieceReader?.urls ?? [];
}
