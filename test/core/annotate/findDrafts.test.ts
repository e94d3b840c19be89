import { findDrafts } from "../../../src/core/annotate/findDrafts";
import { buildDataset } from "../../../src/core/dataset/buildDataset";
import { readSeedConfig, readSeedDocs } from "./seedsFixture";

describe("findDrafts", () => {
  it("names every entry still marked draft, by list, index and id or mention", () => {
    const data = {
      source: { draft: true, title: "T" },
      figures: [{ id: "a" }, { draft: true, id: "b" }],
      events: [{ draft: true, id: "c" }],
      dismissed: [{ draft: true, mention: "2023", reason: "x" }],
    };
    expect(findDrafts(data)).toEqual([
      "source",
      'figures[1] (id "b")',
      'events[0] (id "c")',
      'dismissed[0] (mention "2023")',
    ]);
  });

  it("finds none in a reviewed annotation or in data that is not an annotation", () => {
    expect(findDrafts({ source: { title: "T" }, figures: [{ id: "a" }] })).toEqual([]);
    expect(findDrafts(null)).toEqual([]);
    expect(findDrafts([1, 2])).toEqual([]);
  });
});

describe("the dataset build with drafts left", () => {
  it("refuses the file and says how many drafts are left and what to do", () => {
    const seeds = readSeedDocs();
    const annotations = seeds.map((s) => ({
      file: `seeds/annotations/${s.doc}.yaml`,
      data: structuredClone(s.raw) as Record<string, { draft?: boolean }[]>,
    }));
    annotations[1].data.figures[0].draft = true;
    annotations[1].data.dismissed[0].draft = true;
    const build = () =>
      buildDataset(
        seeds.map((s) => ({ file: s.file, text: s.text })),
        annotations,
        readSeedConfig(),
      );
    expect(build).toThrow(
      /annotations\/001_5577cd9224899170\.yaml: 2 draft proposals left \(figures\[0\] \(id "[a-z0-9-]+"\), dismissed\[0\] \(mention "[^"]+"\)\); review each, correct what is wrong, then delete its "draft: true" line/,
    );
    expect(build).toThrow(/\(1 problem\)/);
  });
});
