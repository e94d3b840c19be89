import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { writePieces } from "../../src/cli/writePieces";
import { fixtureDataset } from "../fixtures/fixtureDataset";
import { launchChromium, requireChromium, type Chromium } from "../helpers/chromium";
import { startDevServer, TSX, type DevServer } from "../helpers/devServer";

/*
 * `npm start -- --http` serves the shared-runtime page, and it loads in headless Chromium the
 * way it does in a browser preview: office.js from this origin, Office.onReady with no host.
 * The server gets the fixture dataset (not dist/data) so the test needs no dataset build.
 */
const ROOT = join(__dirname, "../..");
/** Office's telemetry iframe, which launchChromium's route aborts: no network in tests. */
const TELEMETRY_PROXY =
  "https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html";

let dir: string;
let pidFile: string;
let server: DevServer;
let banner: string;
let base: string;
let browser: Chromium;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  requireChromium();
  dir = mkdtempSync(join(tmpdir(), "pt-devserver-"));
  pidFile = join(dir, "dev-server.pid");
  // A folder of its own: the server watches it and reloads the page.
  mkdirSync(join(dir, "data"));
  writeFileSync(join(dir, "data/dataset.json"), JSON.stringify(fixtureDataset()));
  // The pieces `npm run dataset` writes beside it: the pane opens on catalog.json.
  writePieces(fixtureDataset(), join(dir, "data"));
  server = await startDevServer({ data: join(dir, "data"), pidFile });
  ({ banner, base } = server);

  browser = await launchChromium();
  const { context } = browser;
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(
        `CSP violation: ${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
      ),
    );
  });
  page = context.pages()[0] ?? (await context.newPage());
  // The development bundles are large and unminified; a loaded CI machine needs the time.
  page.setDefaultTimeout(90_000);
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => consoleErrors.push(`page error: ${e.message}`));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("npm start (dev server)", () => {
  it("prints the manifest path, the sideload steps and the preview URL", () => {
    expect(banner).toContain(`Manifest:         ${join(ROOT, "manifest.xml")}`);
    expect(banner).toContain(`Browser preview:  ${base}taskpane.html`);
    expect(banner).toMatch(/Excel on the web[\s\S]*Upload My Add-in/);
    expect(banner).toMatch(/Excel on Windows[\s\S]*Trusted Add-in Catalogs/);
    expect(banner).toMatch(/Excel on Mac[\s\S]*Documents\/wef/);
  });

  it("serves the page with a Content-Security-Policy header and meta tag, without unsafe-eval", async () => {
    const response = await page.goto(`${base}taskpane.html`);
    expect(response?.status()).toBe(200);
    const header = response?.headers()["content-security-policy"] ?? "";
    expect(header).toContain("script-src 'self'");
    expect(header).not.toContain("unsafe-eval");
    const meta = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
    expect(meta).toBe(header);
  }, 120_000);

  it("resolves Office.onReady with no host, from the locally served office.js", async () => {
    const info = await page.evaluate(
      () =>
        new Promise<{ host: unknown; platform: unknown }>((resolve) =>
          Office.onReady((i) => resolve({ host: i.host, platform: i.platform })),
        ),
    );
    expect(info).toEqual({ host: null, platform: null });
    const src = await page.getAttribute("script[src$='office.js']", "src");
    expect(src).toBe("office-js/office.js");
  });

  it("serves functions.json, the dataset and office.js", async () => {
    const get = (path: string) => page.request.get(`${base}${path}`);
    const functions = await (await get("functions.json")).json();
    expect(functions.functions.map((f: { id: string }) => f.id)).toContain("VALUE");
    const dataset = await (await get("data/dataset.json")).json();
    expect(dataset.version).toBe(fixtureDataset().version);
    const office = await get("office-js/office.js");
    expect(office.status()).toBe(200);
    expect(office.headers()["content-type"]).toMatch(/javascript/);
    expect((await get("assets/icon-32.png")).headers()["content-type"]).toBe("image/png");
  });

  it("allows no other origin to read its files (no Access-Control-Allow-Origin)", async () => {
    for (const path of ["taskpane.html", "data/dataset.json", "office-js/office.js"]) {
      const response = await page.request.get(`${base}${path}`, {
        headers: { Origin: "https://attacker.example" },
      });
      expect(response.status()).toBe(200);
      expect(response.headers()["access-control-allow-origin"]).toBeUndefined();
    }
  });

  it("lists no directory", async () => {
    for (const path of ["data/", "office-js/", "office-js/en-us/", "assets/"]) {
      const response = await page.request.get(`${base}${path}`);
      expect({ path, status: response.status() }).toEqual({ path, status: 404 });
      expect(await response.text()).not.toContain("dataset.json");
    }
  });

  it("logs no console errors or CSP violations and reaches beyond localhost only for telemetry", async () => {
    await page.reload();
    await page.waitForLoadState("networkidle");
    // office.js frames its telemetry proxy 3 s after loading; that must not be a CSP error.
    await page.waitForTimeout(4000);
    expect(consoleErrors).toEqual([]);
    expect(new Set(browser.blocked)).toEqual(new Set([TELEMETRY_PROXY]));
  }, 120_000);
});

describe("npm stop", () => {
  it("stops the server recorded in the pid file and removes the file", async () => {
    expect(existsSync(pidFile)).toBe(true);
    const exited = new Promise<number | null>((resolve) => server.child.once("exit", resolve));
    const run = spawnSync(TSX, ["src/cli/stop.ts", "--pid-file", pidFile], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(run.stdout).toMatch(new RegExp(`^Stopped the dev server at ${base} \\(pid \\d+\\)\\.`));
    expect(run.status).toBe(0);
    await exited;
    expect(existsSync(pidFile)).toBe(false);
    const again = spawnSync(TSX, ["src/cli/stop.ts", "--pid-file", pidFile], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(again.stdout).toContain("No dev server is running");
  });
});
