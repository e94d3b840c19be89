import { fixtureDataset, FIXTURE_TEXT_A } from "../fixtures/fixtureDataset";
import { contentHash, sha256Hex } from "../../src/core/dataset/contentHash";
import type { Dataset } from "../../src/core/dataset/schema";
import { workbook } from "./harness";

/** Quotes crafted to start with each character Excel reads as the start of a formula. */
export const CRAFTED = [
  '=HYPERLINK("http://evil.example","x")',
  "+1+1",
  "-2+3",
  "@SUM(1,2)",
  "'quoted",
  "=1+1",
];

/** The fixture with every figure's quote (and text) replaced by a crafted one; still valid. */
export function craftedDataset(): Dataset {
  return fixtureDataset((d) => {
    const text = CRAFTED.join("\n");
    d.sources[0].text = text + "\n" + FIXTURE_TEXT_A;
    d.sources[0].sha256 = sha256Hex(d.sources[0].text);
    d.sources[0].title = "=cmd|' /C calc'!A0";
    d.generatedFrom.documents[0].sha256 = d.sources[0].sha256;
    d.figures.forEach((f, i) => {
      const quote = CRAFTED[i % CRAFTED.length];
      const start =
        text
          .split("\n")
          .slice(0, i % CRAFTED.length)
          .join("\n").length + (i % CRAFTED.length ? 1 : 0);
      f.source = { doc: d.sources[0].id, quote, start, end: start + quote.length };
      f.metric = quote;
    });
    d.events.forEach((e) => (e.source = { ...d.figures[0].source }));
    d.conflicts[0].sides.forEach((s) => (s.doc = d.sources[0].id));
    d.tables.push({
      ...d.tables[0],
      id: "all-figures",
      title: "All figures",
      rows: d.figures.map((f) => f.id),
    });
    d.contentHash = contentHash(d as unknown as Record<string, unknown>);
  });
}

describe("formula injection", () => {
  it("the crafted dataset is valid", async () => {
    const { parseDataset } = await import("../../src/core/dataset/parseDataset");
    expect(() => parseDataset(craftedDataset())).not.toThrow();
  });

  it("inserted tables hold crafted quotes as text, never formulas", async () => {
    const { fake, actions } = workbook();
    const dataset = craftedDataset();
    for (const t of dataset.tables) await actions.insertTable(dataset, t.id, {}, "newSheet");
    const cells = fake.sheets.flatMap((s) => [...s.cells.values()]);
    expect(cells.filter((c) => c.formula !== null)).toEqual([]);
    const texts = cells.map((c) => c.value);
    for (const quote of CRAFTED.slice(0, 5)) expect(texts).toContain(quote);
    expect(texts).toContain("=cmd|' /C calc'!A0");
  });

  it("refresh writes changed and added rows as text, with or without Table.resize", async () => {
    for (const api of ["1.18", "1.12"]) {
      const { fake, actions } = workbook(api);
      await actions.insertTable(
        fixtureDataset(),
        "sanctions",
        { columns: ["id", "metric", "source.quote"] },
        "selection",
      );
      const dataset = craftedDataset();
      dataset.tables[0].rows.push("us-overdose-deaths-2022", "dhs-pill-presses-seized-fy2023");
      dataset.contentHash = contentHash(dataset as unknown as Record<string, unknown>);
      const summary = await actions.refreshAll(dataset);
      expect(summary.tables[0]).toMatchObject({ rowsAdded: 2, valuesChanged: 2 });
      const cells = [...fake.sheet("Sheet1")!.cells.values()];
      expect(cells.filter((c) => c.formula !== null)).toEqual([]);
      expect(fake.values("Sheet1!B2:C4")).toEqual([
        [CRAFTED[0], CRAFTED[0]],
        [CRAFTED[1], CRAFTED[1]],
        [CRAFTED[3], CRAFTED[3]],
      ]);
    }
  });

  it("a crafted title in a figure's note and the Sources sheet stays text", async () => {
    const { fake, actions } = workbook();
    await actions.insertFigure(craftedDataset(), "treasury-sanctions-since-eo", "value");
    expect(fake.cell("Sheet1!A1").value).toBe(200);
    expect(fake.values("Sources!B2")).toEqual([["=cmd|' /C calc'!A0"]]);
    expect(fake.cell("Sources!B2").formula).toBeNull();
  });
});
