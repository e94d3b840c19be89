import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { PieceFetch } from "../../src/functions/pieceReader";

/** The folder `npm run dataset` writes (test/run-all.sh builds it before Jest). */
export const SHIPPED_DIR = resolve(__dirname, "../../dist/data");

/**
 * A PieceFetch serving files of `dir` for URLs under "data/", recording each URL; `edit` may
 * change a file's bytes on the way (a server holding another build's piece).
 */
export function folderPieceFetch(
  dir = SHIPPED_DIR,
  edit: (path: string, bytes: Buffer) => Buffer = (_, b) => b,
): PieceFetch & { calls: string[] } {
  const calls: string[] = [];
  const fetchPiece: PieceFetch = async (url) => {
    calls.push(url);
    const path = join(dir, url.replace(/^data\//, ""));
    if (!url.startsWith("data/") || !existsSync(path))
      return {
        ok: false,
        status: 404,
        statusText: "Not Found",
        arrayBuffer: async () => new ArrayBuffer(0),
      };
    const bytes = edit(url, readFileSync(path));
    return {
      ok: true,
      status: 200,
      statusText: "OK",
      arrayBuffer: async () =>
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    };
  };
  return Object.assign(fetchPiece, { calls });
}
