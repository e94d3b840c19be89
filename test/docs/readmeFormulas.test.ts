import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FORMULA_ERROR_EXAMPLES, FORMULA_EXAMPLES } from "../../src/cli/readmeFormulaExamples";
import { shippedDataset } from "../excel/shippedDataset";
import { expectReadmeFormulasHold, readmeFormulaExamples } from "./datasetPins";

/**
 * Every formula example in the README's POLICY tables, run on the shipped dataset: the result
 * the README prints must be the one the function gives. `npm run readme` writes those results
 * from the build, so a changed dataset or function fails here until it is run. "…" in the
 * README ends a message cut short; `<version>` and `<hash8>` stand for the dataset's version and
 * the first 8 digits of its content hash.
 */
const readme = readFileSync(join(__dirname, "../../README.md"), "utf8");

describe("README formula examples on the shipped dataset", () => {
  it("shows an example of every POLICY function, each listed in src/cli/readmeFormulaExamples.ts", () => {
    const all = readmeFormulaExamples(readme);
    const names = new Set(all.map((e) => /^=POLICY\.([A-Z]+)/.exec(e.formula)![1]));
    expect([...names].sort()).toEqual([
      "CARD",
      "DATE",
      "FIELD",
      "LOOKUP",
      "QUOTE",
      "SEARCH",
      "SOURCE",
      "TABLE",
      "VALUE",
      "VERSION",
    ]);
    const listed = new Set(
      [...FORMULA_EXAMPLES, ...FORMULA_ERROR_EXAMPLES].flatMap((e) => [
        e.formula,
        ...[...(e.note ?? "").matchAll(/\{(=POLICY\.[^}]*)\}/g)].map((m) => m[1]),
      ]),
    );
    for (const e of all)
      expect({ formula: e.formula, listed: listed.has(e.formula) }).toEqual({
        formula: e.formula,
        listed: true,
      });
  });

  it("each gives the result the README shows", () => {
    expectReadmeFormulasHold(readme, shippedDataset());
  });
});
