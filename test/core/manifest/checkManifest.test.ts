import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkManifest, type ImageProbe } from "../../../src/core/manifest/checkManifest";
import { readManifest } from "../../../src/core/manifest/readManifest";

const MANIFEST = readFileSync(join(__dirname, "../../../manifest.xml"), "utf8");
const XSD_BLIND = join(__dirname, "../../../../shared/office-schemas/test-manifests/xsd-blind");

/** Serves every icon at the size its file name says (icon-16.png is 16x16). */
const sizedByName = (url: string): ImageProbe => {
  const size = Number(/icon-(\d+)\.png$/.exec(url)?.[1]);
  return size ? { found: true, width: size, height: size } : { found: false, reason: "no file." };
};

const check = (xml: string, production = false, probeImage = sizedByName) =>
  checkManifest(readManifest(xml), { production, probeImage }).map((p) => p.message);

describe("checkManifest", () => {
  it("passes the project's manifest", () => {
    expect(check(MANIFEST)).toEqual([]);
  });

  it("reports a resid that names no resource, listing the defined ones", () => {
    const xml = MANIFEST.replace(
      '<Label resid="Refresh.Label" />',
      '<Label resid="Refresh.Lable" />',
    );
    expect(check(xml)).toEqual([
      '<Label resid="Refresh.Lable"> at ExtensionPoint PrimaryCommandSurface > OfficeTab TabHome > ' +
        "Group PolicyTables.Group > Control PolicyTables.Refresh > Label names no bt:ShortStrings " +
        "resource. Defined: Functions.Namespace, Group.Label, Open.Label, Refresh.Label.",
    ]);
  });

  it("reports a resource id defined twice", () => {
    const xml = MANIFEST.replace(
      '<bt:String id="Group.Label" DefaultValue="Policy Tables" />',
      '<bt:String id="Group.Label" DefaultValue="Policy Tables" /><bt:String id="Group.Label" DefaultValue="x" />',
    );
    expect(check(xml)).toEqual([
      expect.stringMatching(
        /^Resource id "Group.Label" is defined twice in bt:ShortStrings \(first on line \d+\)\.$/,
      ),
    ]);
  });

  it("rejects http URLs and says which https URL to use", () => {
    const xml = MANIFEST.replace(
      '<SupportUrl DefaultValue="https://localhost:3000/taskpane.html" />',
      '<SupportUrl DefaultValue="http://example.org/help" />',
    );
    expect(check(xml)).toEqual([
      'SupportUrl uses http: "http://example.org/help". Office loads add-ins only over https; use https://example.org/help.',
    ]);
  });

  it("accepts localhost in development but not in a production manifest", () => {
    const problems = check(MANIFEST, true);
    expect(problems.length).toBeGreaterThan(5);
    expect(problems[0]).toBe(
      'IconUrl points at localhost:3000 in a production manifest: "https://localhost:3000/assets/icon-32.png". Build with --env url=https://your.host/path/ so every URL names the deployment.',
    );
    const deployed = MANIFEST.split("https://localhost:3000").join("https://tables.example.org");
    expect(check(deployed, true)).toEqual([]);
  });

  it("reports a URL that is not absolute", () => {
    const xml = MANIFEST.replace(
      'DefaultValue="https://localhost:3000/functions.json"',
      'DefaultValue="functions.json"',
    );
    expect(check(xml)).toEqual([
      'Resources > Urls Functions.Metadata.Url is not an absolute URL: "functions.json".',
    ]);
  });

  it("reports a missing icon with the adapter's reason", () => {
    const probe = (url: string): ImageProbe =>
      url.endsWith("icon-80.png")
        ? { found: false, reason: "no file at assets/icon-80.png." }
        : sizedByName(url);
    expect(check(MANIFEST, false, probe)).toEqual([
      "ExtensionPoint PrimaryCommandSurface > OfficeTab TabHome > Group PolicyTables.Group > Icon > Image: icon https://localhost:3000/assets/icon-80.png: no file at assets/icon-80.png.",
    ]);
  });

  it("reports an icon whose pixel size differs from the declared size", () => {
    const xml = MANIFEST.replace(
      '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-64.png" />',
      '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-80.png" />',
    );
    expect(check(xml)).toEqual([
      "HighResolutionIconUrl: icon https://localhost:3000/assets/icon-80.png is 80x80 px but is declared as 64x64.",
    ]);
  });

  it("requires the functions page, function file and task pane to be the runtime's page", () => {
    const xml = MANIFEST.replace(
      '<Page>\n              <SourceLocation resid="Taskpane.Url" />',
      '<Page>\n              <SourceLocation resid="Functions.Script.Url" />',
    );
    expect(check(xml)).toEqual([
      'The custom functions <Page> is "https://localhost:3000/functions.js" but the shared runtime page is "https://localhost:3000/taskpane.html": both must be the same page.',
    ]);
    const otherDefault = MANIFEST.replace(
      '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html" />',
      '<SourceLocation DefaultValue="https://localhost:3000/other.html" />',
    );
    expect(check(otherDefault)).toEqual([
      expect.stringMatching(
        /^DefaultSettings > SourceLocation is "https:\/\/localhost:3000\/other.html" but the shared runtime page/,
      ),
    ]);
  });

  it("requires one long-lived runtime and the SharedRuntime requirement", () => {
    expect(check(MANIFEST.replace('lifetime="long"', 'lifetime="short"'))).toEqual([
      '<Runtime resid="Taskpane.Url"> needs lifetime="long" so functions keep running while the task pane is closed (found short).',
    ]);
    expect(check(MANIFEST.replace('<Set Name="SharedRuntime" MinVersion="1.1" />', ""))).toEqual([
      'Requirements has no <Set Name="SharedRuntime" MinVersion="1.1"/>: the task pane, functions and commands would not share one runtime.',
    ]);
    const none = MANIFEST.replace(/<Runtimes>[\s\S]*<\/Runtimes>/, "");
    expect(check(none)).toEqual(["Expected exactly one <Runtime> in <Runtimes>, found 0."]);
  });

  it("catches both manifests the XSD cannot reject (shared office-schemas xsd-blind cases)", () => {
    const blind = (name: string) => readFileSync(join(XSD_BLIND, name), "utf8");
    expect(check(blind("http-url.xml"), true).join("\n")).toMatch(/uses http: "http:\/\//);
    expect(check(blind("runtime-page-mismatch.xml")).join("\n")).toMatch(
      /The custom functions <Page> is "[^"]+" but the shared runtime page is/,
    );
  });
});
