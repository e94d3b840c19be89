import {
  cutMessage,
  formulaErrorsTable,
  formulaExamplesTable,
  shownResult,
} from "../../../src/core/dataset/formulaExamples";
import { buildIndex } from "../../../src/core/lookup/buildIndex";
import { fixtureDataset } from "../../fixtures/fixtureDataset";

const index = buildIndex(fixtureDataset());

describe("README formula examples written from a dataset", () => {
  it("shows a value, and a date serial with the day it stands for", () => {
    expect(shownResult(index, '=POLICY.VALUE("treasury-sanctions-since-eo")')).toBe("`200`");
    expect(shownResult(index, '=POLICY.DATE("dhs-pill-presses-seized-fy2023", "end")')).toBe(
      "`45199` (30 Sep 2023)",
    );
  });

  it("shows an ambiguous lookup as the #N/A and candidates the function gives, not a value", () => {
    expect(shownResult(index, '=POLICY.LOOKUP("overdose deaths")')).toMatch(
      /^`#N\/A` 2 figures match "overdose deaths": us-overdose-deaths-2022 .*us-overdose-deaths-per-year-since-2020/,
    );
  });

  it("cuts a long message at a word and ends it with …", () => {
    const long = "a candidate, ".repeat(40);
    const cut = cutMessage(long);
    expect(cut).toMatch(/^a candidate, .* …$/);
    expect(cut.length).toBeLessThanOrEqual(322);
    expect(long.startsWith(cut.slice(0, -2))).toBe(true);
    expect(cutMessage("short")).toBe("short");
  });

  it("writes the result of a formula a note names, and joins a note to a bracket before it", () => {
    const table = formulaExamplesTable(index, [
      {
        function: "`DATE(id)`",
        formula: '=POLICY.DATE("dhs-pill-presses-seized-fy2023", "start")',
        note: '(the first day; the end: {=POLICY.DATE("dhs-pill-presses-seized-fy2023", "end")})',
      },
    ]);
    expect(table.split("\n")[2]).toBe(
      '| `DATE(id)` | `=POLICY.DATE("dhs-pill-presses-seized-fy2023", "start")` | `44835` (1 Oct 2022; the first day; the end: `=POLICY.DATE("dhs-pill-presses-seized-fy2023", "end")` → `45199`) |',
    );
  });

  it("escapes a pipe so a result stays in its table cell", () => {
    const withPipe = buildIndex(
      fixtureDataset((d) => {
        d.figures[0].metric = "sanctions | since the order";
      }),
    );
    expect(
      formulaErrorsTable(withPipe, [
        { formula: '=POLICY.FIELD("treasury-sanctions-since-eo", "metric")' },
      ]),
    ).toContain("`sanctions \\| since the order` |");
  });

  it("names an example it cannot run instead of writing a result", () => {
    expect(() => shownResult(index, "=POLICY.VALUE(A1+1)")).toThrow(/README example/);
  });
});
