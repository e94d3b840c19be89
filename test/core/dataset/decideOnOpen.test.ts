import { decideOnOpen } from "../../../src/core/dataset/decideOnOpen";

const dataset = { version: "1.1.0", contentHash: "new" };
const written = (version: string, contentHash: string, tableName = "PT_Seizures") => ({
  tableName,
  version,
  contentHash,
});

describe("decideOnOpen", () => {
  it("does nothing when the check is off, even with an older table", () => {
    expect(
      decideOnOpen({ check: false, refresh: true }, dataset, [written("1.0.0", "old")]),
    ).toEqual({ action: "none" });
  });

  it("does nothing when every table was written with this dataset, or there are none", () => {
    const on = { check: true, refresh: true };
    expect(decideOnOpen(on, dataset, [written("1.1.0", "new")])).toEqual({ action: "none" });
    expect(decideOnOpen(on, dataset, [])).toEqual({ action: "none" });
  });

  it("notifies about the tables written with an older dataset, and refreshes only when asked to", () => {
    const tables = [written("1.0.0", "old"), written("1.1.0", "new", "PT_Timeline")];
    expect(decideOnOpen({ check: true, refresh: false }, dataset, tables)).toEqual({
      action: "notify",
      outdated: [tables[0]],
      warnings: [],
    });
    expect(decideOnOpen({ check: true, refresh: true }, dataset, tables)).toEqual({
      action: "refresh",
      outdated: [tables[0]],
    });
  });

  it("never refreshes a dataset whose content changed under the same version, or an older one", () => {
    const relabelled = decideOnOpen({ check: true, refresh: true }, dataset, [
      written("1.1.0", "other"),
    ]);
    expect(relabelled).toMatchObject({ action: "notify" });
    expect(relabelled.action === "notify" && relabelled.warnings[0]).toMatch(
      /figures changed without a new version/,
    );
    const older = decideOnOpen({ check: true, refresh: true }, dataset, [written("2.0.0", "x")]);
    expect(older.action === "notify" && older.warnings[0]).toMatch(/older than 2.0.0/);
  });
});
