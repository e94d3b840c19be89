import { compareVersions, datasetWarnings } from "../../../src/core/dataset/datasetWarnings";

const H1 = "a".repeat(64);
const H2 = "b".repeat(64);

describe("datasetWarnings", () => {
  const table = (tableName: string, version: string, contentHash: string) => ({
    tableName,
    version,
    contentHash,
  });
  it("says nothing for the same or a newer dataset", () => {
    expect(datasetWarnings({ version: "1.0.2", contentHash: H1 }, [])).toEqual([]);
    expect(
      datasetWarnings({ version: "1.0.2", contentHash: H1 }, [
        table("PT_Seizures", "1.0.2", H1),
        table("PT_Sanctions", "1.0.1", H2),
      ]),
    ).toEqual([]);
  });
  it("flags content that changed under the same version", () => {
    expect(
      datasetWarnings({ version: "1.0.2", contentHash: H2 }, [table("PT_Seizures", "1.0.2", H1)]),
    ).toEqual([
      "Dataset 1.0.2 has different content (hash bbbbbbbbbbbb…) from the 1.0.2 that PT_Seizures was written with (hash aaaaaaaaaaaa…): its figures changed without a new version.",
    ]);
  });
  it("flags a version older than the tables', naming them and the newest version", () => {
    expect(
      datasetWarnings({ version: "1.0.10", contentHash: H1 }, [
        table("PT_A", "1.0.9", H2),
        table("PT_B", "1.2.0", H2),
        table("PT_C", "1.1.0", H2),
      ]),
    ).toEqual([
      "Dataset 1.0.10 is older than 1.2.0, the version PT_B, PT_C were written with: refreshing would take figures back.",
    ]);
  });
});

describe("compareVersions", () => {
  it("orders numerically, not as text", () => {
    expect(compareVersions("1.0.10", "1.0.9")).toBeGreaterThan(0);
    expect(compareVersions("1.2.0", "1.10.0")).toBeLessThan(0);
    expect(compareVersions("2.0.0", "2.0.0")).toBe(0);
  });
});
