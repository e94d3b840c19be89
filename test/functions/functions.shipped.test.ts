import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseDataset } from "../../src/core/dataset/parseDataset";
import type { Dataset } from "../../src/core/dataset/schema";
import { excelValue } from "../../src/core/layout/excelValue";
import { citation } from "../../src/core/lookup/citation";
import { excelDateSerial } from "../../src/core/lookup/excelDate";
import { FORMULA_ERROR_EXAMPLES, FORMULA_EXAMPLES } from "../../src/cli/readmeFormulaExamples";
import { buildIndex } from "../../src/core/lookup/buildIndex";
import { explainPolicyFormula, parsePolicyCall } from "../../src/core/lookup/explainFormula";
import { policyFormulas } from "../../src/core/lookup/policyFormulas";
import * as F from "../../src/functions/functions";
import { configureRuntimeDataset, resetRuntimeDataset } from "../../src/functions/runtimeDataset";
import { asError, CustomFunctionsError, installCustomFunctions } from "./customFunctionsGlobal";
import { countingFetch } from "./datasetFetch";

/** Every POLICY function against the dataset `npm run dataset` ships (test/run-all.sh builds it first). */
const SHIPPED = resolve(__dirname, "../../dist/data/dataset.json");

function shippedDataset(): Dataset {
  if (!existsSync(SHIPPED)) {
    throw new Error(`${SHIPPED} is missing: run \`npm run dataset\` before these tests.`);
  }
  return parseDataset(JSON.parse(readFileSync(SHIPPED, "utf8")));
}

const dataset = shippedDataset();
const runtime = installCustomFunctions();
let fetched: ReturnType<typeof countingFetch>;
beforeAll(() => {
  resetRuntimeDataset();
  fetched = countingFetch(dataset);
  configureRuntimeDataset({ fetch: fetched, recalculate: async () => {} });
});
afterAll(() => runtime.uninstall());

const sourceOf = (doc: string) => dataset.sources.find((s) => s.id === doc)!;

describe("POLICY functions on the shipped dataset", () => {
  it("has figures, events and tables to look up", () => {
    expect(dataset.figures.length).toBeGreaterThan(0);
    expect(dataset.events.length).toBeGreaterThan(0);
    expect(dataset.tables.length).toBeGreaterThan(0);
  });

  it("VALUE, QUOTE, SOURCE and FIELD return each figure's own data", async () => {
    for (const f of dataset.figures) {
      expect([f.id, await F.value(f.id)]).toEqual([f.id, excelValue(f)]);
      expect(await F.quote(f.id)).toBe(f.source.quote);
      expect(await F.source(f.id)).toBe(citation(sourceOf(f.source.doc)));
      expect(await F.field(f.id, "unit")).toBe(f.unit);
      expect(await F.field(f.id, "qualifier")).toBe(f.qualifier);
      expect(await F.field(f.id, "metric")).toBe(f.metric);
      expect(await F.field(f.id, "source_title")).toBe(sourceOf(f.source.doc).title);
      const actor = await F.field(f.id, "actor");
      if (f.actor === null) expect(asError(actor).message).toMatch(/has no actor in the dataset/);
      else expect(actor).toBe(f.actor);
    }
  });

  it("DATE gives each event's serial (first day of a month or year) or says why it has none", async () => {
    for (const e of dataset.events) {
      const result = await F.date(e.id);
      if (e.date === null) {
        expect(asError(result).message).toBe(
          `The event "${e.id}" has no date in the dataset (${e.dateNote}).`,
        );
      } else {
        expect([e.id, result]).toEqual([e.id, excelDateSerial(e.date)]);
        expect(await F.field(e.id, "precision")).toBe(e.precision);
      }
      expect(await F.quote(e.id)).toBe(e.source.quote);
    }
  });

  it("DATE of a figure gives its period bounds", async () => {
    for (const f of dataset.figures) {
      const start = await F.date(f.id, "start");
      if (f.period.start) expect(start).toBe(excelDateSerial(f.period.start));
      else expect(asError(start).code).toBe("#N/A");
      const end = await F.date(f.id, "end");
      if (f.period.end) expect(end).toBe(excelDateSerial(f.period.end, "last"));
      else expect(asError(end).message).toMatch(/has no end in the dataset/);
    }
  });

  it("LOOKUP by metric, actor and period finds each figure or lists it among the candidates", async () => {
    for (const f of dataset.figures) {
      // The year of a figure whose period lies within one calendar year.
      const { start, end } = f.period;
      const year =
        start && end && start.slice(0, 4) === end.slice(0, 4) ? start.slice(0, 4) : undefined;
      const result = await F.lookup(f.metric, f.actor ?? undefined, year, "id");
      if (result instanceof CustomFunctionsError) {
        expect(result.code).toBe("#N/A");
        expect(result.message).toMatch(/figures match/);
        if (!result.message?.includes(f.id)) {
          // Five candidates are named, the rest counted: only then may this one go unnamed.
          const matched = /(\d+) figures match/.exec(result.message ?? "");
          expect(Number(matched?.[1])).toBeGreaterThan(5);
          expect(result.message).toMatch(new RegExp(`; and ${Number(matched?.[1]) - 5} more`));
        }
      } else {
        // Another figure may share metric, actor and period only if it reports the same value.
        const found = dataset.figures.find((g) => g.id === result)!;
        expect([f.id, found.value]).toEqual([f.id, f.value]);
      }
      expect(await F.lookup(f.id)).toBe(excelValue(f));
    }
  });

  it("TABLE spills each table with its header and one row per record", async () => {
    for (const t of dataset.tables) {
      const rows = (await F.table(t.id)) as unknown[][];
      expect(rows[0]).toEqual(t.columns.map((c) => c.title));
      expect([t.id, rows.length]).toEqual([t.id, t.rows.length + 1]);
      for (const row of rows) expect(row).toHaveLength(t.columns.length);
    }
  });

  it("SEARCH by a figure's id words finds that figure", async () => {
    for (const f of dataset.figures) {
      const rows = (await F.search(f.id.replace(/-/g, " "), 500)) as unknown[][];
      expect(rows[0]).toEqual(["Id", "Value", "Unit", "What", "Source"]);
      expect(rows.map((r) => r[0])).toContain(f.id);
    }
  });

  it("VERSION names the shipped version and hash", async () => {
    expect(await F.version()).toBe(`${dataset.version} (sha ${dataset.contentHash.slice(0, 8)})`);
    expect(await F.version("hash")).toBe(dataset.contentHash);
  });

  it("suggests three real ids for a misspelt one", async () => {
    const id = dataset.figures[0].id;
    const error = asError(await F.value(id.slice(0, -2)));
    expect(error.code).toBe("#N/A");
    const list = /Did you mean (.*)\?$/.exec(error.message!)![1].split(", ");
    expect(list).toHaveLength(Math.min(3, dataset.figures.length + dataset.events.length));
    expect(list).toContain(id);
  });

  it("fetched the dataset once for all of the above", () => {
    expect(fetched.calls).toHaveLength(1);
  });
});

/**
 * The README's examples through the functions Excel calls: each gives what `npm run readme` wrote
 * for it (the core's answer on the same dataset, test/docs/readmeFormulas.test.ts), so a new
 * document changes the README and these together, and nothing here is copied by hand.
 */
describe("README examples on the shipped dataset", () => {
  const index = buildIndex(dataset);
  const FUNCTIONS: Record<string, (...args: never[]) => Promise<unknown>> = {
    VALUE: F.value,
    LOOKUP: F.lookup,
    DATE: F.date,
    FIELD: F.field,
    SOURCE: F.source,
    QUOTE: F.quote,
    TABLE: F.table,
    SEARCH: F.search,
    VERSION: F.version,
    CARD: F.card,
  };
  const formulas = [...FORMULA_EXAMPLES, ...FORMULA_ERROR_EXAMPLES].flatMap((e) => [
    e.formula,
    ...[...(e.note ?? "").matchAll(/\{(=POLICY\.[^}]*)\}/g)].map((m) => m[1]),
  ]);

  it.each(formulas)("%s gives what the README shows", async (formula) => {
    const call = parsePolicyCall(formula)!;
    const args = call.args.map((a) => (a.kind === "value" ? a.value : undefined));
    const got = await FUNCTIONS[call.name](...(args as never[]));
    const { result } = explainPolicyFormula(index, formula);
    if (result.kind === "error") {
      const error = asError(got);
      expect([error.code, error.message]).toEqual([result.code, result.message]);
    } else if (call.name === "TABLE") {
      expect(got).toEqual(policyFormulas.table(index, args[0], args[1], args[2]));
    } else if (call.name === "SEARCH") {
      expect(got).toEqual(policyFormulas.search(index, args[0], args[1]));
    } else {
      expect(result.kind).toBe("value");
      if (result.kind === "value") expect(got).toEqual(result.value);
    }
  });

  it("SOURCE's Chicago style and a style it does not know", async () => {
    expect(await F.source("dhs-pill-presses-seized-fy2023", "Chicago")).toMatch(
      /^Realuyo, Celina B\. "U\.S\. Efforts .*Mexico\." Subcommittee .*, March 20, 2024\. No URL stated in the document\.$/,
    );
    expect(asError(await F.source("dhs-pill-presses-seized-fy2023", "mla")).message).toMatch(
      /style.*"mla".*plain, apa, chicago/,
    );
  });

  it("FIELD says when a figure has no actor", async () => {
    expect(asError(await F.field("fentanyl-lethal-dose", "actor")).message).toBe(
      'The figure "fentanyl-lethal-dose" has no actor in the dataset.',
    );
  });
});
