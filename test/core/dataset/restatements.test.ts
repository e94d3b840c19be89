import { alsoReportedBy, onePerFact } from "../../../src/core/dataset/restatements";
import type { Figure } from "../../../src/core/dataset/schema";
import { fixtureDataset } from "../../fixtures/fixtureDataset";
import { shippedDataset } from "../../excel/shippedDataset";

describe("onePerFact", () => {
  const d = fixtureDataset();
  const [, deaths2022, deathsSince2020] = d.figures;
  const restated = (over: Partial<Figure>): Figure => ({ ...deaths2022, id: "restated", ...over });

  it("prefers an exact value to a hedged one, then more significant digits", () => {
    const exact = restated({ value: 100000, qualifier: "exact" });
    expect(onePerFact([deaths2022, exact], d.sources)).toEqual([exact]);
    expect(onePerFact([deathsSince2020, deaths2022], d.sources)).toEqual([deaths2022]);
  });

  it("at equal precision takes the earliest dated source, an undated one last", () => {
    const later = restated({ value: 107000, source: { ...deathsSince2020.source } });
    expect(onePerFact([later, deaths2022], d.sources)).toEqual([deaths2022]);
    const undated = d.sources.map((s) =>
      s.id === deaths2022.source.doc ? { ...s, published: null } : s,
    );
    expect(onePerFact([deaths2022, later], undated)).toEqual([later]);
  });

  it("keeps figures without a fact key and the order of the rest", () => {
    expect(onePerFact(d.figures, d.sources).map((f) => f.id)).toEqual(
      d.figures.filter((f) => f.id !== deathsSince2020.id).map((f) => f.id),
    );
  });
});

describe("alsoReportedBy", () => {
  it("names each other statement's document, value and id, and nothing for a single source", () => {
    const d = fixtureDataset();
    const title = d.sources.find((s) => s.id === d.figures[2].source.doc)!.title;
    expect(alsoReportedBy(d, d.figures[1])).toBe(
      `${title}: more than 100,000 deaths (us-overdose-deaths-per-year-since-2020)`,
    );
    expect(alsoReportedBy(d, d.figures[0])).toBeNull();
  });
});

describe("figure tables of the shipped dataset", () => {
  it("hold each fact once, so a SUM counts it once; All figures keeps every statement", () => {
    const d = shippedDataset();
    const byId = new Map(d.figures.map((f) => [f.id, f]));
    for (const t of d.tables.filter((t) => t.kind === "figures")) {
      const facts = t.rows.map((id) => byId.get(id)!.fact).filter(Boolean);
      if (t.id === "all-figures") expect(t.rows).toHaveLength(d.figures.length);
      else expect(new Set(facts).size).toBe(facts.length);
    }
    const seizures = d.tables.find((t) => t.id === "seizures")!.rows;
    expect(
      seizures.filter((id) => id.startsWith("cbp-fentanyl-seizures-san-diego-share")),
    ).toHaveLength(1);
    expect(seizures.filter((id) => id.startsWith("lax-keyboard-parcel-chemicals"))).toHaveLength(1);
    const deaths = d.tables
      .find((t) => t.id === "overdose-deaths")!
      .rows.map((id) => byId.get(id)!);
    expect(deaths.filter((f) => f.value === 100000 && f.unit === "deaths")).toHaveLength(0);
  });
});
