import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readManifest } from "../../../src/core/manifest/readManifest";

const MANIFEST = readFileSync(join(__dirname, "../../../manifest.xml"), "utf8");

describe("readManifest", () => {
  const model = readManifest(MANIFEST);

  it("reads the id, version and shared runtime of the project's manifest", () => {
    expect(model.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(model.version).toBe("1.0.1.0");
    expect(model.requirementSets).toEqual([{ name: "SharedRuntime", minVersion: "1.1" }]);
    expect(model.runtimes).toEqual([
      { resid: "Taskpane.Url", lifetime: "long", line: expect.any(Number) },
    ]);
    expect(model.functions).toEqual({
      script: "Functions.Script.Url",
      page: "Taskpane.Url",
      metadata: "Functions.Metadata.Url",
    });
    expect(model.functionFiles).toEqual(["Taskpane.Url"]);
    expect(model.taskpanes).toEqual(["Taskpane.Url"]);
    expect(model.defaultSourceLocation).toBe("https://localhost:3000/taskpane.html");
  });

  it("lists every resid reference with its resource kind and a readable location", () => {
    const label = model.references.find(
      (r) => r.resid === "Refresh.Label" && r.element === "Label",
    );
    expect(label).toMatchObject({
      kind: "ShortStrings",
      where:
        "ExtensionPoint PrimaryCommandSurface > OfficeTab TabHome > Group PolicyTables.Group > Control PolicyTables.Refresh > Label",
    });
    expect(model.references.find((r) => r.element === "Namespace")?.kind).toBe("ShortStrings");
    expect(model.references.find((r) => r.element === "Description")?.kind).toBe("LongStrings");
    expect(model.references.filter((r) => r.kind === "Images")).toHaveLength(12);
  });

  it("collects resources of each kind and every URL", () => {
    const ns = model.resources.find((r) => r.id === "Functions.Namespace");
    expect(ns).toMatchObject({ kind: "ShortStrings", value: "POLICY" });
    const wheres = model.urls.map((u) => u.where);
    expect(wheres).toEqual(
      expect.arrayContaining([
        "IconUrl",
        "HighResolutionIconUrl",
        "SupportUrl",
        "AppDomain",
        "DefaultSettings > SourceLocation",
        "Resources > Urls Functions.Metadata.Url",
        "Resources > Images Icon.80x80",
      ]),
    );
  });

  it("records the declared size of each icon use", () => {
    expect(model.icons.find((i) => i.where === "IconUrl")).toMatchObject({ size: 32 });
    expect(model.icons.find((i) => i.where === "HighResolutionIconUrl")).toMatchObject({
      size: 64,
    });
    const sizes = model.icons.filter((i) => i.resid).map((i) => `${i.resid}@${i.size}`);
    expect(new Set(sizes)).toEqual(
      new Set(["Icon.16x16@16", "Icon.32x32@32", "Icon.64x64@64", "Icon.80x80@80"]),
    );
  });

  it("throws a clear message for malformed XML", () => {
    expect(() => readManifest("<OfficeApp><Id></OfficeApp>")).toThrow(
      /not well-formed XML: <\/OfficeApp> closes <Id>/,
    );
  });
});
