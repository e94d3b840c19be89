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
