import type { Dataset, Source } from "../schema";
import type { Catalog, SourceMeta, TablePiece } from "./pieceTypes";

/**
 * A dataset holding the tables of `pieces` and every record their cells read, cut from the
 * catalog and those table pieces, so the workbook engine (planTable, insert, refresh, export)
 * works on it as on the whole dataset. `sources` adds documents no table names (the Sources
 * sheet keeps every document it listed). Document texts stay in their own pieces: no cell
 * shows them, so each source's text is empty here.
 */
export function piecesDataset(
  catalog: Catalog,
  pieces: readonly TablePiece[],
  sources: readonly SourceMeta[] = [],
): Dataset {
  const unique = <T extends { id: string }>(lists: T[][]) => [
    ...new Map(lists.flat().map((r) => [r.id, r])).values(),
  ];
  // In the whole dataset's order (by file), which the Sources sheet lists them in.
  const documents = unique([...pieces.map((p) => p.sources), [...sources]])
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    .map(withoutTextPiece);
  return {
    schemaVersion: catalog.schemaVersion as Dataset["schemaVersion"],
    version: catalog.version,
    contentHash: catalog.contentHash,
    generatedFrom: {
      documents: documents.map((s) => ({ doc: s.id, file: s.file, sha256: s.sha256 })),
      annotationsSha256: catalog.annotationsSha256,
      extractor: catalog.extractor,
    },
    sources: documents,
    tables: unique([pieces.map((p) => p.table)]),
    figures: unique(pieces.map((p) => p.figures)),
    events: unique(pieces.map((p) => p.events)),
    conflicts: unique(pieces.map((p) => p.conflicts)),
  };
}

/** The document without the reference to its text piece, its text left empty. */
export function withoutTextPiece(source: SourceMeta): Source {
  const { textPiece: _piece, ...meta } = source;
  return { ...meta, text: "" };
}
