import { selectNonOverlapping } from "../../../src/core/extract/spans";

const span = (start: number, end: number, id = "") => ({ start, end, id });

describe("selectNonOverlapping", () => {
  it("keeps the earliest, then the longest, of overlapping candidates", () => {
    const kept = selectNonOverlapping([
      span(5, 8, "b"),
      span(0, 4, "a"),
      span(5, 20, "long"),
      span(19, 22, "c"),
    ]);
    expect(kept.map((s) => s.id)).toEqual(["a", "long"]);
  });

  it("drops candidates that touch a blocked span, keeps those beside it", () => {
    const kept = selectNonOverlapping(
      [span(0, 3, "a"), span(3, 6, "b"), span(8, 12, "c"), span(12, 14, "d")],
      [span(4, 9), span(20, 30)],
    );
    expect(kept.map((s) => s.id)).toEqual(["a", "d"]);
  });
});
