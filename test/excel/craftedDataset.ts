import { fixtureDataset, FIXTURE_TEXT_A } from "../fixtures/fixtureDataset";
import { contentHash, sha256Hex } from "../../src/core/dataset/contentHash";
import type { Dataset } from "../../src/core/dataset/schema";

/** Quotes crafted to start with each character Excel reads as the start of a formula. */
export const CRAFTED = [
  '=HYPERLINK("http://evil.example","x")',
  "+1+1",
  "-2+3",
  "@SUM(1,2)",
  "'quoted",
  "=1+1",
];

/** The fixture with every figure's quote (and text) replaced by a crafted one; still valid. */
export function craftedDataset(): Dataset {
  return fixtureDataset((d) => {
    const text = CRAFTED.join("\n");
    d.sources[0].text = text + "\n" + FIXTURE_TEXT_A;
    d.sources[0].sha256 = sha256Hex(d.sources[0].text);
    d.sources[0].title = "=cmd|' /C calc'!A0";
    d.generatedFrom.documents[0].sha256 = d.sources[0].sha256;
    d.figures.forEach((f, i) => {
      const quote = CRAFTED[i % CRAFTED.length];
      const start =
        text
          .split("\n")
          .slice(0, i % CRAFTED.length)
          .join("\n").length + (i % CRAFTED.length ? 1 : 0);
      f.source = { doc: d.sources[0].id, quote, start, end: start + quote.length };
      f.metric = quote;
    });
    d.events.forEach((e) => (e.source = { ...d.figures[0].source }));
    d.conflicts[0].sides.forEach((s) => (s.doc = d.sources[0].id));
    d.tables.push({
      ...d.tables[0],
      id: "all-figures",
      title: "All figures",
      rows: d.figures.map((f) => f.id),
    });
    d.contentHash = contentHash(d as unknown as Record<string, unknown>);
  });
}
