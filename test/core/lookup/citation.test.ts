import { citation } from "../../../src/core/lookup/citation";
import { fixtureDataset } from "../../fixtures/fixtureDataset";

describe("citation", () => {
  it("joins publisher, quoted title, date and url on one line", () => {
    const [, b] = fixtureDataset().sources;
    expect(citation(b)).toBe(
      'Senate, "Testimony on fentanyl", 2024-03-20, https://example.org/testimony',
    );
  });
  it("says when the publisher or date is missing instead of leaving a gap", () => {
    const [a] = fixtureDataset().sources;
    expect(citation({ ...a, publisher: null, published: null })).toBe(
      'publisher not stated, "Treasury launches strike force", undated',
    );
  });
});
