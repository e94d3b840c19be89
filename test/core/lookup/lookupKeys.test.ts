import fc from "fast-check";
import { buildIndex } from "../../../src/core/lookup/buildIndex";
import { mismatch, readQuery } from "../../../src/core/lookup/lookupByMeaning";
import { figureKeys, stemKey, wordKeys } from "../../../src/core/lookup/lookupKeys";
import { shippedDataset } from "../../excel/shippedDataset";

const dataset = shippedDataset();
const index = buildIndex(dataset);

describe("lookupKeys", () => {
  it("keys a query word by its first four letters, and a verb also by those of the same act", () => {
    expect(wordKeys("press")).toEqual(["pres"]);
    expect(wordKeys("cbp")).toEqual(["cbp"]);
    expect(wordKeys("seize")).toEqual(["seiz", "stop", "inte"]);
    expect(wordKeys("designat")).toEqual(["desi", "sanc"]);
    expect(stemKey("2023")).toBe("2023");
  });

  it("lists a figure under the keys of its name, context and quote", () => {
    const f = dataset.figures.find((x) => x.id === "dhs-pill-presses-seized-fy2023")!;
    expect(figureKeys(f)).toEqual(
      expect.arrayContaining(["pill", "pres", "dhs", "fy20", "stop", "fent"]),
    );
  });

  it("names, for any word a figure holds, a key the figure is listed under", () => {
    // Every prefix (from 1 letter) of every stem of the shipped figures, and the verbs of the same act.
    const stems = [...index.stems.values()].flatMap((s) => [...s.name, ...s.context, ...s.quote]);
    const words = [
      ...new Set([
        ...stems.flatMap((s) => [...s].map((_, i) => s.slice(0, i + 1))),
        "stopped",
        "interdicted",
        "designated",
        "charged",
      ]),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.constantFrom(...dataset.figures), (word, f) => {
        const q = { ...readQuery({ text: "x" }), words: [word] };
        if (mismatch(index, f, q) === "words") return;
        const keys = new Set(figureKeys(f));
        expect([word, f.id, wordKeys(word).some((k) => keys.has(k))]).toEqual([word, f.id, true]);
      }),
      { numRuns: 20_000 },
    );
  });
});
