import { chosenColumns } from "../layout/tableColumns";
import type { CoverageReport } from "./coverage";
import { countWord, datasetYears } from "./datasetAbout";
import type { Dataset } from "./schema";
import { KNOWN_UNITS } from "./unitRegistry";

export { datasetYears };

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

/**
 * What the dataset covers: the years of its events and of its figures' periods, and the
 * documents' dates, saying how many documents are undated.
 */
export function datasetSpanLine(dataset: Dataset): string {
  const { events, periods } = datasetYears(dataset);
  const dated = dataset.sources
    .map((s) => s.published)
    .filter((d): d is string => d !== null)
    .sort();
  const undated = dataset.sources.length - dated.length;
  const documents =
    dated.length === 0
      ? `none of its ${dataset.sources.length} documents is dated`
      : `${dated.length} of its ${dataset.sources.length} documents ${dated.length === 1 ? "is" : "are"} dated ` +
        (dated.length === 1 ? dated[0] : `${dated[0]} to ${dated[dated.length - 1]}`) +
        (undated ? `, ${undated} ${undated === 1 ? "is" : "are"} undated` : "");
  return (
    `The dataset's events are dated ${events} and its figures' periods fall in ${periods}; ` +
    `${documents}.`
  );
}

/** README "Conflicts": how many the dataset lists, each with its subject and the build's note. */
export function conflictsList(dataset: Dataset): string {
  const n = dataset.conflicts.length;
  if (!n) return "The shipped dataset lists none.";
  return [
    `The shipped dataset lists ${countWord(n)}:`,
    "",
    ...dataset.conflicts.map((c, i) => `${i + 1}. ${c.subject}: ${c.note}`),
  ].join("\n");
}

/** Per table, the columns "Insert as table" writes by default, in the order it writes them. */
export function defaultColumnsList(dataset: Dataset): string {
  return dataset.tables
    .map((t) => {
      const titles = chosenColumns(dataset, t.id, {}).map((c) => c.title);
      return `- \`${t.id}\`: ${titles.join(", ")}`;
    })
    .join("\n");
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

/**
 * `readme` with the text between `<!-- name -->` and `<!-- /name -->` replaced by `text`, or
 * null when the README has no such block.
 */
export function withReadmeBlock(readme: string, name: string, text: string): string | null {
  const block = new RegExp(`<!-- ${name} -->\\n[\\s\\S]*?\\n<!-- /${name} -->`);
  if (!block.test(readme)) return null;
  return readme.replace(block, () => `<!-- ${name} -->\n${text}\n<!-- /${name} -->`);
}
