/**
 * A least-recently-used cache bounded by the bytes its values take, for dataset pieces keyed
 * by content hash: a piece read again costs nothing, and a long session over a large corpus
 * holds at most `maxBytes`. A value larger than the bound is returned to its caller but not kept.
 */
export class LruCache<V> {
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  private held = 0;

  constructor(readonly maxBytes: number) {
    if (!(maxBytes > 0)) throw new RangeError(`maxBytes must be positive, got ${maxBytes}`);
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Map keeps insertion order: re-inserting marks the entry as the most recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V, bytes: number): void {
    const prior = this.entries.get(key);
    if (prior) {
      this.entries.delete(key);
      this.held -= prior.bytes;
    }
    if (bytes > this.maxBytes) return;
    this.entries.set(key, { value, bytes });
    this.held += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.held <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.held -= entry.bytes;
    }
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** Bytes held now; never more than maxBytes. */
  get bytes(): number {
    return this.held;
  }

  get size(): number {
    return this.entries.size;
  }
}
