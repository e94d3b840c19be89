import { buildIndex } from "../../../src/core/lookup/buildIndex";
import { fixtureDataset } from "../../fixtures/fixtureDataset";

describe("buildIndex", () => {
  const index = buildIndex(fixtureDataset());
  it("indexes figures and events by id with their type", () => {
    expect(index.records.get("us-overdose-deaths-2022")?.type).toBe("figure");
    expect(index.records.get("treasury-strike-force-launch")?.type).toBe("event");
    expect(index.records.size).toBe(7);
  });
  it("lists record ids sorted, for suggestions", () => {
    expect(index.recordIds).toEqual([...index.recordIds].sort());
    expect(index.recordIds).toHaveLength(7);
  });
  it("indexes sources, tables and conflicts by id", () => {
    expect(index.sources.get("001_bbbbbbbbbbbbbbbb")?.publisher).toBe("Senate");
    expect([...index.tables.keys()]).toEqual(["sanctions", "seizures", "timeline"]);
    expect(index.conflicts.has("conflict-us-overdose-deaths-annual")).toBe(true);
  });
  it("separates naming words from context and quote words", () => {
    const stems = index.stems.get("dhs-pill-presses-seized-fy2023")!;
    expect(stems.name).toEqual(expect.arrayContaining(["pill", "press", "seize", "dhs"]));
    expect(stems.context).toEqual(expect.arrayContaining(["pill", "dhs", "fy", "2023"]));
    expect(stems.quote).toContain("currency");
    expect(stems.name).not.toContain("currency");
  });
});
