import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { STARTUP_BUDGET_GZIP, startupRows } from "../../../src/cli/bench";
import {
  benchStartup,
  chunkFiles,
  DEFERRED_CHUNKS,
  type StartupBenchResult,
} from "../../../src/cli/bench/startup";
import {
  STARTUP_BLOCK,
  STARTUP_PIN_FILE,
  STARTUP_PIN_SLACK,
  startupReadmeText,
  type StartupPin,
} from "../../../src/cli/bench/startupReadme";
import { readmeBlock } from "../../../src/core/dataset/readmeBlocks";

/*
 * The production build (dist/, as test/run-all.sh builds it) opened in throttled Chromium: what
 * the browser downloads before the Catalog shows (page, scripts, catalog, icon, as Chromium
 * received them: the scale bench's own measuring function) stays within the budget, and none
 * of it is a view, the validator or the functions' core. One run: the bytes do not vary.
 */
const ROOT = join(__dirname, "../../..");
const DIST = join(ROOT, "dist");

jest.setTimeout(180_000);

describe("task pane startup download (browser measurement of dist/)", () => {
  let result: StartupBenchResult;
  beforeAll(async () => {
    if (!existsSync(join(DIST, "taskpane.html")))
      throw new Error("dist/taskpane.html is missing: run `npm run build` first (npm test does).");
    result = await benchStartup(DIST, { runs: 1 });
  });

  it(`downloads under ${STARTUP_BUDGET_GZIP / 1000} KB (gzip) in all before the Catalog shows`, () => {
    const { before } = result.typical;
    console.log(
      `before the Catalog: ${before.map((f) => `${f.path} ${f.gzipBytes}`).join(", ")}; ` +
        `total ${result.median.totalGzipBytes} B gzip (JS ${result.median.jsGzipBytes}, data ${result.median.dataGzipBytes}); ` +
        `office.js folder ${result.median.officeJsGzipBytes} B apart; ${result.median.ms} ms (${result.throttling})`,
    );
    const paths = before.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining(["/taskpane.html", "/runtime.js", "/functions.js", "/taskpane.js"]),
    );
    // Everything the add-in's own files weigh is in the total; only office.js's folder is apart.
    expect(result.median.totalGzipBytes).toBe(before.reduce((n, f) => n + f.gzipBytes, 0));
    expect(paths.filter((p) => p.startsWith("/office-js/"))).toEqual([]);
    expect(result.median.officeJsGzipBytes).toBeGreaterThan(0);
    expect(result.median.totalGzipBytes).toBeLessThan(STARTUP_BUDGET_GZIP);
  });

  it("keeps every view but the Catalog, the message bars, the validator and the functions' core out of it", () => {
    const fetched = result.typical.before.map((f) => f.path.slice(1));
    for (const chunk of DEFERRED_CHUNKS) {
      // A chunk imported eagerly again is no chunk of its own: the build no longer emits it.
      const files = chunkFiles(DIST, chunk);
      expect([chunk, files.length]).toEqual([chunk, 1]);
      expect([chunk, fetched.includes(files[0])]).toEqual([chunk, false]);
    }
  });

  it("shows the Catalog from the shipped catalog piece, without the whole dataset", () => {
    const paths = result.typical.before.map((f) => f.path);
    expect(paths).toContain("/data/catalog.json");
    expect(paths).not.toContain("/data/dataset.json");
    expect(result.median.ms).toBeGreaterThan(0);
  });

  it("matches the README's pinned figure (npm run bench -- --only-startup --pin)", () => {
    const pin = JSON.parse(readFileSync(join(ROOT, STARTUP_PIN_FILE), "utf8")) as StartupPin;
    const drift = Math.abs(pin.totalGzipBytes - result.median.totalGzipBytes);
    expect([
      `README pins ${pin.totalGzipBytes} B, dist/ downloads ${result.median.totalGzipBytes} B`,
      drift <= STARTUP_PIN_SLACK,
    ]).toEqual([expect.any(String), true]);
  });
});

describe("the README's startup figure", () => {
  it("is what the pinned run gives", () => {
    const pin = JSON.parse(readFileSync(join(ROOT, STARTUP_PIN_FILE), "utf8")) as StartupPin;
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    expect(readmeBlock(readme, STARTUP_BLOCK)).toBe(startupReadmeText(pin));
    expect(pin.totalGzipBytes).toBe(pin.before.reduce((n, f) => n + f.gzipBytes, 0));
  });
});

describe("the startup rows of npm run bench", () => {
  const result = (totalGzipBytes: number): StartupBenchResult => {
    const run = {
      ms: 1,
      totalGzipBytes,
      jsGzipBytes: 1,
      dataGzipBytes: 1,
      officeJsGzipBytes: 1,
      before: [],
    };
    return {
      runs: [run],
      median: run,
      typical: run,
      visibleText: "the first Catalog card",
      machine: "m",
      throttling: "t",
    };
  };
  const totalRow = (bytes: number) =>
    startupRows(result(bytes)).find((r) => /bytes downloaded/.test(r.name));

  it("prints PASS under the budget for all bytes before the Catalog and FAIL at or over it", () => {
    expect(totalRow(STARTUP_BUDGET_GZIP - 1)).toMatchObject({ verdict: "PASS" });
    expect(totalRow(STARTUP_BUDGET_GZIP)).toMatchObject({ verdict: "FAIL" });
  });
});
