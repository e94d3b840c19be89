import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fixtureDataset } from "../fixtures/fixtureDataset";
import { launchChromium, type Chromium } from "../helpers/chromium";
import { serveDirectory, type Served } from "../helpers/serveDirectory";

/*
 * Checks the production build in dist/ (test/run-all.sh runs `npm run build` before jest), and
 * loads it from a plain static file server, as any static HTTPS host would serve it.
 */
const ROOT = join(__dirname, "../..");
const DIST = join(ROOT, "dist");

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require("../../webpack.config.js") as {
  (env: Record<string, unknown>, argv: { mode: string }): { plugins: unknown[] };
  rewriteManifest(xml: string, url: string): string;
  SAMPLE_URL: string;
  CSP: string;
};

const read = (path: string) => readFileSync(join(DIST, path), "utf8");

beforeAll(() => {
  if (!existsSync(join(DIST, "taskpane.html"))) {
    throw new Error(
      "dist/ holds no production build: run `npm run build` first (test/run-all.sh does it before jest).",
    );
  }
});

describe("production build (dist/)", () => {
  it("emits the shared-runtime page, bundles, metadata, icons, office.js folder, dataset and manifest", () => {
    for (const file of [
      "taskpane.html",
      "runtime.js",
      "functions.js",
      "taskpane.js",
      "functions.json",
      "manifest.xml",
      "data/dataset.json",
      "office-js/office.js",
      "office-js/excel-win32-16.01.js",
      "office-js/en-us/office_strings.js",
      ...[16, 32, 64, 80, 128].map((s) => `assets/icon-${s}.png`),
    ]) {
      expect([file, existsSync(join(DIST, file))]).toEqual([file, true]);
    }
  });

  it("generates functions.json for the POLICY functions from src/functions/functions.ts", () => {
    const metadata = JSON.parse(read("functions.json")) as {
      functions: { id: string; name: string }[];
    };
    expect(metadata.functions.length).toBeGreaterThan(0);
    expect(metadata.functions.map((f) => f.id)).toContain("VALUE");
    for (const f of metadata.functions) expect(f.name).toBe(f.id);
  });

  it("puts the CSP meta tag before any script and loads office.js first, all from this origin", () => {
    const html = read("taskpane.html");
    const csp = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html);
    expect(csp?.[1]).toBe(makeConfig.CSP);
    expect(makeConfig.CSP).not.toMatch(/unsafe-eval/);
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script"));
    const scripts = [...html.matchAll(/<script[^>]*src="?([^" >]+)/g)].map((m) => m[1]);
    expect(scripts).toEqual(["office-js/office.js", "runtime.js", "functions.js", "taskpane.js"]);
  });

  it("contains no eval in any bundle and uses external source maps", () => {
    const bundles = readdirSync(DIST).filter((f) => f.endsWith(".js"));
    expect(bundles.length).toBeGreaterThanOrEqual(4);
    for (const file of bundles) {
      const text = read(file);
      expect([file, /\beval\(/.test(text)]).toEqual([file, false]);
      expect(text).toContain(`//# sourceMappingURL=${file}.map`);
    }
  });

  it("writes dist/manifest.xml from manifest.xml with every localhost URL replaced", () => {
    const built = read("manifest.xml");
    expect(built).not.toMatch(/localhost/);
    const url = /<SourceLocation DefaultValue="([^"]+)taskpane\.html"/.exec(built)?.[1];
    expect(url).toMatch(/^https:\/\/.+\/$/);
    expect(built).toBe(
      makeConfig.rewriteManifest(readFileSync(join(ROOT, "manifest.xml"), "utf8"), url!),
    );
  });
});

describe("webpack.config.js", () => {
  let data: string;
  beforeAll(() => {
    data = mkdtempSync(join(tmpdir(), "pt-config-"));
    writeFileSync(join(data, "dataset.json"), JSON.stringify(fixtureDataset()));
  });
  afterAll(() => rmSync(data, { recursive: true, force: true }));
  const production = { mode: "production" };

  it("rewrites localhost URLs and the AppDomain origin to the deployment URL", () => {
    const xml =
      '<a u="https://localhost:3000/taskpane.html"/><AppDomain>https://localhost:3000</AppDomain>';
    expect(makeConfig.rewriteManifest(xml, "https://h.example/x/")).toBe(
      '<a u="https://h.example/x/taskpane.html"/><AppDomain>https://h.example</AppDomain>',
    );
  });

  it("refuses a deployment URL that is not https or not absolute", () => {
    expect(() => makeConfig({ url: "http://h.example/", data }, production)).toThrow(
      "--env url=http://h.example/ must use https: Office loads add-ins only over https.",
    );
    expect(() => makeConfig({ url: "h.example", data }, production)).toThrow(
      "--env url=h.example is not an absolute URL; expected e.g. https://host/path/",
    );
  });

  it("refuses to build without a dataset and says how to make one", () => {
    expect(() =>
      makeConfig({ url: "https://h.example/", data: tmpdir() + "/none" }, production),
    ).toThrow(/No dataset at .*none\/dataset\.json: run `npm run dataset` first\./);
  });
});

describe("dist/ on a static file server, in headless Chromium", () => {
  let served: Served;
  let browser: Chromium;
  let base: string;

  beforeAll(async () => {
    served = await serveDirectory(DIST, { host: "127.0.0.1" });
    base = `${served.origin}/`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it("loads with Office.onReady resolving without a host, no errors, off-origin only for telemetry", async () => {
    const { context, blocked } = browser;
    await context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) =>
        console.error(`CSP violation: ${e.violatedDirective} at ${e.sourceFile}:${e.lineNumber}`),
      );
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(`page error: ${e.message}`));
    // The pane opens on the catalog piece; the whole dataset waits until a view needs it.
    const catalog = page.waitForResponse((r) => r.url() === `${base}data/catalog.json`);
    await page.goto(`${base}taskpane.html`);
    const host = await page.evaluate(
      () => new Promise((resolve) => Office.onReady((info) => resolve(info.host))),
    );
    expect(host).toBeNull();
    expect((await catalog).status()).toBe(200);
    await page.waitForLoadState("networkidle");
    // office.js frames its telemetry proxy 3 s after loading; the CSP must allow that frame.
    await page.waitForTimeout(4000);
    expect(errors).toEqual([]);
    expect(new Set(blocked)).toEqual(
      new Set([
        "https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html",
      ]),
    );
  });
});
