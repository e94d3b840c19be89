const KEY = Symbol.for("policy-tables.held-catalogs");

/** On globalThis, so the pane's bundle and the functions' share it in the shared runtime. */
function held(): Map<string, Uint8Array> {
  const holder = globalThis as unknown as Record<symbol, Map<string, Uint8Array> | undefined>;
  holder[KEY] ??= new Map();
  return holder[KEY];
}

/**
 * Keeps the bytes of the catalog the pane fetched to open (loadCatalog.ts), so the runtime's
 * piece reader starts from them instead of fetching the same file again (runtimePieces.ts).
 */
export function holdCatalog(url: string, bytes: Uint8Array): void {
  held().set(url, bytes);
}

/** The catalog bytes held for `url`, once; undefined where none is held. */
export function takeCatalog(url: string): Uint8Array | undefined {
  const bytes = held().get(url);
  held().delete(url);
  return bytes;
}
