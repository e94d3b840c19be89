import { excelValue } from "../../src/core/layout/excelValue";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { launchChromium, requireChromium, type Chromium } from "../helpers/chromium";
import { serveDirectory, type Served } from "../helpers/serveDirectory";

/**
 * Loads the built shared-runtime page (dist/taskpane.html) in headless Chromium, outside Office,
 * and checks that the functions bundle registers every function of dist/functions.json.
 *
 * How registration is observed: office.js defines CustomFunctions.associate even outside Office
 * and records each association in CustomFunctions._association.m_mappings (upper-case ids), the
 * table it hands Excel's runtime. The test reads that table; nothing is shimmed. If a future
 * office.js renames that internal, this test fails and says so.
 */

const DIST = resolve(__dirname, "../../dist");

function requireFile(path: string, how: string): void {
  if (!existsSync(path)) throw new Error(`${path} is missing: ${how}.`);
}

let served: Served;
let browser: Chromium;

beforeAll(async () => {
  requireFile(join(DIST, "taskpane.html"), "run `npm run build` first (test/run-all.sh does)");
  requireFile(join(DIST, "functions.json"), "run `npm run build` first (test/run-all.sh does)");
  requireFile(join(DIST, "data/dataset.json"), "run `npm run dataset` first");
  requireChromium();
  served = await serveDirectory(DIST, { index: "taskpane.html" });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe("the functions page in a browser without Office", () => {
  it("associates every function of functions.json and logs no errors", async () => {
    const ids: string[] = JSON.parse(
      readFileSync(join(DIST, "functions.json"), "utf8"),
    ).functions.map((f: { id: string }) => f.id);
    expect(ids).toEqual(expect.arrayContaining(["VALUE", "LOOKUP", "TABLE", "SEARCH", "VERSION"]));

    const page = await browser.context.newPage();
    const problems: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console.error: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`uncaught: ${e.message}`));
    await page.goto(`${served.origin}/taskpane.html`, { waitUntil: "load" });

    const associated = await page
      .waitForFunction(
        (count) => {
          const mappings = (
            window as unknown as {
              CustomFunctions?: { _association?: { m_mappings?: Record<string, unknown> } };
            }
          ).CustomFunctions?._association?.m_mappings;
          return mappings && Object.keys(mappings).length >= count ? Object.keys(mappings) : false;
        },
        ids.length,
        { timeout: 15_000 },
      )
      .then((handle) => handle.jsonValue() as Promise<string[]>)
      .catch(() => {
        throw new Error(
          "office.js recorded fewer associations than functions.json declares within 15 s " +
            "(or no longer exposes CustomFunctions._association.m_mappings).",
        );
      });
    expect([...associated].sort()).toEqual([...ids].sort());

    // The registered functions run in the page: one fetch of data/dataset.json, real results.
    const dataset = JSON.parse(readFileSync(join(DIST, "data/dataset.json"), "utf8"));
    const figure = dataset.figures[0];
    const results = await page.evaluate(async (id) => {
      const m = (
        window as unknown as {
          CustomFunctions: {
            _association: { m_mappings: Record<string, (...a: unknown[]) => unknown> };
          };
        }
      ).CustomFunctions._association.m_mappings;
      const error = (await m.VALUE("no-such-id")) as { code: string; message: string };
      return {
        value: await m.VALUE(id),
        version: await m.VERSION(),
        error: { code: error.code, message: error.message },
      };
    }, figure.id);
    expect(results.value).toBe(excelValue(figure)); // a percent as its fraction
    expect(results.version).toBe(`${dataset.version} (sha ${dataset.contentHash.slice(0, 8)})`);
    expect(results.error.code).toBe("#N/A");
    expect(results.error.message).toMatch(
      /^No figure or event has id "no-such-id"\. Did you mean /,
    );

    await page.waitForTimeout(500); // let late console errors (e.g. from office.js) arrive
    expect(problems).toEqual([]);
  }, 60_000);
});
