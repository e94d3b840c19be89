import { benchLookups } from "../../../src/cli/bench/lookups";
import { fixtureDataset } from "../../fixtures/fixtureDataset";

describe("benchLookups", () => {
  it("serves every VALUE and LOOKUP call from one fetch, without errors", async () => {
    const r = await benchLookups(JSON.stringify(fixtureDataset()), 2000);
    expect(r).toMatchObject({
      calls: 2000,
      valueCalls: 1000,
      lookupCalls: 1000,
      fetches: 1,
      errors: 0,
    });
    expect(r.ms).toBeGreaterThan(0);
    expect(r.ratio).toBeCloseTo(r.ms / r.mapMs, 0);
  });
  it("fails with the dataset's problems when the dataset is invalid", async () => {
    await expect(
      benchLookups(JSON.stringify({ ...fixtureDataset(), figures: "x" }), 10),
    ).rejects.toThrow(/The dataset is invalid/);
  });
});
