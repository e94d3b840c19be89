import { canonicalJson } from "./canonicalJson";
import { sha256Text } from "./contentHash";

/**
 * The sha256 of the canonical JSON of every annotation, sorted by document id, taken as each
 * document is built, in whatever order: each annotation can go as soon as its document is done,
 * instead of the corpus's annotations all being held to the end of the build.
 */
export class AnnotationsHash {
  private readonly order: string[];
  private next = 0;
  private readonly waiting = new Map<string, string>();
  private readonly hash = sha256Text();

  constructor(docs: Iterable<string>) {
    this.order = [...docs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    this.hash.update("[");
  }

  /** Takes the annotation of `doc`, one of the documents the hash was made for. */
  add(doc: string, annotation: unknown): void {
    this.waiting.set(doc, canonicalJson(annotation));
    for (let d = this.order[this.next]; this.waiting.has(d); d = this.order[++this.next]) {
      if (this.next > 0) this.hash.update(",");
      this.hash.update(this.waiting.get(d)!);
      this.waiting.delete(d);
    }
  }

  /** The hex sha256, once every document's annotation was added. */
  hex(): string {
    if (this.next < this.order.length)
      throw new Error(`The annotation of "${this.order[this.next]}" was never added.`);
    this.hash.update("]");
    return this.hash.hex();
  }
}
