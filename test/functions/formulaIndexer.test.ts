import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildIndex } from "../../src/core/lookup/buildIndex";
import {
  explainPolicyFormula,
  explainPolicyFormulaWith,
} from "../../src/core/lookup/explainFormula";
import { piecesFormulaIndexer } from "../../src/functions/formulaIndexer";
import { PiecedDataset } from "../../src/functions/piecedDataset";
import { PieceReader } from "../../src/functions/pieceReader";
import { shippedDataset } from "../excel/shippedDataset";
import { memoryPieceFetch } from "./memoryPieceFetch";

/** Trace explains a selected POLICY formula from the pieces its function reads. */
jest.setTimeout(120_000);
const dataset = shippedDataset();
const wholeIndex = buildIndex(dataset);

async function opened() {
  const fetchPiece = memoryPieceFetch(dataset);
  const reader = new PieceReader(fetchPiece);
  const { catalog, sha256 } = await reader.catalogWithHash("data/catalog.json");
  const pieces = new PiecedDataset(reader, "data/catalog.json", catalog, sha256);
  const wholeLoads: string[] = [];
  const indexer = piecesFormulaIndexer(pieces, async () => {
    wholeLoads.push("data/dataset.json");
    return dataset;
  });
  return { indexer, calls: fetchPiece.calls, wholeLoads };
}

const q = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** Formulas of every function the pieces answer, over every figure, event, document and table. */
function formulasFromPieces(): string[] {
  const readme = readFileSync(join(__dirname, "../../README.md"), "utf8");
  return [
    ...[...readme.matchAll(/`(=POLICY\.LOOKUP\([^`]*\))`/g)].map((m) => m[1]),
    ...dataset.figures.flatMap((f) => [
      `=POLICY.VALUE(${q(f.id)})`,
      `=POLICY.FIELD(${q(f.id)}, "unit")`,
      `=POLICY.QUOTE(${q(f.id.toUpperCase())})`,
      `=POLICY.SOURCE(${q(f.id)}, "apa")`,
      `=POLICY.DATE(${q(f.id)}, "end")`,
      `=POLICY.CARD(${q(f.id)})`,
      `=POLICY.LOOKUP(${q(f.metric)}, ${q(f.actor ?? "")}, ${q(f.period.text ?? "")})`,
      `=POLICY.VALUE(${q(f.id)}, "extra")`,
    ]),
    ...dataset.events.flatMap((e) => [`=POLICY.DATE(${q(e.id)})`, `=POLICY.VALUE(${q(e.id)})`]),
    ...dataset.sources.map((s) => `=POLICY.SOURCE(${q(s.id)}, "chicago")`),
    ...dataset.tables.map((t) => `=POLICY.TABLE(${q(t.id)})`),
    `=POLICY.TABLE("${dataset.tables[0].id}", "value", "value >= 100")`,
    `=POLICY.VERSION()`,
    `=POLICY.VERSION("hash")`,
  ];
}

describe("piecesFormulaIndexer", () => {
  it("explains every formula as over the whole dataset, from pieces alone", async () => {
    const { indexer, calls, wholeLoads } = await opened();
    const formulas = formulasFromPieces();
    expect(formulas.length).toBeGreaterThan(dataset.figures.length * 8);
    const asked: string[] = [];
    for (const formula of formulas) {
      const before = wholeLoads.length;
      expect([formula, await explainPolicyFormulaWith(indexer, formula)]).toEqual([
        formula,
        explainPolicyFormula(wholeIndex, formula),
      ]);
      if (wholeLoads.length > before) asked.push(formula);
    }
    expect(asked).toEqual([]);
    expect(calls.some((u) => u.includes("/ids/"))).toBe(true);
    expect(calls.some((u) => u.includes("/lookup/"))).toBe(true);
    expect(calls.some((u) => u.includes("/tables/"))).toBe(true);
    // Explaining reads records, never their documents' texts.
    expect(calls.filter((u) => u.includes("/docs/"))).toEqual([]);
  });

  it("reads only the catalog's id index and shards for a function of one id", async () => {
    const { indexer, calls } = await opened();
    const f = dataset.figures[0];
    const explained = await explainPolicyFormulaWith(indexer, `=POLICY.VALUE("${f.id}")`);
    expect(explained).toEqual(explainPolicyFormula(wholeIndex, `=POLICY.VALUE("${f.id}")`));
    expect(explained.recordId).toBe(f.id);
    expect(
      calls.every((u) => /^data\/pieces\/(ids\.|ids\/)/.test(u) || u === "data/catalog.json"),
    ).toBe(true);
  });

  it("explains SEARCH, an unknown table and an id not text from the pieces, as over the whole dataset", async () => {
    const { indexer, wholeLoads } = await opened();
    for (const formula of [
      `=POLICY.SEARCH("pill presses")`,
      `=POLICY.SEARCH("OFAC sanctions", 2)`,
      `=POLICY.SEARCH("zzqqx")`,
      `=POLICY.TABLE("no-such-table")`,
      `=POLICY.TABLE(" SANCTIONS ", "metric")`,
      `=POLICY.VALUE(1)`,
      `=POLICY.SOURCE("")`,
    ])
      expect([formula, await explainPolicyFormulaWith(indexer, formula)]).toEqual([
        formula,
        explainPolicyFormula(wholeIndex, formula),
      ]);
    expect(wholeLoads).toEqual([]);
  });

  it("explains an unknown id and a LOOKUP no figure matches from the sorted ids, as over the whole dataset", async () => {
    const { indexer, wholeLoads } = await opened();
    const f = dataset.figures[0];
    for (const formula of [`=POLICY.VALUE("${f.id.slice(0, -1)}")`, `=POLICY.LOOKUP("zzzz qqqq")`])
      expect(await explainPolicyFormulaWith(indexer, formula)).toEqual(
        explainPolicyFormula(wholeIndex, formula),
      );
    expect(wholeLoads).toEqual([]);
  });

  it("asks for no index where the formula cannot be run", async () => {
    const { indexer, calls, wholeLoads } = await opened();
    for (const formula of ['=POLICY.NOPE("x")', '=POLICY.VALUE("x"', "=POLICY.VALUE(A1+1)"])
      expect(await explainPolicyFormulaWith(indexer, formula)).toEqual(
        explainPolicyFormula(wholeIndex, formula),
      );
    expect(calls).toEqual(["data/catalog.json"]);
    expect(wholeLoads).toEqual([]);
  });
});
