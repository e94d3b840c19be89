import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { decodedBytes } from "../../src/core/dataset/pieces/decodedBytes";
import type { Catalog, PieceRef } from "../../src/core/dataset/pieces/pieceTypes";
import { PieceReader, type PieceFetch } from "../../src/functions/pieceReader";
import { folderPieceFetch, SHIPPED_DIR } from "./pieceFetch";

const CATALOG = "data/catalog.json";
const catalog = JSON.parse(readFileSync(join(SHIPPED_DIR, "catalog.json"), "utf8")) as Catalog;

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

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

  it("fetches again only what its bound evicted, the least recently read first", async () => {
    const fetched = folderPieceFetch();
    const [first, second, third] = catalog.tables.slice(0, 3).map((t) => t.piece);
    const size = async (ref: PieceRef) =>
      decodedBytes(await new PieceReader(folderPieceFetch()).json(CATALOG, ref));
    const [a, b, c] = [await size(first), await size(second), await size(third)];
    // Room for the first two, not for all three.
    const reader = new PieceReader(fetched, a + b + Math.min(a, b, c) - 1);
    await reader.json(CATALOG, first);
    await reader.json(CATALOG, second);
    expect(reader.heldBytes).toBe(a + b);
    await reader.json(CATALOG, first); // now the most recently read: second goes first
    await reader.json(CATALOG, third);
    expect(reader.heldBytes).toBe(a + c);
    await reader.json(CATALOG, first);
    await reader.json(CATALOG, second);
    expect(fetched.calls.map((u) => u.replace(/^data\//, ""))).toEqual([
      first.path,
      second.path,
      third.path,
      second.path,
    ]);
    expect(reader.heldBytes).toBeLessThanOrEqual(a + b + Math.min(a, b, c) - 1);
  });

  it("bounds what it holds by the memory the decoded pieces take, not by their bytes", async () => {
    // 20,000 small numbers: 2 bytes each as JSON, a slot of 8 each once parsed.
    const content = new TextEncoder().encode(
      JSON.stringify(Array.from({ length: 20_000 }, () => 7)),
    );
    const ref: PieceRef = {
      path: "pieces/numbers.json",
      sha256: createHash("sha256").update(content).digest("hex"),
      bytes: content.byteLength,
    };
    const calls: string[] = [];
    const serve: PieceFetch = async (url) => {
      calls.push(url);
      return {
        ok: true,
        status: 200,
        statusText: "OK",
        arrayBuffer: async () => content.slice().buffer,
      };
    };
    const decoded = decodedBytes(JSON.parse(new TextDecoder().decode(content)));
    expect(decoded).toBeGreaterThan(3 * ref.bytes);
    const reader = new PieceReader(serve, 2 * ref.bytes);
    await reader.json(CATALOG, ref);
    await settled(); // a read still under way is shared, not fetched again
    await reader.json(CATALOG, ref);
    expect(calls).toHaveLength(2); // too big to keep, however few bytes it came in
    expect(reader.heldBytes).toBe(0);
    const roomy = new PieceReader(serve, decoded);
    await roomy.json(CATALOG, ref);
    await settled();
    await roomy.json(CATALOG, ref);
    expect(calls).toHaveLength(3);
    expect(roomy.heldBytes).toBe(decoded);
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
