import type { CoverageReport } from "./coverage";
import type { Dataset } from "./schema";
import { KNOWN_UNITS } from "./unitRegistry";

/**
 * README passages that state facts about the shipped dataset and the code: written from the
 * build and the unit registry, so a test can hold the README to them (test/docs/readme.test.ts).
 */

/** "Dataset 1.0.3: 5 documents, 42 figures, ...": the counts line of "The dataset". */
export function datasetCountsLine(dataset: Dataset, coverage: CoverageReport): string {
  const total = coverage.documents.reduce((n, d) => n + d.mentions, 0);
  const used = coverage.documents.reduce((n, d) => n + d.used, 0);
  const dismissed = coverage.documents.reduce((n, d) => n + d.dismissed, 0);
  return (
    `Dataset ${dataset.version}: ${dataset.sources.length} documents, ${dataset.figures.length} figures, ` +
    `${dataset.events.length} events, ${dataset.tables.length} tables, ${dataset.conflicts.length} conflicts; ` +
    `${used + dismissed} of ${total} numeric and date mentions triaged (${used} used, ${dismissed} dismissed with a reason).`
  );
}

/** One line per override: record, field, what the extractor reads, what is kept, and why. */
export function overridesList(coverage: CoverageReport): string {
  if (!coverage.overrides.length) return "No annotation overrides the extractor.";
  return coverage.overrides
    .map(
      (o) =>
        `- \`${o.record}\` ${o.field}: the extractor reads ${o.extracted}; kept ${o.annotated}. ${o.reason}`,
    )
    .join("\n");
}

/** The known units as a Markdown table: id, labels, format, and what it converts to. */
export function knownUnitsTable(): string {
  const rows = KNOWN_UNITS.map((u) => {
    const converts = u.base && u.base.unit !== u.id ? `1 = ${u.base.factor} ${u.base.unit}` : "";
    const kind = u.measure ? "measure" : "count";
    return `| \`${u.id}\` | ${u.singular} / ${u.plural} | ${kind} | \`${u.format}\` | ${u.nouns.join(", ")} | ${converts} |`;
  });
  return [
    "| Unit | Singular / plural | Kind | Format | Nouns read in a text | Converts |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

/** The text between `<!-- name -->` and `<!-- /name -->` in a README, or null. */
export function readmeBlock(readme: string, name: string): string | null {
  const m = new RegExp(`<!-- ${name} -->\\n([\\s\\S]*?)\\n<!-- /${name} -->`).exec(readme);
  return m ? m[1] : null;
}
