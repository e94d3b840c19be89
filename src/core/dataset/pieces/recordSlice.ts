import type { Dataset, Source } from "../schema";
import type { Catalog, IdRecord, SourceMeta } from "./pieceTypes";
import { withoutTextPiece } from "./piecesDataset";

/**
 * A dataset holding one figure or event and its document, cut from the catalog and the
 * id-index pieces, so the lookup engine answers POLICY.VALUE and its kin as it does over the
 * whole dataset. The document's text stays in its own piece: no function reads it.
 */
export function recordSlice(catalog: Catalog, found: IdRecord, source: SourceMeta | null): Dataset {
  const sources: Source[] = source ? [withoutTextPiece(source)] : [];
  return {
    schemaVersion: catalog.schemaVersion as Dataset["schemaVersion"],
    version: catalog.version,
    contentHash: catalog.contentHash,
    generatedFrom: {
      documents: [],
      annotationsSha256: catalog.annotationsSha256,
      extractor: catalog.extractor,
    },
    sources,
    tables: [],
    figures: found.kind === "figure" ? [found.record] : [],
    events: found.kind === "event" ? [found.record] : [],
    conflicts: [],
  };
}
