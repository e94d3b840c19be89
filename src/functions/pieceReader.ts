import { decodedBytes } from "../core/dataset/pieces/decodedBytes";
import { LruCache } from "../core/dataset/pieces/lruCache";
import { CATALOG_FORMAT, type Catalog, type PieceRef } from "../core/dataset/pieces/pieceTypes";
import { PolicyError } from "../core/errors";

export interface PieceResponse {
  ok: boolean;
  status: number;
  statusText: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}
/** `fresh` asks the server whether a cached copy is current: the catalog is the one piece whose name does not change. */
export type PieceFetch = (url: string, fresh: boolean) => Promise<PieceResponse>;

/**
 * Memory the decoded pieces held may take at most (decodedBytes: parsed JSON takes 1.2 to 4.3
 * times its bytes, a text up to twice); the id shards of one workbook's formulas fit many
 * times over.
 */
export const PIECE_CACHE_BYTES = 64 * 1024 * 1024;

/**
 * Reads the pieced dataset: the catalog, then pieces by the hash the catalog (or a piece it
 * lists) gives. Each piece is checked once against its sha256 with the platform's digest
 * (crypto.subtle; @noble/hashes where there is none, e.g. an http page), kept in an LRU by that
 * hash bounded by the memory the decoded pieces take, and shared by concurrent reads, so a refresh that lists the same hash
 * neither fetches nor checks it again.
 */
export class PieceReader {
  private readonly cache: LruCache<unknown>;

  /** What the pieces held take in memory, by decodedBytes; never more than the bound. */
  get heldBytes(): number {
    return this.cache.bytes;
  }
  private readonly pending = new Map<string, Promise<unknown>>();
  /** Pieces fetched and checked (tests and the bench read them). */
  fetched = 0;
  readonly urls: string[] = [];

  constructor(
    private readonly fetchFn: PieceFetch,
    maxBytes = PIECE_CACHE_BYTES,
  ) {
    this.cache = new LruCache(maxBytes);
  }

  /** The catalog at `url`, always fetched anew; a file of another format is refused by name. */
  async catalog(url: string): Promise<Catalog> {
    return (await this.catalogWithHash(url)).catalog;
  }

  /**
   * The catalog at `url` and the sha256 of its bytes, which says whose build it is; `fetched`
   * are its bytes where they were just fetched elsewhere (checked here all the same).
   */
  async catalogWithHash(
    url: string,
    fetched?: Uint8Array,
  ): Promise<{ catalog: Catalog; sha256: string }> {
    const bytes = fetched ?? (await this.fetchBytes(url, true));
    const sha256 = await sha256Hex(bytes);
    let catalog: unknown;
    try {
      catalog = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      throw new PolicyError("invalid_dataset", `The catalog at ${url} is not JSON.`);
    }
    const format = (catalog as { format?: unknown } | null)?.format;
    if (format !== CATALOG_FORMAT)
      throw new PolicyError(
        "invalid_dataset",
        `The file at ${url} is not a dataset catalog: its format is ${JSON.stringify(format ?? null)}, expected "${CATALOG_FORMAT}".`,
      );
    return { catalog: catalog as Catalog, sha256 };
  }

  /**
   * The JSON piece `ref` names, relative to the catalog at `catalogUrl`. `parse` (a schema
   * check, for a catalog not known to be valid) runs once, before the piece is kept: a piece
   * held by its hash has passed it, or came from a build that validated the same bytes.
   */
  json<T>(
    catalogUrl: string,
    ref: PieceRef,
    parse?: (json: unknown, url: string) => T,
  ): Promise<T> {
    return this.piece(catalogUrl, ref, (bytes, url) => {
      let json: unknown;
      try {
        json = JSON.parse(new TextDecoder().decode(bytes));
      } catch {
        throw new PolicyError("invalid_dataset", `The piece at ${url} is not JSON.`);
      }
      return parse ? parse(json, url) : (json as T);
    });
  }

  /** The text piece `ref` names (a document), relative to the catalog at `catalogUrl`. */
  text(catalogUrl: string, ref: PieceRef): Promise<string> {
    return this.piece(catalogUrl, ref, (bytes) => new TextDecoder().decode(bytes));
  }

  /**
   * The binary piece `ref` names (the workbook), checked against its sha256 and handed over,
   * never kept: it is saved once, and held beside the decoded pieces it would crowd them out.
   */
  file(catalogUrl: string, ref: PieceRef): Promise<Uint8Array> {
    return this.fetchChecked(catalogUrl.replace(/[^/]*$/, "") + ref.path, ref);
  }

  private piece<T>(
    catalogUrl: string,
    ref: PieceRef,
    decode: (bytes: Uint8Array, url: string) => T,
  ): Promise<T> {
    const held = this.cache.get(ref.sha256);
    if (held !== undefined) return Promise.resolve(held as T);
    let loading = this.pending.get(ref.sha256) as Promise<T> | undefined;
    if (!loading) {
      const url = catalogUrl.replace(/[^/]*$/, "") + ref.path;
      loading = this.fetchChecked(url, ref).then((bytes) => decode(bytes, url));
      loading
        .then((value) => this.cache.set(ref.sha256, value, decodedBytes(value)))
        .catch(() => undefined)
        .finally(() => this.pending.delete(ref.sha256));
      this.pending.set(ref.sha256, loading);
    }
    return loading;
  }

  private async fetchChecked(url: string, ref: PieceRef): Promise<Uint8Array> {
    const bytes = await this.fetchBytes(url, false);
    const actual = await sha256Hex(bytes);
    if (bytes.byteLength !== ref.bytes || actual !== ref.sha256)
      throw new PolicyError(
        "invalid_dataset",
        `The piece at ${url} is not the one the catalog lists (${bytes.byteLength} bytes, sha256 ` +
          `${actual.slice(0, 12)}…; expected ${ref.bytes} bytes, ${ref.sha256.slice(0, 12)}…). ` +
          "The server holds pieces of another build: publish the catalog and its pieces together.",
      );
    this.fetched += 1;
    return bytes;
  }

  private async fetchBytes(url: string, fresh: boolean): Promise<Uint8Array> {
    this.urls.push(url);
    let response: PieceResponse;
    try {
      response = await this.fetchFn(url, fresh);
    } catch (e) {
      throw new PolicyError(
        "fetch_failed",
        `Could not fetch ${url}: ${e instanceof Error ? e.message : String(e)}.`,
      );
    }
    if (!response.ok)
      throw new PolicyError(
        "fetch_failed",
        `Could not fetch ${url}: the server answered ${[response.status, response.statusText].filter(Boolean).join(" ")}.`,
      );
    return new Uint8Array(await response.arrayBuffer());
  }
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) {
    // Loaded only where there is no native digest, to keep it off the pane's start-up path.
    const [{ sha256 }, { bytesToHex }] = await Promise.all([
      import("@noble/hashes/sha2"),
      import("@noble/hashes/utils"),
    ]);
    return bytesToHex(sha256(bytes));
  }
  const digest = await subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * The platform's fetch as a PieceFetch: hashed pieces may come from the HTTP cache as they are;
 * the catalog is revalidated with the server each time (a 304 when unchanged), never taken as is.
 */
export function platformPieceFetch(): PieceFetch {
  return (url, fresh) => fetch(url, fresh ? { cache: "no-cache" } : {});
}
