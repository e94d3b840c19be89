import { byField, type CorpusScore } from "./scoreDocuments";

/** A scored set of documents and what the README calls it ("the seeds", "the test corpus"). */
export interface LabelledScore {
  label: string;
  score: CorpusScore;
}

/** The target: an analyst changes fewer than one reviewed field in four. */
export const CHANGED_SHARE_TARGET = 0.25;

const pct = (n: number, of: number) =>
  `${of ? ((100 * n) / of).toFixed(1) : "0.0"}% (${n} of ${of})`;

/** "the seeds and the test corpus", "the seeds". */
function listed(labels: string[]): string {
  if (labels.length <= 1) return labels.join("");
  return `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`;
}

/** Whether every figure's draft has the value, unit and qualifier the analyst keeps. */
function exactNumbers(score: CorpusScore): boolean {
  return ["value", "unit", "qualifier"].every((f) => {
    const t = score.perField[f];
    return t !== undefined && t.total > 0 && t.changed === 0;
  });
}

/**
 * The "Measured today" figures of README "Adding a document", written from the same scoring
 * `npm run bench` reports (`annotate drafts, …` rows), so the README cannot keep a figure a
 * new document, a corpus document or an extractor change has made stale.
 */
export function draftScoresTable(scores: readonly LabelledScore[]): string {
  const head = `| Measured | ${scores.map((s) => s.label[0].toUpperCase() + s.label.slice(1)).join(" | ")} |`;
  const rule = `| --- | ${scores.map(() => "---").join(" | ")} |`;
  const row = (name: string, cell: (s: CorpusScore) => string) =>
    `| ${name} | ${scores.map((s) => cell(s.score)).join(" | ")} |`;
  const reached = scores.filter((s) => s.score.changedShare < CHANGED_SHARE_TARGET);
  const exact = scores.filter((s) => exactNumbers(s.score)).map((s) => s.label);
  const missed = scores.filter((s) => !reached.includes(s)).map((s) => s.label);
  const target = `The target, fewer than ${100 * CHANGED_SHARE_TARGET}% of fields changed, is`;
  const summary =
    (reached.length
      ? `${target} reached on ${listed(reached.map((s) => s.label))}` +
        (missed.length ? `, not on ${listed(missed)}.` : ".")
      : `${target} not reached on ${listed(missed)}.`) +
    (exact.length
      ? ` Value, unit and qualifier are right in the draft of every figure of ${listed(exact)}.`
      : "");
  return [
    head,
    rule,
    row("Documents; figures and events", (s) => `${s.documents}; ${s.records}`),
    row("Fields an analyst changes", (s) => pct(s.fields.changed, s.fields.total)),
    row("Draft accuracy (value, unit, qualifier, period or date, and tables all right)", (s) =>
      pct(s.coreRight, s.records),
    ),
    row("Proposals deleted", (s) => pct(s.deleted, s.proposed)),
    row("Extractor accuracy (value or date read right in the quote)", (s) =>
      pct(s.extractorRight, s.records),
    ),
    row("Changed fields, changed/reviewed, most first", (s) => byField(s.perField)),
    "",
    summary,
  ].join("\n");
}
