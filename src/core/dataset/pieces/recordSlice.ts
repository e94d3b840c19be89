import type { Dataset, Event, Figure } from "../schema";
import type { Catalog, IdRecord, SourceMeta } from "./pieceTypes";
import { withoutTextPiece } from "./piecesDataset";

/**
 * A dataset holding one figure or event and its document, cut from the catalog and the
 * id-index pieces, so the lookup engine answers POLICY.VALUE and its kin as it does over the
 * whole dataset. The document's text stays in its own piece: no function reads it.
 */
export function recordSlice(catalog: Catalog, found: IdRecord, source: SourceMeta | null): Dataset {
  return datasetSlice(
    catalog,
    found.kind === "figure" ? [found.record] : [],
    found.kind === "event" ? [found.record] : [],
    source ? [source] : [],
  );
}

/** A dataset of the catalog's version holding only these records and documents (without text). */
export function datasetSlice(
  catalog: Catalog,
  figures: Figure[],
  events: Event[],
  sources: SourceMeta[],
): Dataset {
  return {
    schemaVersion: catalog.schemaVersion as Dataset["schemaVersion"],
    version: catalog.version,
    contentHash: catalog.contentHash,
    generatedFrom: {
      documents: [],
      annotationsSha256: catalog.annotationsSha256,
      extractor: catalog.extractor,
    },
    sources: sources.map(withoutTextPiece),
    tables: [],
    figures,
    events,
    conflicts: [],
  };
}

/**
 * A dataset of the catalog's version holding its tables' headings and columns but no rows and
 * no records: what POLICY.TABLE reads to refuse an unknown table, listing every table and the
 * nearest id as over the whole dataset, without fetching any table's piece.
 */
export function tablesListSlice(catalog: Catalog): Dataset {
  return {
    ...datasetSlice(catalog, [], [], []),
    tables: catalog.tables.map(({ id, title, description, kind, columns }) => ({
      id,
      title,
      description,
      kind,
      columns,
      rows: [],
    })),
  };
}
