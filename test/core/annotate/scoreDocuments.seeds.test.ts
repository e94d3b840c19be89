import { byField, scoreDocuments } from "../../../src/core/annotate/scoreDocuments";
import { goldRecordCount } from "../../docs/datasetPins";
import { readSeedConfig, readSeedDocs, SEEDS } from "./seedsFixture";

/**
 * Each seed drafted as if it were new (knowing only the other seeds) against its shipped
 * annotation. The target is fewer than one changed field in four; the bound below is
 * on the share of changed fields the drafter reaches today (22.5%; it was 50.0%), so any
 * regression fails, and it moves down as it improves. Every gold record is scored, however many
 * documents the seeds hold.
 */
const CHANGED_SHARE_BOUND = 0.23;

describe("draft accuracy on the seeds", () => {
  it("prints the share of fields an analyst changes and keeps it under the bound", () => {
    const score = scoreDocuments(
      readSeedDocs().map((s) => ({ text: s.text, gold: s.gold })),
      [],
      readSeedConfig().tables,
    );
    const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
    console.log(
      `Seeds: ${score.fields.changed} of ${score.fields.total} reviewed fields changed ` +
        `(${pct(score.changedShare)}; target < 25%); draft accuracy ${pct(score.draftAccuracy)} ` +
        `(${score.coreRight}/${score.records}); ${score.deleted} of ${score.proposed} proposals deleted. ` +
        `By field: ${byField(score.perField)}.`,
    );
    expect(score.records).toBe(goldRecordCount(SEEDS));
    expect(score.changedShare).toBeLessThan(CHANGED_SHARE_BOUND);
  });
});
