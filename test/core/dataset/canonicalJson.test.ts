import fc from "fast-check";
import {
  canonicalJson,
  canonicalJsonChunks,
  hashedContent,
} from "../../../src/core/dataset/canonicalJson";
import { contentHash, sha256Hex, sha256OfChunks } from "../../../src/core/dataset/contentHash";
import { shippedDataset } from "../../excel/shippedDataset";

describe("canonicalJsonChunks", () => {
  it("joins to canonicalJson's text for any value, at any depth of cutting", () => {
    const value = fc.oneof(fc.jsonValue(), fc.array(fc.option(fc.jsonValue(), { nil: undefined })));
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 4 }), (v, expand) => {
        expect([...canonicalJsonChunks(v, expand)].join("")).toBe(canonicalJson(v));
      }),
      { numRuns: 2_000 },
    );
  });

  it("sorts keys and leaves out undefined members as canonicalJson does", () => {
    const value = { b: [1, undefined, { d: 1, c: undefined }], a: "x" };
    expect([...canonicalJsonChunks(value)].join("")).toBe('{"a":"x","b":[1,,{"d":1}]}');
    expect(canonicalJson(value)).toBe('{"a":"x","b":[1,,{"d":1}]}');
  });
});

describe("contentHash", () => {
  it("is the sha256 of the whole canonical text, hashed in pieces", () => {
    const dataset = shippedDataset() as unknown as Record<string, unknown>;
    expect(contentHash(dataset)).toBe(sha256Hex(hashedContent(dataset)));
    expect(contentHash(dataset)).toBe(dataset.contentHash);
  });
});

describe("sha256OfChunks", () => {
  it("hashes the text its chunks join to, across batches and multi-byte characters", () => {
    const chunks = ["[", "é".repeat(700_000), ",", "\u{1F4A5}".repeat(300_000), "]"];
    expect(sha256OfChunks(chunks)).toBe(sha256Hex(chunks.join("")));
    expect(sha256OfChunks([])).toBe(sha256Hex(""));
  });

  it("gives an annotation list the hash of its canonical text, chunked one member at a time", () => {
    const annotations = [
      { doc: "b", figures: [{ id: "x", note: "ü" }] },
      { doc: "a", events: [] },
    ];
    expect(sha256OfChunks(canonicalJsonChunks(annotations, 1))).toBe(
      sha256Hex(canonicalJson(annotations)),
    );
  });
});
