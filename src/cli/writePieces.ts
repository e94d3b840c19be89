import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { planPieces } from "../core/dataset/pieces/planPieces";
import { CATALOG_FORMAT, type Catalog } from "../core/dataset/pieces/pieceTypes";
import type { Dataset } from "../core/dataset/schema";
import { writeChunks } from "./writeChunks";

const nativeSha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/**
 * Writes the pieced dataset into `out`: catalog.json and the pieces/ folder it lists. A
 * previous build's pieces/ folder goes first (only when its catalog.json is ours), so
 * pieces of an older version do not pile up. `workbook` is the whole dataset as .xlsx
 * (workbookPiece), listed in the catalog when there is one. Returns the catalog written.
 */
export function writePieces(
  dataset: Dataset,
  out: string,
  workbook?: { bytes: Uint8Array | null; rows: number },
): Catalog {
  const catalogFile = join(out, "catalog.json");
  if (existsSync(catalogFile) && isOurCatalog(catalogFile))
    rmSync(join(out, "pieces"), { recursive: true, force: true });
  const folders = new Set<string>();
  const folderFor = (path: string) => {
    if (!folders.has(dirname(path))) mkdirSync(dirname(path), { recursive: true });
    folders.add(dirname(path));
    return path;
  };
  const { catalog } = planPieces(dataset, {
    sha256: nativeSha256,
    emit: (file) => writeFileSync(folderFor(join(out, file.path)), file.content),
    // A table's piece is named after its hash, known once it is written: it goes to a
    // temporary name first.
    emitChunks: (chunks, pathFor) => {
      const writing = folderFor(join(out, "pieces", ".writing"));
      const { sha256, bytes } = writeChunks(writing, ".writing", chunks);
      renameSync(writing, folderFor(join(out, pathFor(sha256))));
      return { sha256, bytes };
    },
  });
  if (workbook?.bytes) {
    const sha256 = createHash("sha256").update(workbook.bytes).digest("hex");
    const path = `pieces/workbook.${sha256.slice(0, 16)}.xlsx`;
    writeFileSync(folderFor(join(out, path)), workbook.bytes);
    catalog.workbook = { path, sha256, bytes: workbook.bytes.byteLength };
  }
  // The rows are for the pane's word on why there is none; beside a workbook they would be bytes
  // every first load fetches for nothing.
  else if (workbook) catalog.workbookRows = workbook.rows;
  writeFileSync(catalogFile, JSON.stringify(catalog) + "\n");
  return catalog;
}

function isOurCatalog(file: string): boolean {
  try {
    return (
      (JSON.parse(readFileSync(file, "utf8")) as { format?: unknown }).format === CATALOG_FORMAT
    );
  } catch {
    return false;
  }
}
