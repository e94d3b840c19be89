import { draftAnnotation } from "../../../src/core/annotate/draftAnnotation";
import { knownRecords } from "../../../src/core/annotate/knownRecords";
import { scoreDraft } from "../../../src/core/annotate/scoreDraft";
import { DocumentAnnotation } from "../../../src/core/dataset/annotationSchema";
import { extractMentions } from "../../../src/core/extract/extractMentions";

const TEXT =
  "In FY 2023, Department of Homeland Security (DHS) stopped over 43,000 pounds of fentanyl.";

function goldWith(overrides: Record<string, unknown>) {
  const draft = draftAnnotation("009_0123456789abcdef", TEXT, { known: knownRecords([]) });
  const { draft: _, ...figure } = draft.figures[0];
  const { draft: __, ...source } = draft.source;
  return {
    draft,
    gold: DocumentAnnotation.parse({
      doc: draft.doc,
      source,
      figures: [{ ...figure, ...overrides }],
      events: draft.events.map(({ draft: _e, ...e }) => e),
      dismissed: draft.dismissed.map(({ draft: _d, ...d }) => d),
    }),
  };
}

describe("scoreDraft", () => {
  const mentions = extractMentions(TEXT);

  it("counts no edit when the analyst keeps the draft as it is", () => {
    const { draft, gold } = goldWith({});
    const score = scoreDraft(TEXT, gold, draft, mentions);
    expect(score).toMatchObject({ records: 1, matched: 1, coreRight: 1, deleted: 0 });
    expect(score.fields.changed).toBe(0);
  });

  it("counts each field the analyst changed, and a core field makes the draft wrong", () => {
    const { draft, gold } = goldWith({
      metric: "Fentanyl stopped by DHS before reaching US streets",
      tables: ["money"],
    });
    const score = scoreDraft(TEXT, gold, draft, mentions);
    expect(score.fields).toEqual({ changed: 2, total: 10 });
    expect(score.perField.metric).toEqual({ changed: 1, total: 1 });
    expect(score.coreRight).toBe(0);
  });

  it("counts a proposal the analyst dismissed as deleted and a missed record as all fields changed", () => {
    const { draft, gold } = goldWith({});
    const dismissedGold = DocumentAnnotation.parse({
      ...gold,
      figures: [],
      events: [],
      dismissed: [...gold.dismissed, { mention: "over 43,000 pounds", reason: "Not needed." }],
    });
    expect(scoreDraft(TEXT, dismissedGold, draft, mentions)).toMatchObject({
      deleted: 1,
      records: 0,
    });
    const none = { ...draft, figures: [] };
    expect(scoreDraft(TEXT, gold, none, mentions).perField.metric).toEqual({
      changed: 1,
      total: 1,
    });
    expect(scoreDraft(TEXT, gold, none, mentions).fields).toEqual({ changed: 10, total: 10 });
  });

  it("compares fact keys by the records they link, not by their spelling", () => {
    const { draft, gold } = goldWith({ fact: "dhs-fentanyl-fy2023" });
    const keyed = (fact: string | null) => ({
      ...draft,
      figures: draft.figures.map((f) => ({ ...f, fact })),
    });
    const factEdits = (d: typeof draft, others: DocumentAnnotation[] = []) =>
      scoreDraft(TEXT, gold, d, mentions, others).perField.fact;
    // A new key of another spelling links the same (no other) records: nothing to edit.
    expect(factEdits(keyed("stopped-fentanyl-2023"))).toEqual({ changed: 0, total: 1 });
    // No key where the analyst set one is an edit, and so is a key the analyst removed.
    expect(factEdits(keyed(null))).toEqual({ changed: 1, total: 1 });
    // Another document uses the analyst's key: only that key links to its record.
    const other = DocumentAnnotation.parse({
      ...gold,
      doc: "010_0123456789abcdef",
      figures: gold.figures.map((f) => ({ ...f, id: "elsewhere" })),
    });
    expect(factEdits(keyed("stopped-fentanyl-2023"), [other])).toEqual({ changed: 1, total: 1 });
    expect(factEdits(keyed("dhs-fentanyl-fy2023"), [other])).toEqual({ changed: 0, total: 1 });
  });
});
