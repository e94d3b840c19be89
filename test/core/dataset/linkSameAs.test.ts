import { linkSameAs, type SameAsLink } from "../../../src/core/dataset/linkSameAs";
import type { Figure } from "../../../src/core/dataset/schema";

const figure = (id: string, fact: string | null = null): Figure => ({
  id,
  value: 1,
  unit: "deaths",
  qualifier: "exact",
  metric: "m",
  category: "deaths",
  actor: null,
  place: null,
  period: { text: null, start: null, end: null },
  fact,
  note: null,
  source: { doc: "000_aaaaaaaaaaaaaaaa", quote: "q", start: 0, end: 1 },
});
const link = (id: string, target: string): SameAsLink => ({
  id,
  target,
  kind: "figure",
  where: `x (id "${id}")`,
});

describe("linkSameAs", () => {
  it("settles chained links onto one fact key, in any order", () => {
    const figures = [figure("a"), figure("b"), figure("c")];
    expect(linkSameAs([link("c", "b"), link("b", "a")], figures, [])).toEqual([]);
    expect(figures.map((f) => f.fact)).toEqual(["a", "a", "a"]);
  });

  it("keeps the target's own fact key and refuses a record restating itself", () => {
    const figures = [figure("a", "deaths-annual"), figure("b")];
    expect(linkSameAs([link("b", "a")], figures, [])).toEqual([]);
    expect(figures[1].fact).toBe("deaths-annual");
    expect(linkSameAs([link("a", "a")], figures, [])).toEqual([
      'x (id "a").sameAs: a record cannot restate itself',
    ]);
  });
});
