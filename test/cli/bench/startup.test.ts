import { existsSync } from "node:fs";
import { join } from "node:path";
import { STARTUP_JS_BUDGET_GZIP, startupRows } from "../../../src/cli/bench";
import {
  benchStartup,
  chunkFiles,
  DEFERRED_CHUNKS,
  type StartupBenchResult,
} from "../../../src/cli/bench/startup";

/*
 * The production build (dist/, as test/run-all.sh builds it) opened in throttled Chromium: what
 * the browser downloads before the Catalog shows stays within the budget, and none of it is a
 * view, the validator or the functions' core. One run: the bytes do not vary between runs.
 */
const DIST = join(__dirname, "../../../dist");

jest.setTimeout(180_000);

describe("task pane startup download (browser measurement of dist/)", () => {
  let result: StartupBenchResult;
  beforeAll(async () => {
    if (!existsSync(join(DIST, "taskpane.html")))
      throw new Error("dist/taskpane.html is missing: run `npm run build` first (npm test does).");
    result = await benchStartup(DIST, { runs: 1 });
  });

  it(`downloads under ${STARTUP_JS_BUDGET_GZIP / 1000} KB of JavaScript (gzip) before the Catalog shows`, () => {
    const scripts = result.typical.before.filter((f) => f.path.endsWith(".js"));
    console.log(
      `before the Catalog: ${scripts.map((f) => `${f.path} ${f.gzipBytes}`).join(", ")}; ` +
        `JS ${result.median.jsGzipBytes} B gzip, data ${result.median.dataGzipBytes} B, ${result.median.ms} ms (${result.throttling})`,
    );
    expect(scripts.map((f) => f.path)).toEqual(
      expect.arrayContaining(["/runtime.js", "/functions.js", "/commands.js", "/taskpane.js"]),
    );
    expect(result.median.jsGzipBytes).toBeLessThan(STARTUP_JS_BUDGET_GZIP);
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
});

describe("the startup rows of npm run bench", () => {
  const result = (jsGzipBytes: number): StartupBenchResult => {
    const run = { ms: 1, jsGzipBytes, dataGzipBytes: 1, before: [] };
    return {
      runs: [run],
      median: { ms: 1, jsGzipBytes, dataGzipBytes: 1 },
      typical: run,
      visibleText: "Sanctions",
      machine: "m",
      throttling: "t",
    };
  };
  const jsRow = (bytes: number) =>
    startupRows(result(bytes)).find((r) => /JS downloaded/.test(r.name));

  it("prints PASS under the JavaScript budget and FAIL at or over it", () => {
    expect(jsRow(STARTUP_JS_BUDGET_GZIP - 1)).toMatchObject({ verdict: "PASS" });
    expect(jsRow(STARTUP_JS_BUDGET_GZIP)).toMatchObject({ verdict: "FAIL" });
  });
});
