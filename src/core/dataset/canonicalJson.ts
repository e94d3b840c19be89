/**
 * JSON with object keys sorted at every depth, so equal content always hashes equally. Kept
 * apart from the hashing library so the task pane can hash with the browser's own sha256.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

/** What a dataset's contentHash covers: everything but `version` and `contentHash`. */
export function hashedContent(dataset: Record<string, unknown>): string {
  const { version: _v, contentHash: _h, ...content } = dataset;
  return canonicalJson(content);
}

/**
 * canonicalJson in pieces: the top `expand` levels of objects and arrays are cut at their
 * members, deeper values written whole; joined, the chunks are canonicalJson's text. A corpus
 * of thousands of documents is hashed from these without one string of it all.
 */
export function* canonicalJsonChunks(value: unknown, expand = 2): Generator<string> {
  if (expand <= 0 || value === null || typeof value !== "object") {
    // An undefined array member is "" in canonicalJson's join, as here.
    return yield canonicalJson(value) ?? "";
  }
  if (Array.isArray(value)) {
    yield "[";
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield ",";
      yield* canonicalJsonChunks(value[i], expand - 1);
    }
    return yield "]";
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  yield "{";
  for (const [i, [k, v]] of entries.entries()) {
    yield `${i > 0 ? "," : ""}${JSON.stringify(k)}:`;
    yield* canonicalJsonChunks(v, expand - 1);
  }
  yield "}";
}

/** hashedContent in pieces (canonicalJsonChunks). */
export function hashedContentChunks(dataset: Record<string, unknown>): Generator<string> {
  const { version: _v, contentHash: _h, ...content } = dataset;
  return canonicalJsonChunks(content);
}
