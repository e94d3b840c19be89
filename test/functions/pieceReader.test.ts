import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Catalog } from "../../src/core/dataset/pieces/pieceTypes";
import { PieceReader, type PieceFetch } from "../../src/functions/pieceReader";
import { folderPieceFetch, SHIPPED_DIR } from "./pieceFetch";

const CATALOG = "data/catalog.json";
const catalog = JSON.parse(readFileSync(join(SHIPPED_DIR, "catalog.json"), "utf8")) as Catalog;

describe("PieceReader", () => {
  it("fetches the catalog past the HTTP cache and pieces from it", async () => {
    const fresh: boolean[] = [];
    const inner = folderPieceFetch();
    const reader = new PieceReader((url, f) => (fresh.push(f), inner(url, f)));
    await reader.catalog(CATALOG);
    await reader.json(CATALOG, catalog.tables[0].piece);
    expect(fresh).toEqual([true, false]);
  });

  it("checks each piece once: a second read, concurrent or later, neither fetches nor hashes", async () => {
    const fetched = folderPieceFetch();
    const reader = new PieceReader(fetched);
    const ref = catalog.tables[0].piece;
    const [a, b] = await Promise.all([reader.json(CATALOG, ref), reader.json(CATALOG, ref)]);
    expect(a).toBe(b);
    expect(await reader.json(CATALOG, ref)).toBe(a);
    expect(fetched.calls).toEqual([`data/${ref.path}`]);
    expect(reader.fetched).toBe(1);
  });

  it("fetches again only what its byte bound evicted", async () => {
    const fetched = folderPieceFetch();
    const [first, second] = catalog.tables.slice(0, 2).map((t) => t.piece);
    const reader = new PieceReader(fetched, Math.max(first.bytes, second.bytes));
    await reader.json(CATALOG, first);
    await reader.json(CATALOG, second);
    await reader.json(CATALOG, second);
    await reader.json(CATALOG, first);
    expect(fetched.calls.map((u) => u.replace(/^data\//, ""))).toEqual([
      first.path,
      second.path,
      first.path,
    ]);
  });

  it("hashes with @noble/hashes where the platform has no crypto.subtle", async () => {
    const subtle = Object.getOwnPropertyDescriptor(globalThis, "crypto")!;
    Object.defineProperty(globalThis, "crypto", { value: {}, configurable: true });
    try {
      const reader = new PieceReader(folderPieceFetch());
      const text = await reader.text(CATALOG, catalog.search);
      expect(Buffer.byteLength(text, "utf8")).toBe(catalog.search.bytes);
    } finally {
      Object.defineProperty(globalThis, "crypto", subtle);
    }
  });

  it("refuses a file that is not a catalog, naming the format it expected", async () => {
    const notCatalog: PieceFetch = async () => ({
      ok: true,
      status: 200,
      statusText: "OK",
      arrayBuffer: async () => new TextEncoder().encode('{"schemaVersion":1}').buffer,
    });
    await expect(new PieceReader(notCatalog).catalog(CATALOG)).rejects.toThrow(
      /not a dataset catalog: its format is null, expected "policy-tables-catalog\/1"/,
    );
  });

  it("names the URL and the answer when a piece is missing", async () => {
    const reader = new PieceReader(folderPieceFetch());
    await expect(
      reader.json(CATALOG, { path: "pieces/gone.json", sha256: "0".repeat(64), bytes: 1 }),
    ).rejects.toThrow("Could not fetch data/pieces/gone.json: the server answered 404 Not Found.");
  });
});
