import fc from "fast-check";
import { PolicyError } from "../../../src/core/errors";
import { buildIndex } from "../../../src/core/lookup/buildIndex";
import { isoBounds } from "../../../src/core/lookup/excelDate";
import { lookupByMeaning, mismatch, readQuery } from "../../../src/core/lookup/lookupByMeaning";
import { tokenize } from "../../../src/core/lookup/tokens";
import { shippedDataset } from "../../excel/shippedDataset";

/**
 * LOOKUP answers with a value only when exactly one figure matches every word, the actor and
 * the period; otherwise it lists the figures that match (ambiguous) or says none does.
 */
const dataset = shippedDataset();
const index = buildIndex(dataset);
const figures = dataset.figures;

const vocabulary = [
  ...new Set(figures.flatMap((f) => f.metric.toLowerCase().split(/[^a-z0-9]+/))),
  "share",
  "percent",
  "times",
  "seized",
  "stopped",
  "sanctioned",
  "designated",
  "bananas",
].filter((w) => w.length > 1);
const actors = ["CBP", "DHS", "US Treasury", "OFAC", "CDC", "DOJ", "Treasury Department", "China"];
/** Periods and the days each one covers, written down here rather than parsed. */
const periods: [string | number, string, string][] = [
  [2022, "2022-01-01", "2022-12-31"],
  ["2023", "2023-01-01", "2023-12-31"],
  ["FY 2023", "2022-10-01", "2023-09-30"],
  ["FY21", "2020-10-01", "2021-09-30"],
  ["Nov 2023", "2023-11-01", "2023-11-30"],
  ["2023-09", "2023-09-01", "2023-09-30"],
  ["Q4 2023", "2023-10-01", "2023-12-31"],
  [45237, "2023-11-07", "2023-11-07"],
  ["11/7/2023", "2023-11-07", "2023-11-07"],
];

/** Verbs of one act, as the README lists them. */
const SAME_ACT = [
  ["seiz", "stop", "interdict", "intercept"],
  ["sanction", "designat"],
  ["indict", "charg"],
];

const query = fc.record({
  words: fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 3 }),
  actor: fc.option(fc.constantFrom(...actors), { nil: undefined }),
  period: fc.option(fc.constantFrom(...periods), { nil: undefined }),
});

function outcome(q: { text: string; actor?: string; period?: string | number }) {
  try {
    return { figure: lookupByMeaning(index, q) };
  } catch (error) {
    if (error instanceof PolicyError) return { error };
    throw error;
  }
}

describe("lookupByMeaning (property)", () => {
  it("returns a figure only when exactly one figure matches; otherwise lists them", () => {
    fc.assert(
      fc.property(query, ({ words, actor, period }) => {
        const q = { text: words.join(" "), actor, period: period?.[0] };
        fc.pre(tokenize(q.text).length > 0);
        const read = readQuery(q);
        const matching = figures.filter((f) => mismatch(index, f, read) === null);
        const result = outcome(q);
        if (result.figure) {
          expect(matching.map((f) => f.id)).toEqual([result.figure.id]);
          // Checked here without the core's matcher: every word is in its description
          // (whole or as a prefix), and its whole period lies inside the asked days.
          const f = result.figure;
          const described = tokenize(
            [f.id.replace(/-/g, " "), f.metric, f.unit.replace(/_/g, " "), f.category]
              .concat([f.actor, f.place, f.period.text, f.note].filter((x) => x !== null))
              .join(" "),
          );
          for (const w of tokenize(q.text)) {
            const alike = SAME_ACT.find((g) => g.some((p) => w.startsWith(p))) ?? [w];
            expect([w, described.some((d) => alike.some((a) => d.startsWith(a)))]).toEqual([
              w,
              true,
            ]);
          }
          if (period) {
            expect(f.period.start && f.period.end).toBeTruthy();
            expect(isoBounds(f.period.start!)[0] >= period[1]).toBe(true);
            expect(isoBounds(f.period.end!)[1] <= period[2]).toBe(true);
          }
        } else if (result.error!.code === "ambiguous") {
          expect(matching.length).toBeGreaterThan(1);
          for (const f of matching.slice(0, 5)) expect(result.error!.message).toContain(f.id);
        } else {
          expect([result.error!.code, matching.length]).toEqual(["unknown_id", 0]);
        }
      }),
      { numRuns: 400, seed: 20231107 },
    );
  });

  it("answers the same query the same way with the arguments in any accepted form", () => {
    fc.assert(
      fc.property(fc.constantFrom(...figures), (f) => {
        const a = outcome({ text: f.metric, period: "FY 2023" });
        const b = outcome({ text: f.metric, period: "fy23" });
        expect(a.figure?.id ?? a.error?.message).toEqual(b.figure?.id ?? b.error?.message);
      }),
      { numRuns: 60, seed: 7 },
    );
  });
});
