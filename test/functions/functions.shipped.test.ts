import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseDataset } from "../../src/core/dataset/parseDataset";
import type { Dataset } from "../../src/core/dataset/schema";
import { excelValue } from "../../src/core/layout/excelValue";
import { citation } from "../../src/core/lookup/citation";
import { excelDateSerial } from "../../src/core/lookup/excelDate";
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
        expect(result.message).toContain(f.id);
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

/** The README's examples: if the shipped data changes, these fail and the README needs the new results. */
describe("README examples on the shipped dataset", () => {
  it("VALUE", async () => {
    expect(await F.value("treasury-sanctions-since-eo-2023")).toBe(200);
    expect(asError(await F.value("treasury-sanctions-since-eo")).message).toBe(
      'No figure or event has id "treasury-sanctions-since-eo". Did you mean treasury-sanctions-since-eo-2023, ' +
        "treasury-sanctions-precursor-supplier-2023-11, treasury-sinaloa-sonora-sanctions-2023-11-07?",
    );
  });
  it("LOOKUP", async () => {
    expect(await F.lookup("China persons sanctioned", "OFAC")).toBe(65);
    expect(await F.lookup("pill presses")).toBe(3600);
    expect(await F.lookup("pill presses", "DHS", "FY23")).toBe(3600);
    expect(await F.lookup("overdose deaths", "CDC", 2022)).toBe(107000);
    expect(await F.lookup("overdose deaths share", "CDC", 2022)).toBe(0.68);
    expect(await F.lookup("annual drug overdose deaths", undefined, "2023", "id")).toBe(
      "us-overdose-deaths-2023-testimony",
    );
    expect(await F.lookup("members sanctioned", "US Treasury", "Nov 2023", "id")).toBe(
      "treasury-sinaloa-members-sanctioned-2023-11-07",
    );
    expect(await F.lookup("pill presses", "Customs and Border Protection")).toMatchObject({
      code: "#N/A",
    });
    expect(asError(await F.lookup("fentanyl seized", "DHS", "FY2023")).message).toBe(
      '2 figures match "fentanyl seized" with actor "DHS" in period FY 2023 (Oct 2022 to Sep 2023): ' +
        "dhs-fentanyl-stopped-fy2023 (43000 pounds, Department of Homeland Security (DHS), FY 2023); " +
        "dhs-currency-seized-fy2023 (16000000 USD, Department of Homeland Security (DHS), FY 2023). " +
        "Add an actor or period, or use POLICY.VALUE with one of these ids.",
    );
    expect(asError(await F.lookup("pill presses", undefined, "2022")).message).toBe(
      'No figure matches "pill presses" in period 2022. Near: ' +
        "dhs-pill-presses-seized-fy2023 (3600 pill presses, Department of Homeland Security (DHS), FY 2023): " +
        "its period Oct 2022 to Sep 2023 is not inside 2022.",
    );
    const badPeriod = asError(await F.lookup("pill presses", undefined, "FY 2023x"));
    expect([badPeriod.code, badPeriod.message]).toEqual([
      "#VALUE!",
      expect.stringMatching(/^Argument period "FY 2023x" is not valid: expected a year \(2023/),
    ]);
  });
  it("DATE and precision", async () => {
    expect(await F.date("biden-xi-meeting-2023-11-15")).toBe(45245);
    expect(await F.date("yellen-mexico-trip-2023-12")).toBe(45261);
    expect(await F.field("yellen-mexico-trip-2023-12", "precision")).toBe("month");
    expect(await F.date("dhs-pill-presses-seized-fy2023", "start")).toBe(44835);
    expect(await F.date("dhs-pill-presses-seized-fy2023", "end")).toBe(45199);
    expect(asError(await F.date("us-mexico-fentanyl-agreement-004")).message).toMatch(
      /^The event "us-mexico-fentanyl-agreement-004" has no date in the dataset \(/,
    );
  });
  it("FIELD, SOURCE, QUOTE", async () => {
    expect(await F.field("dhs-pill-presses-seized-fy2023", "unit")).toBe("pill_presses");
    expect(await F.field("dhs-pill-presses-seized-fy2023", "qualifier")).toBe("more_than");
    expect(await F.field("dhs-pill-presses-seized-fy2023", "period")).toBe("FY 2023");
    expect(await F.field("biden-xi-meeting-2023-11-15", "parties")).toBe(
      "President Joe Biden; President Xi Jinping",
    );
    expect(asError(await F.field("fentanyl-lethal-dose", "actor")).message).toBe(
      'The figure "fentanyl-lethal-dose" has no actor in the dataset.',
    );
    expect(await F.source("dhs-pill-presses-seized-fy2023")).toBe(
      'Celina B. Realuyo, "U.S. Efforts in Disrupting the Illicit Fentanyl Trade through Cooperation with China and Mexico", Subcommittee on Emerging Threats and Spending Oversight, U.S. Senate Committee on Homeland Security and Governmental Affairs, 2024-03-20, No URL stated in the document',
    );
    expect(await F.source("cbp-fentanyl-seizures-san-diego-share-002", "apa")).toBe(
      "Watson, J. (2023, October 26). US government says it plans to go after legal goods tied to illegal fentanyl trade in new strategy. The Associated Press. https://medicalxpress.com/news/2023-10-legal-goods-illegal-fentanyl-strategy.html",
    );
    expect(await F.source("dhs-pill-presses-seized-fy2023", "Chicago")).toMatch(
      /^Realuyo, Celina B\. "U\.S\. Efforts .*Mexico\." Subcommittee .*, March 20, 2024\. No URL stated in the document\.$/,
    );
    expect(asError(await F.source("dhs-pill-presses-seized-fy2023", "mla")).message).toMatch(
      /style.*"mla".*plain, apa, chicago/,
    );
    expect(await F.field("dhs-pill-presses-seized-fy2023", "author")).toBe("Celina B. Realuyo");
    expect(await F.quote("dhs-pill-presses-seized-fy2023")).toMatch(
      /^In FY 2023, Department of Homeland Security \(DHS\) stopped over 43,000 pounds/,
    );
  });
  it("CARD outside Excel's entity support is the plain value", async () => {
    expect(await F.card("us-overdose-deaths-2022")).toBe(107000);
  });
  it("TABLE and SEARCH", async () => {
    expect(await F.table("seizures", "id,value,unit", "unit = pounds; value >= 1000")).toEqual([
      ["Id", "Value", "Unit"],
      ["dhs-fentanyl-stopped-fy2023", 43000, "pounds"],
    ]);
    expect(((await F.table("sanctions", "metric,value,unit")) as unknown[][]).length).toBe(6);
    expect(asError(await F.table("sanction")).message).toMatch(
      /^No table has id "sanction"\. Tables: sanctions, seizures, .* Did you mean sanctions\?$/,
    );
    expect(((await F.search("OFAC sanctions", 3)) as unknown[][]).map((r) => r[0])).toEqual([
      "Id",
      "ofac-china-hong-kong-persons-sanctioned",
      "ofac-sinaloa-members-designated-2023-09-23",
      "ofac-sinaloa-clan-del-golfo-designations-2023-09-23",
    ]);
  });
});
