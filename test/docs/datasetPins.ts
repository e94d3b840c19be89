import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { DocumentAnnotation } from "../../src/core/dataset/annotationSchema";
import { datasetAbout, datasetYears } from "../../src/core/dataset/datasetAbout";
import type { DatasetConfig } from "../../src/core/dataset/datasetConfig";
import { readmeBlock } from "../../src/core/dataset/readmeBlocks";
import type { Dataset } from "../../src/core/dataset/schema";
import { shownCell } from "../../src/core/dataset/tableCell";
import { toCsv } from "../../src/core/dataset/toCsv";
import { buildIndex } from "../../src/core/lookup/buildIndex";
import { explainPolicyFormula } from "../../src/core/lookup/explainFormula";
import { policyFormulas } from "../../src/core/lookup/policyFormulas";

/**
 * The checks that hold the README, the dataset's description and the drafts' score to the
 * dataset, as functions of the dataset and README they check: test/docs and test/core run them
 * on the shipped seeds, and test/docs/addDocument.test.ts on the seeds with one more document,
 * so adding a document cannot break a check that only a hand-copied number held.
 */

/** Every generated README block is the text the build gives now. */
export function expectReadmeBlocksCurrent(readme: string, blocks: Record<string, string>): void {
  for (const [name, text] of Object.entries(blocks))
    expect({ block: name, text: readmeBlock(readme, name) }).toEqual({ block: name, text });
}

interface Example {
  formula: string;
  /** The README's result: backtick spans, the first being the value (or error code). */
  spans: string[];
  /** For an error: the message after the code. */
  message: string | null;
}

/** The POLICY examples of README "Custom functions", with the results it shows. */
export function readmeFormulaExamples(readme: string): Example[] {
  const section = readme.slice(
    readme.indexOf("## Custom functions (`POLICY.*`)"),
    readme.indexOf("## The dataset"),
  );
  const found: Example[] = [];
  for (const line of section.split("\n").filter((l) => l.startsWith("|"))) {
    const cells = line.split(" | ").map((c) => c.replace(/^\|\s*|\s*\|$/g, "").trim());
    cells.forEach((cell, i) => {
      const formulas = [...cell.matchAll(/^`(=POLICY\.[^`]*)`$/g)];
      if (formulas.length === 0 || i + 1 >= cells.length) return;
      const result = cells[i + 1].replace(/\\\|/g, "|");
      const spans = [...result.matchAll(/`([^`]*)`/g)].map((m) => m[1]);
      const error = /^`(#N\/A|#VALUE!)` (.*)$/.exec(result);
      found.push({ formula: formulas[0][1], spans, message: error ? error[2] : null });
      // An inline example in the result: `=POLICY.X(...)` → `value`.
      for (const m of result.matchAll(/`(=POLICY\.[^`]*)` → `([^`]*)`/g))
        found.push({
          formula: m[1],
          spans: [m[2]],
          // An inline error shows its code alone.
          message: /^#(N\/A|VALUE!)$/.test(m[2]) ? "" : null,
        });
    });
  }
  return found;
}

/** A README result as a pattern: "…" is any text, `<version>` and `<hash8>` the dataset's. */
function pattern(text: string, dataset: Dataset): RegExp {
  let source = text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  source = source.split("<version>").join(dataset.version);
  source = source.split("<hash8>").join(dataset.contentHash.slice(0, 8));
  return new RegExp(`^${source.replace(/…/g, ".*?")}$`);
}

/** Each README example, run on `dataset`, gives the result the README shows. */
export function expectReadmeFormulasHold(readme: string, dataset: Dataset): void {
  const index = buildIndex(dataset);
  const examples = readmeFormulaExamples(readme);
  expect(examples.length).toBeGreaterThan(20);
  for (const example of examples) {
    const { result } = explainPolicyFormula(index, example.formula);
    const call = /^=POLICY\.([A-Z]+)/.exec(example.formula)![1];
    const got =
      result.kind === "error"
        ? { code: result.code, message: result.message }
        : result.kind === "value"
          ? { value: result.value }
          : { unknown: result.message };
    if (example.message !== null) {
      // The README shows the whole message, then any note; or, for a long one, its start and " …".
      const shown = example.message;
      const message = result.kind === "error" ? result.message : "";
      const cut = shown.indexOf(" …");
      const holds =
        shown === "" ||
        (cut >= 0 ? message.startsWith(shown.slice(0, cut)) : shown.startsWith(message));
      expect({ formula: example.formula, ...got, holds }).toEqual({
        formula: example.formula,
        code: example.spans[0],
        message: expect.any(String),
        holds: true,
      });
      continue;
    }
    if (call === "TABLE" || call === "SEARCH") {
      // Each span is a row of the spilled result from its first, its cells joined by " │ ".
      const args = [...example.formula.matchAll(/"([^"]*)"|(\d+)/g)].map(
        (m) => m[1] ?? Number(m[2]),
      );
      const rows = (
        call === "TABLE"
          ? policyFormulas.table(index, args[0], args[1], args[2])
          : policyFormulas.search(index, args[0], args[1])
      ).map((r) => r.map(String).join(" │ "));
      const spans = example.spans;
      const offset = call === "SEARCH" ? 1 : 0; // SEARCH's README result names the header in words
      spans.forEach((span, i) =>
        expect({ formula: example.formula, row: rows[offset + i] }).toEqual({
          formula: example.formula,
          row: expect.stringMatching(pattern(span, dataset)),
        }),
      );
      continue;
    }
    // CARD's plain value (outside Excel's data types) is the README's last span.
    const span = call === "CARD" ? example.spans.at(-1)! : example.spans[0];
    expect({ formula: example.formula, ...got }).toEqual({
      formula: example.formula,
      value: expect.anything(),
    });
    if (result.kind === "value")
      expect({ formula: example.formula, shown: String(result.value) }).toEqual({
        formula: example.formula,
        shown: expect.stringMatching(pattern(span, dataset)),
      });
  }
}

const NUMBER_WORDS = /\b(one|two|three|four|five|six|seven|eight|nine|ten)\b|\d/i;

/**
 * seeds/dataset.yaml says what the dataset is about and states no count or year; the title and
 * description datapackage.json publishes add the build's years and document count.
 */
export function expectAboutFromBuild(config: DatasetConfig, dataset: Dataset): void {
  expect(`${config.title} ${config.description}`).not.toMatch(NUMBER_WORDS);
  const about = datasetAbout(dataset, config);
  const years = datasetYears(dataset);
  const n = dataset.sources.length;
  expect(about.title).toBe(`${config.title}, ${years.all}`);
  expect(about.description).toContain(
    `From ${n <= 9 ? ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"][n] : n} document`,
  );
  expect(about.description).toContain(
    `The events are dated ${years.events} and the figures' periods fall in ${years.periods}.`,
  );
}

/**
 * The conflicts table shows each side as its document states it (one line per side, with the
 * qualifier, the value as written and a percent as a percent) and its CSV keeps the stated
 * numbers and ISO dates, one line per side.
 */
export function expectConflictSidesShown(dataset: Dataset): void {
  expect(dataset.conflicts.length).toBeGreaterThan(0);
  const table = dataset.tables.find((t) => t.id === "conflicts")!;
  const csv = toCsv(dataset, table);
  for (const c of dataset.conflicts) {
    const stated = c.sides.map((s) => (c.kind === "value" ? (s.value ?? "") : (s.date ?? "")));
    expect(csv).toContain(`"${stated.join("\n")}"`);
    if (c.kind !== "value") {
      const dates = String(shownCell(dataset, c, "sides.*.date")).split("\n");
      expect(dates).toHaveLength(c.sides.length);
      c.sides.forEach((s, i) => expect(dates[i]).toContain(s.date!.slice(0, 4)));
      continue;
    }
    const lines = String(shownCell(dataset, c, "sides.*.value")).split("\n");
    expect(lines).toHaveLength(c.sides.length);
    c.sides.forEach((side, i) => {
      const figure = dataset.figures.find((f) => f.id === side.ref)!;
      const line = lines[i];
      expect({ ref: side.ref, line }).toEqual({
        ref: side.ref,
        line: expect.stringContaining(side.value!.toLocaleString("en-US")),
      });
      if (figure.qualifier === "more_than") expect(line).toMatch(/^more than /);
      if (figure.qualifier === "about") expect(line).toMatch(/^about /);
      if (figure.unit === "percent") expect(line).toMatch(/%$/);
      else expect(line).toMatch(/[a-z]$/);
    });
  }
}

/** Figures and events in the reviewed annotations of `dir`/annotations. */
export function goldRecordCount(dir: string): number {
  return readdirSync(join(dir, "annotations"))
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => DocumentAnnotation.parse(parse(readFileSync(join(dir, "annotations", f), "utf8"))))
    .reduce((n, a) => n + a.figures.length + a.events.length, 0);
}
