import { takeCatalog } from "./heldCatalog";
import { PiecedDataset } from "./piecedDataset";
import { PieceReader, platformPieceFetch, type PieceFetch } from "./pieceReader";
import { recalculateFor, runtimeIndex, state, type RuntimeState } from "./runtimeDataset";

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
  if (url !== s.url) return readPieces(url, true);
  if (!s.pieces || fresh) {
    // Opening starts from the catalog the pane fetched to show its list; a refresh fetches anew.
    const catalog = readPieces(url, !fresh);
    if (!s.pieceReader) return catalog;
    s.pieces = { reader: s.pieceReader, catalog };
  }
  return s.pieces.catalog;
}

/**
 * The pieced dataset beside `datasetUrl` as published now (its catalog fetched past any cache),
 * read through the runtime's reader but not put in use: the functions keep answering from the
 * catalog they have until installPieces (a refresh the person may still decline). Null where
 * there are no pieces to read, as for runtimePieces.
 */
export function freshPieces(datasetUrl: string): Promise<PiecedDataset | null> {
  return readPieces(datasetUrl, false);
}

async function readPieces(datasetUrl: string, opening: boolean): Promise<PiecedDataset | null> {
  const s = state();
  const catalogUrl = catalogUrlOf(datasetUrl);
  const fetchPiece = s.pieceFetch ?? (s.fetch ? undefined : defaultPieceFetch());
  if (!catalogUrl || !fetchPiece) return null;
  s.pieceReader ??= new PieceReader(fetchPiece);
  const reader = s.pieceReader;
  const held = opening ? takeCatalog(catalogUrl) : undefined;
  return reader.catalogWithHash(catalogUrl, held).then(
    ({ catalog, sha256 }) => new PiecedDataset(reader, catalogUrl, catalog, sha256),
    () => null,
  );
}

/**
 * Puts `pieces` (from freshPieces) in use as the runtime's dataset at `datasetUrl`: the
 * functions answer from its catalog; a whole dataset loaded from another content is dropped,
 * to be fetched again only if something asks for it; then the workbook recalculates, so POLICY
 * formulas show the new version, as installDataset does for a whole dataset.
 */
export async function installPieces(datasetUrl: string, pieces: PiecedDataset): Promise<void> {
  const s = state();
  const { contentHash, version } = pieces.catalog;
  if (s.url !== datasetUrl || (s.index && s.index.dataset.contentHash !== contentHash)) {
    s.generation += 1;
    s.index = undefined;
    s.loading = undefined;
  }
  s.url = datasetUrl;
  s.pieces = { reader: pieces.reader, catalog: Promise.resolve(pieces) };
  await recalculateFor(s, version);
}

function defaultPieceFetch(): PieceFetch | undefined {
  return typeof fetch === "function" ? platformPieceFetch() : undefined;
}

/** The pieces this runtime fetched and checked, by URL (tests and the bench). */
export function pieceUrls(s: RuntimeState = state()): string[] {
  return s.pieceReader?.urls ?? [];
}

/**
 * The version and content hash of the runtime's dataset, which the check when a workbook opens
 * compares with its tables: from the catalog beside it where there is one (a few KB), never
 * loading the whole dataset for two strings; else from the whole dataset.
 */
export async function runtimeVersion(): Promise<{ version: string; contentHash: string }> {
  const s = state();
  if (s.index) return s.index.dataset;
  const pieces = await runtimePieces();
  return pieces?.catalog ?? (await runtimeIndex()).dataset;
}
