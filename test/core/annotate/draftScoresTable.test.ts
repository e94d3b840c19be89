import { draftScoresTable } from "../../../src/core/annotate/draftScoresTable";
import type { CorpusScore } from "../../../src/core/annotate/scoreDocuments";

function score(changed: number, total: number, valueChanged: number): CorpusScore {
  const t = (c: number, n: number) => ({ changed: c, total: n });
  return {
    documents: 2,
    records: 10,
    matched: 9,
    coreRight: 7,
    fields: t(changed, total),
    perField: { title: t(4, 5), value: t(valueChanged, 5), unit: t(0, 5), qualifier: t(0, 5) },
    proposed: 12,
    deleted: 3,
    extractorRight: 9,
    changedShare: changed / total,
    draftAccuracy: 0.7,
    deletedShare: 0.25,
    extractorAccuracy: 0.9,
  };
}

describe("draftScoresTable", () => {
  it("writes one column per scored set, shares with their counts, and the fields most changed first", () => {
    const text = draftScoresTable([
      { label: "the seeds", score: score(10, 100, 0) },
      { label: "the test corpus", score: score(30, 100, 1) },
    ]);
    expect(text).toContain("| Measured | The seeds | The test corpus |");
    expect(text).toContain("| Fields an analyst changes | 10.0% (10 of 100) | 30.0% (30 of 100) |");
    expect(text).toContain("| Proposals deleted | 25.0% (3 of 12) | 25.0% (3 of 12) |");
    expect(text).toContain("title 4/5, value 0/5, unit 0/5, qualifier 0/5 | title 4/5, value 1/5");
  });

  it("says where the target is reached and where not, and claims exact numbers only where no value, unit or qualifier changed", () => {
    const text = draftScoresTable([
      { label: "the seeds", score: score(10, 100, 0) },
      { label: "the test corpus", score: score(30, 100, 1) },
    ]);
    expect(text).toContain(
      "is reached on the seeds, not on the test corpus. Value, unit and qualifier are right in the draft of every figure of the seeds.",
    );
    const none = draftScoresTable([{ label: "the seeds", score: score(30, 100, 2) }]);
    expect(none).toContain("is not reached on the seeds.");
    expect(none).not.toContain("Value, unit and qualifier are right");
  });
});
