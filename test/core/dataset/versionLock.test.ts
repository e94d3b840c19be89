import {
  bumpVersion,
  checkVersionLock,
  lockFor,
  planBump,
  requiredBump,
} from "../../../src/core/dataset/versionLock";
import { fixtureDataset } from "../../fixtures/fixtureDataset";

const released = () => lockFor(fixtureDataset());

describe("bumpVersion", () => {
  it("follows semver", () => {
    expect(bumpVersion("1.4.2", "patch")).toBe("1.4.3");
    expect(bumpVersion("1.4.2", "minor")).toBe("1.5.0");
    expect(bumpVersion("1.4.2", "major")).toBe("2.0.0");
  });
});

describe("requiredBump", () => {
  it("is null for the released content", () => {
    expect(requiredBump(released(), fixtureDataset())).toBeNull();
  });
  it("is patch for a corrected value", () => {
    expect(
      requiredBump(
        released(),
        fixtureDataset((d) => (d.figures[0].value = 201)),
      ),
    ).toBe("patch");
  });
  it("is minor when records are added or removed", () => {
    expect(
      requiredBump(
        released(),
        fixtureDataset((d) => d.figures.pop()),
      ),
    ).toBe("minor");
  });
  it("is major when the schema version changes", () => {
    const lock = { ...released(), schemaVersion: 0 };
    expect(requiredBump(lock, fixtureDataset())).toBe("major");
  });
});

describe("checkVersionLock", () => {
  it("passes when the content is the released one", () => {
    expect(checkVersionLock(released(), fixtureDataset())).toEqual([]);
  });
  it("fails when there is no lock", () => {
    expect(checkVersionLock(null, fixtureDataset())).toEqual([
      "seeds/dataset.lock.json: missing; record the first release with npm run dataset -- --bump initial",
    ]);
  });
  it("fails when the content changed but the version did not, naming the bump", () => {
    const [problem] = checkVersionLock(
      released(),
      fixtureDataset((d) => {
        d.figures.pop();
      }),
    );
    expect(problem).toMatch(
      /^seeds\/dataset\.lock\.json: the content changed \(removed dhs-currency-seized-fy2023; content hash [0-9a-f]{12}…, released [0-9a-f]{12}…\) but the version is still 1\.0\.0; run npm run dataset -- --bump minor \(or a larger level\)$/,
    );
  });
  it("fails when the version was edited by hand", () => {
    expect(
      checkVersionLock(
        released(),
        fixtureDataset((d) => (d.version = "1.1.0")),
      ),
    ).toEqual([
      "seeds/dataset.yaml version: is 1.1.0 but seeds/dataset.lock.json records 1.0.0; change the version only with npm run dataset -- --bump patch|minor|major",
    ]);
  });
});

describe("planBump", () => {
  it("bumps from the released version", () => {
    expect(
      planBump(
        released(),
        fixtureDataset((d) => d.figures.pop()),
        "minor",
      ),
    ).toEqual({
      version: "1.1.0",
    });
  });
  it("refuses a level smaller than the change", () => {
    expect(
      planBump(
        released(),
        fixtureDataset((d) => d.figures.pop()),
        "patch",
      ),
    ).toEqual({
      problem: "--bump patch is too small: removed dhs-currency-seized-fy2023 needs --bump minor",
    });
  });
  it("records the configured version as the first release only when there is no lock", () => {
    expect(planBump(null, fixtureDataset(), "initial")).toEqual({ version: "1.0.0" });
    expect(planBump(released(), fixtureDataset(), "initial")).toEqual({
      problem: "--bump initial: a lock exists (version 1.0.0); bump patch, minor or major",
    });
    expect(planBump(null, fixtureDataset(), "patch")).toEqual({
      problem: "--bump patch: no lock yet; start with --bump initial",
    });
  });
});
