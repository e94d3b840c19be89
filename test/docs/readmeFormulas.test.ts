import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildIndex } from "../../src/core/lookup/buildIndex";
import { explainPolicyFormula } from "../../src/core/lookup/explainFormula";
import { policyFormulas } from "../../src/core/lookup/policyFormulas";
import { shippedDataset } from "../excel/shippedDataset";

/**
 * Every formula example in the README's POLICY table, run on the shipped dataset: the result
 * the README prints must be the one the function gives, so a changed dataset or function fails
 * here with the README line to fix. "…" in the README stands for any text; `<version>` and
 * `<hash8>` for the dataset's version and the first 8 digits of its content hash.
 */
const readme = readFileSync(join(__dirname, "../../README.md"), "utf8");
const section = readme.slice(
  readme.indexOf("## Custom functions (`POLICY.*`)"),
  readme.indexOf("## The dataset"),
);
const index = buildIndex(shippedDataset());
const placeholders: Record<string, string> = {
  "<version>": index.dataset.version,
  "<hash8>": index.dataset.contentHash.slice(0, 8),
};

interface Example {
  formula: string;
  /** The README's result: backtick spans, the first being the value (or error code). */
  spans: string[];
  /** For an error: the message after the code. */
  message: string | null;
}

function examples(): Example[] {
  const found: Example[] = [];
  for (const line of section.split("\n").filter((l) => l.startsWith("|"))) {
    const cells = line.split(" | ").map((c) => c.replace(/^\|\s*|\s*\|$/g, "").trim());
    cells.forEach((cell, i) => {
      const formulas = [...cell.matchAll(/^`(=POLICY\.[^`]*)`(?: \/ `(=POLICY\.[^`]*)`)?$/g)];
      if (formulas.length === 0 || i + 1 >= cells.length) return;
      const result = cells[i + 1];
      const spans = [...result.matchAll(/`([^`]*)`/g)].map((m) => m[1]);
      const error = /^`(#N\/A|#VALUE!)` (.*)$/.exec(result);
      found.push({ formula: formulas[0][1], spans, message: error ? error[2] : null });
      // An inline example in the result: `=POLICY.X(...)` → `value`.
      for (const m of result.matchAll(/`(=POLICY\.[^`]*)` → `([^`]*)`/g))
        found.push({ formula: m[1], spans: [m[2]], message: null });
    });
  }
  return found;
}

/** A README result as a pattern: "…" is any text, placeholders are the dataset's. */
function pattern(text: string): RegExp {
  let source = text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  for (const [name, value] of Object.entries(placeholders)) source = source.split(name).join(value);
  return new RegExp(`^${source.replace(/…/g, ".*?")}$`);
}

const shown = (value: unknown) => (Array.isArray(value) ? value : String(value));

describe("README formula examples on the shipped dataset", () => {
  const all = examples();

  it("finds the examples of every POLICY function", () => {
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
  });

  it.each(all.map((e) => [e.formula, e]))("%s gives what the README says", (_, example) => {
    const { result } = explainPolicyFormula(index, example.formula);
    if (example.message !== null) {
      expect(result.kind).toBe("error");
      if (result.kind !== "error") return;
      expect(result.code).toBe(example.spans[0]);
      expect(result.message).toMatch(pattern(example.message));
      return;
    }
    expect(result.kind).toBe("value");
    if (result.kind !== "value") return;
    const call = /^=POLICY\.([A-Z]+)/.exec(example.formula)![1];
    if (call === "TABLE" || call === "SEARCH") {
      // Each span is a row of the spilled result, its cells joined by " │ ".
      const rows = (
        call === "TABLE"
          ? policyFormulas.table(index, ...tableArgs(example.formula))
          : policyFormulas.search(index, "OFAC sanctions", 3)
      ).map((r) => r.map(String).join(" │ "));
      const expected = example.spans.map(pattern);
      const offset = rows.length - expected.length;
      expected.forEach((p, i) => expect(rows[offset + i]).toMatch(p));
      return;
    }
    // CARD's plain value (outside Excel's data types) is the README's last span.
    const span = call === "CARD" ? example.spans.at(-1)! : example.spans[0];
    expect(shown(result.value)).toMatch(pattern(span));
  });
});

function tableArgs(formula: string): [string, string, string] {
  const args = [...formula.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
  return [args[0], args[1], args[2]];
}
