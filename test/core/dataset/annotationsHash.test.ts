import fc from "fast-check";
import { AnnotationsHash } from "../../../src/core/dataset/annotationsHash";
import { canonicalJson } from "../../../src/core/dataset/canonicalJson";
import { sha256Hex } from "../../../src/core/dataset/contentHash";

const byDoc = (a: { doc: string }, b: { doc: string }) =>
  a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0;

describe("AnnotationsHash", () => {
  it("hashes the annotations sorted by document, whatever order the documents are built in", () => {
    const annotation = fc.record({ doc: fc.string(), note: fc.jsonValue() });
    fc.assert(
      fc.property(
        fc.uniqueArray(annotation, { selector: (a) => a.doc, maxLength: 12 }),
        fc.infiniteStream(fc.nat()),
        (annotations, picks) => {
          const hash = new AnnotationsHash(annotations.map((a) => a.doc));
          const left = [...annotations];
          const it = picks[Symbol.iterator]();
          while (left.length) {
            const [next] = left.splice(it.next().value % left.length, 1);
            hash.add(next.doc, next);
          }
          expect(hash.hex()).toBe(sha256Hex(canonicalJson([...annotations].sort(byDoc))));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("names the document whose annotation never came", () => {
    const hash = new AnnotationsHash(["a", "b"]);
    hash.add("b", { doc: "b" });
    expect(() => hash.hex()).toThrow(/annotation of "a" was never added/);
  });
});
