import type { Dataset } from "../../../src/core/dataset/schema";
import {
  datasetSpanLine,
  readmeBlock,
  withReadmeBlock,
} from "../../../src/core/dataset/readmeBlocks";

type Partial = Pick<Dataset, "events" | "figures" | "sources">;

function dataset(part: {
  events: (string | null)[];
  periods: [string | null, string | null][];
  published: (string | null)[];
}): Dataset {
  const d: Partial = {
    events: part.events.map((date) => ({ date })) as unknown as Dataset["events"],
    figures: part.periods.map(([start, end]) => ({
      period: { start, end },
    })) as unknown as Dataset["figures"],
    sources: part.published.map((published) => ({ published })) as unknown as Dataset["sources"],
  };
  return d as Dataset;
}

describe("datasetSpanLine", () => {
  it("spans every event and period year and counts undated documents", () => {
    const line = datasetSpanLine(
      dataset({
        events: ["2019-05", null, "2017", "2024-03-20"],
        periods: [
          ["2015", null],
          [null, "2023-09-30"],
        ],
        published: ["2024-03-20", null, "2023-10-26", null],
      }),
    );
    expect(line).toBe(
      "The dataset's events are dated 2017–2024 and its figures' periods fall in 2015–2023; " +
        "2 of its 4 documents are dated 2023-10-26 to 2024-03-20, 2 are undated.",
    );
  });

  it("says when a single document is dated and none is undated", () => {
    expect(
      datasetSpanLine(dataset({ events: ["2023-11"], periods: [], published: ["2023-12-04"] })),
    ).toBe(
      "The dataset's events are dated 2023 and its figures' periods fall in no year; " +
        "1 of its 1 documents is dated 2023-12-04.",
    );
  });
});

describe("withReadmeBlock", () => {
  const readme = "intro\n<!-- counts -->\nold\nlines\n<!-- /counts -->\nrest $&\n";
  it("replaces only the named block's text, taking the new text as written", () => {
    const next = withReadmeBlock(readme, "counts", "new $& text")!;
    expect(next).toBe("intro\n<!-- counts -->\nnew $& text\n<!-- /counts -->\nrest $&\n");
    expect(readmeBlock(next, "counts")).toBe("new $& text");
  });
  it("gives null for a README without the block", () => {
    expect(withReadmeBlock(readme, "years", "x")).toBeNull();
  });
});
