import { planSources } from "../../../src/core/layout/planSources";
import { fixtureDataset } from "../../fixtures/fixtureDataset";

describe("planSources", () => {
  it("lists title, publisher, date, rights and hash of the documents asked for", () => {
    const plan = planSources(fixtureDataset(), ["000_aaaaaaaaaaaaaaaa"]);
    expect(plan.tableName).toBe("PT_Sources");
    expect(plan.header).toEqual([
      "Document ID",
      "Title",
      "Author",
      "Publisher",
      "Published",
      "Kind",
      "Rights",
      "SHA-256",
      "URL",
      "URL note",
    ]);
    expect(plan.values).toHaveLength(1);
    expect(plan.values[0][1]).toBe("Treasury launches strike force");
    expect(plan.values[0][4]).toBe(45264);
    expect(plan.values[0][6]).toBe(
      "Not stated in the document; check with the publisher before reuse.",
    );
    expect(plan.values[0][7]).toMatch(/^[0-9a-f]{64}$/);
  });

  it("lists every source when none are named", () => {
    expect(planSources(fixtureDataset()).rowIds).toEqual([
      "000_aaaaaaaaaaaaaaaa",
      "001_bbbbbbbbbbbbbbbb",
    ]);
  });
});
