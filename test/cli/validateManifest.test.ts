import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validateManifestFile, XSD_VALIDATOR } from "../../src/cli/validateManifest";

const ROOT = join(__dirname, "../..");
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const DEPLOYED = "https://tables.example.org/policy/";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "pt-manifest-"));
  cpSync(join(ROOT, "assets"), join(dir, "assets"), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a manifest beside a copy of assets/, so its icons resolve as in the repository. */
function write(name: string, xml: string): string {
  const file = join(dir, name);
  writeFileSync(file, xml);
  return file;
}

const production = (xml: string) =>
  xml
    .split("https://localhost:3000/")
    .join(DEPLOYED)
    .split("https://localhost:3000")
    .join("https://tables.example.org");

describe("validateManifestFile", () => {
  it("finds the shared XSD validator beside the repository", () => {
    expect(existsSync(XSD_VALIDATOR)).toBe(true);
  });

  it("passes manifest.xml in development mode", () => {
    expect(validateManifestFile(join(ROOT, "manifest.xml"), false).problems).toEqual([]);
  });

  it("passes a production copy whose URLs name the deployment", () => {
    expect(validateManifestFile(write("prod.xml", production(MANIFEST)), true).problems).toEqual(
      [],
    );
  });

  it("fails a copy with an undefined resid, naming it and the defined ones", () => {
    const file = write(
      "resid.xml",
      MANIFEST.replace('<Title resid="Open.Label" />', '<Title resid="Open.Title" />'),
    );
    const problems = validateManifestFile(file, false).problems.join("\n");
    expect(problems).toMatch(
      /fails the Office manifest XSD:[\s\S]*No match found for key-sequence \['Open.Title'\]/,
    );
    expect(problems).toMatch(
      /resid\.xml:\d+: <Title resid="Open.Title"> at .*Control PolicyTables.Open > Supertip > Title names no bt:ShortStrings resource\. Defined: Functions.Namespace, Group.Label, Open.Label, Refresh.Label\./,
    );
  });

  it("fails a production copy with an http URL", () => {
    const xml = production(MANIFEST).replace(
      `${DEPLOYED}functions.json`,
      "http://tables.example.org/policy/functions.json",
    );
    const problems = validateManifestFile(write("http.xml", xml), true).problems;
    expect(problems).toEqual([
      expect.stringMatching(
        /http\.xml:\d+: Resources > Urls Functions.Metadata.Url uses http: "http:\/\/tables.example.org\/policy\/functions.json"\. Office loads add-ins only over https; use https:\/\/tables.example.org\/policy\/functions.json\.$/,
      ),
    ]);
  });

  it("fails a production copy that still points at localhost", () => {
    const problems = validateManifestFile(join(ROOT, "manifest.xml"), true).problems;
    expect(problems[0]).toMatch(/IconUrl points at localhost:3000 in a production manifest/);
  });

  it("fails a copy whose icon file is missing, naming the file it looked for", () => {
    const xml = MANIFEST.replace("assets/icon-80.png", "assets/icon-80-missing.png");
    const problems = validateManifestFile(write("icon.xml", xml), false).problems;
    expect(problems).toEqual([
      expect.stringMatching(
        /icon\.xml:\d+: .*Icon > Image: icon https:\/\/localhost:3000\/assets\/icon-80-missing\.png: no file at .*assets\/icon-80-missing\.png\.$/,
      ),
    ]);
  });

  it("fails a copy whose icon has the wrong pixel size", () => {
    const xml = MANIFEST.replace(
      'id="Icon.32x32" DefaultValue="https://localhost:3000/assets/icon-32.png"',
      'id="Icon.32x32" DefaultValue="https://localhost:3000/assets/icon-16.png"',
    );
    const problems = validateManifestFile(write("size.xml", xml), false).problems;
    expect(problems).toEqual([
      expect.stringMatching(
        /icon https:\/\/localhost:3000\/assets\/icon-16\.png is 16x16 px but is declared as 32x32\.$/,
      ),
    ]);
  });

  it("fails a copy that violates the XSD with xmllint's message", () => {
    const xml = MANIFEST.replace("<ProviderName>Policy Tables</ProviderName>", "");
    const problems = validateManifestFile(write("xsd.xml", xml), false).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /xsd\.xml: fails the Office manifest XSD:\n.*Element '\{[^}]+\}DefaultLocale': This element is not expected\. Expected is \( \{[^}]+\}ProviderName \)/,
    );
  });

  it("fails a file that is not XML, through office-addin-manifest and the parser", () => {
    const problems = validateManifestFile(write("broken.xml", "<OfficeApp>"), false).problems.join(
      "\n",
    );
    expect(problems).toMatch(
      /office-addin-manifest info cannot read it: Error: Unable to parse the manifest file/,
    );
    expect(problems).toMatch(
      /broken\.xml: The manifest is not well-formed XML: <OfficeApp> is never closed on line 1\./,
    );
  });

  it("says to build first when dist/manifest.xml is missing", () => {
    expect(validateManifestFile(join(dir, "dist/manifest.xml"), true).problems).toEqual([
      expect.stringMatching(/dist\/manifest\.xml: no such file\. Run `npm run build` first/),
    ]);
  });
});

describe("npm run validate", () => {
  const cli = (...args: string[]) =>
    spawnSync(
      join(ROOT, "node_modules/.bin/tsx"),
      [join(ROOT, "src/cli/validateManifest.ts"), ...args],
      {
        encoding: "utf8",
        cwd: ROOT,
      },
    );

  it("validates both manifests: manifest.xml and the production dist/manifest.xml", () => {
    if (!existsSync(join(ROOT, "dist/manifest.xml"))) {
      throw new Error(
        "dist/manifest.xml is missing: run `npm run build` (test/run-all.sh does) before jest.",
      );
    }
    const run = cli();
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^OK: manifest\.xml \(development\)/m);
    expect(run.stdout).toMatch(/^OK: dist\/manifest\.xml \(production\)/m);
    expect(run.status).toBe(0);
  });

  it("exits 1 and lists the problems of a broken copy", () => {
    const file = write(
      "cli.xml",
      production(MANIFEST).replace('<Label resid="Group.Label" />', '<Label resid="Nope" />'),
    );
    const run = cli("--production", file);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^INVALID: .*cli\.xml \(production\), 2 problem\(s\):$/m);
    expect(run.stderr).toMatch(
      /<Label resid="Nope"> at .*Group PolicyTables.Group > Label names no bt:ShortStrings resource/,
    );
  });
});
