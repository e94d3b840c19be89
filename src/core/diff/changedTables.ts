import type { Catalog } from "../dataset/pieces/pieceTypes";

/**
 * Which of the tables in use a newer catalog changes: a table piece's name and sha256 cover its
 * rows, records and their documents, so a table whose piece is the same in both is unchanged
 * without reading it. `changed` includes tables the newer catalog no longer lists.
 * @example changedTables(v106, v110) // { changed: ["sanctions"], unchanged: ["seizures", ...] }
 */
export function changedTables(
  inUse: Catalog,
  next: Catalog,
): { changed: string[]; unchanged: string[] } {
  const nextPiece = new Map(next.tables.map((t) => [t.id, t.piece.sha256]));
  const changed: string[] = [];
  const unchanged: string[] = [];
  for (const table of inUse.tables) {
    (nextPiece.get(table.id) === table.piece.sha256 ? unchanged : changed).push(table.id);
  }
  return { changed, unchanged };
}
