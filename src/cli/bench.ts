import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { userMessage } from "../core/errors";
import { benchAnnotate } from "./bench/annotate";
import { runAudit, type AuditResult } from "./bench/audit";
import { benchBundle, type BundleBenchResult } from "./bench/bundle";
import { benchExtractor, readSeeds, type ExtractorBenchResult } from "./bench/extractor";
import { benchFunctions, type FunctionsBenchResult } from "./bench/functions";
import { benchPiecedFunctions, piecedFunctionRows } from "./bench/piecedFunctions";
import {
  benchChartInsert,
  benchUnitChartInsert,
  benchInsert,
  LATENCY_MODEL,
  round,
  type ChartBenchResult,
  type InsertBenchResult,
} from "./bench/insert";
import { benchRefresh, type RefreshBenchResult, type RefreshScenario } from "./bench/refresh";
import { benchScale, type ScaleBenchResult } from "./bench/scale";
import {
  DOWNLOAD_BLOCK,
  DOWNLOAD_PIN_FILE,
  pinScale,
  SCALE_PIN_FILE,
  writeScaleReadme,
} from "./bench/scaleReadme";
import { pinStartup, STARTUP_PIN_FILE, writeStartupReadme } from "./bench/startupReadme";
import { scaleRows } from "./bench/scaleRows";
import { benchStartup, type StartupBenchResult } from "./bench/startup";

/**
 * `npm run bench`: every benchmark of Policy Tables in one run. Prints a table and writes
 * dist/bench.json, one { name, value, unit, detail } per figure. Counts (syncs, bytes, cells,
 * fetches) are exact and stable; times are given as ratios measured in the same run, since
 * absolute times depend on the machine.
 *
 *   npm run bench [-- --out dist/bench.json] [--seeds seeds] [--dist dist]
 *                 [--scale 5,100,1000,10000] [--scale-runs 3] [--scale-large-runs 1]
 *                 [--only-scale] [--only-download] [--only-startup] [--only-annotate]
 *                 [--corpus test/corpus] [--pin]
 *
 * --pin writes the scale rows to bench/scale-results.json and the README's scale table, and the
 * startup figures (--only-startup runs them alone) to bench/startup-results.json and the README.
 * Download workbook's rows (--only-download runs them alone at each --scale size) are pinned
 * apart, to bench/download-results.json and the README's table of them.
 * --only-annotate scores the annotate drafts and the extractor on the seeds and the test corpus
 * alone (seconds, where the whole run takes minutes): the loop for extractor and drafter work.
 */

export interface Measurement {
  name: string;
  /** null when the figure could not be measured; `detail` says why. */
  value: number | null;
  unit: string;
  detail: string;
  /** Beside a figure that has a target: whether it holds. */
  verdict?: "PASS" | "FAIL";
}

export interface BenchOptions {
  seeds: string;
  dist: string;
  insertSizes: number[];
  refreshTables: number;
  refreshRows: number;
  functionCalls: number;
  corpusSmall: number;
  corpusLarge: number;
  /** Hand-annotated real documents for the annotate drafter's accuracy. */
  annotateCorpus?: string;
  /** Page loads of dist/ in Chromium for the startup figures; 0 leaves them out. */
  startupRuns: number;
  /** Corpus sizes (documents) for the scale rows; empty leaves them out. */
  scaleSizes: number[];
  /** Page loads per scale size under 1,000 documents. */
  scaleRuns: number;
  /**
   * Page loads per scale size of 1,000 documents and over: one by default, since each takes
   * minutes; a pinned run takes more so that one slow load on the shared cores cannot decide a
   * ratio alone.
   */
  scaleLargeRuns: number;
  /** Only the scale rows (the other benchmarks take minutes of their own). */
  onlyScale?: boolean;
  /** Of the scale rows, only Download workbook's (no Search, Trace or Node figures). */
  onlyDownload?: boolean;
  /** Only the startup rows (dist/ opened in Chromium). */
  onlyStartup?: boolean;
  /** Only the annotate drafter's and extractor's scores on the seeds and the test corpus. */
  onlyAnnotate?: boolean;
  /** Receives the startup run whole (for --pin). */
  onStartup?: (result: StartupBenchResult) => void;
  /** Receives the scale run whole (for --pin). */
  onScale?: (result: ScaleBenchResult) => void;
  /** Run `npm audit --omit=dev` (needs the registry); default true. */
  audit?: boolean;
  log?: (line: string) => void;
}

export const DEFAULT_OPTIONS: BenchOptions = {
  seeds: "seeds",
  dist: "dist",
  insertSizes: [10, 1_000, 10_000, 50_000],
  refreshTables: 20,
  refreshRows: 250,
  functionCalls: 100_000,
  corpusSmall: 100,
  corpusLarge: 1_000,
  startupRuns: 3,
  // 1,000 documents add about 5 minutes on 2 cores and 10,000 far more: ask for them by --scale.
  scaleSizes: [5, 100],
  scaleRuns: 3,
  scaleLargeRuns: 1,
};

const REFRESH_SCENARIOS: RefreshScenario[] = [
  "unchanged",
  "values-1pct",
  "rows-10pct",
  "rows-10pct-filtered",
];

export async function runBenchmarks(
  options: BenchOptions = DEFAULT_OPTIONS,
): Promise<Measurement[]> {
  const log = options.log ?? (() => {});
  if (options.onlyAnnotate) return runAnnotate(options, log);
  if (options.onlyStartup) return startupRows(await runStartup(options, log));
  const scale = await runScale(options, log);
  if (options.onlyScale) return scale;
  log("dataset build and extractor…");
  const extractor = benchExtractor(
    readSeeds(options.seeds),
    options.corpusSmall,
    options.corpusLarge,
  );
  log("custom functions…");
  const functions = await benchFunctions(extractor.dataset, options.functionCalls);
  const piecedFunctions = await benchPiecedFunctions(
    extractor.dataset,
    Math.ceil(options.functionCalls / 10),
  );
  const inserts: InsertBenchResult[] = [];
  for (const rows of options.insertSizes) {
    log(`insert ${rows} rows…`);
    inserts.push(await benchInsert(rows));
  }
  const charts: ChartBenchResult[] = [];
  for (const rows of [
    ...new Set([Math.min(...options.insertSizes), Math.max(...options.insertSizes)]),
  ]) {
    log(`insert chart of ${rows} rows…`);
    charts.push(await benchChartInsert(rows));
  }
  const unitCharts: ChartBenchResult[] = [];
  for (const rows of [
    ...new Set([Math.min(...options.insertSizes), Math.max(...options.insertSizes)]),
  ]) {
    log(`insert chart of one unit of ${rows} rows…`);
    unitCharts.push(await benchUnitChartInsert(rows));
  }
  const refreshes: RefreshBenchResult[] = [];
  for (const scenario of REFRESH_SCENARIOS) {
    log(`refresh ${scenario}…`);
    refreshes.push(await benchRefresh(scenario, options.refreshTables, options.refreshRows));
  }
  const annotate = runAnnotate(options, log);
  const bundle = benchBundle(options.dist);
  const startup = options.startupRuns > 0 ? await runStartup(options, log) : null;
  const audit = options.audit === false ? null : runAudit();
  return [
    ...insertRows(inserts),
    ...chartRows(charts),
    ...unitChartRows(unitCharts),
    ...refreshRows(refreshes),
    ...functionRows(functions),
    ...piecedFunctionRows(piecedFunctions),
    ...extractorRows(extractor),
    ...annotate,
    ...bundleRows(bundle),
    ...(startup ? startupRows(startup) : []),
    ...(audit ? auditRows(audit) : []),
    ...scale,
  ];
}

function runAnnotate(options: BenchOptions, log: (line: string) => void): Measurement[] {
  log("annotate drafts…");
  return benchAnnotate(options.seeds, options.annotateCorpus ?? "test/corpus");
}

async function runStartup(
  options: BenchOptions,
  log: (line: string) => void,
): Promise<StartupBenchResult | Error> {
  log("task pane startup in Chromium…");
  const result = await benchStartup(options.dist, {
    runs: Math.max(1, options.startupRuns),
  }).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
  if (!(result instanceof Error)) options.onStartup?.(result);
  return result;
}

async function runScale(
  options: BenchOptions,
  log: (line: string) => void,
): Promise<Measurement[]> {
  if (options.scaleSizes.length === 0) return [];
  const result: ScaleBenchResult | Error = await benchScale({
    dist: options.dist,
    seeds: options.seeds,
    sizes: options.scaleSizes,
    runs: options.scaleRuns,
    largeRuns: options.scaleLargeRuns,
    timeoutMs: 600_000,
    steps: options.onlyDownload ? "download" : "all",
    log,
  }).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
  if (!(result instanceof Error)) options.onScale?.(result);
  if (result instanceof Error) {
    return [
      {
        name: "scale: Catalog visible",
        value: null,
        unit: "ms",
        detail: `not measured: ${result.message}`,
        verdict: "FAIL",
      },
    ];
  }
  return scaleRows(result);
}

function auditRows(r: AuditResult): Measurement[] {
  if (!r.ok) {
    return [
      {
        name: "npm audit --omit=dev: high + critical",
        value: null,
        unit: "findings",
        detail: `not measured: ${r.reason}`,
      },
    ];
  }
  const { counts } = r;
  return [
    {
      name: "npm audit --omit=dev: high + critical",
      value: counts.high + counts.critical,
      unit: "findings",
      detail: `critical ${counts.critical}, high ${counts.high}, moderate ${counts.moderate}, low ${counts.low}`,
    },
  ];
}

const n = (x: number) => x.toLocaleString("en-US");

/** Excel on the web refuses a request over 5 MB; how far a request stays from that. */
const REQUEST_LIMIT_BYTES = 5_000_000;
const margin = (bytes: number) =>
  `margin to Excel's 5,000,000-byte request limit ${n(REQUEST_LIMIT_BYTES - bytes)} bytes (${Math.round((100 * (REQUEST_LIMIT_BYTES - bytes)) / REQUEST_LIMIT_BYTES)}%); measured as the serialised request body (test/fakes/excel.ts requestBody)`;

function insertRows(results: InsertBenchResult[]): Measurement[] {
  return results.flatMap((r) => {
    const what = `${n(r.rows)} rows × ${r.columns} columns, Excel fake`;
    return [
      {
        name: `insert ${n(r.rows)} rows: syncs`,
        value: r.engine.syncs,
        unit: "syncs",
        detail: what,
      },
      {
        name: `insert ${n(r.rows)} rows: largest request`,
        value: r.engine.maxRequestBytes,
        unit: "bytes",
        detail: `${what}; ${margin(r.engine.maxRequestBytes)}`,
      },
      {
        name: `insert ${n(r.rows)} rows: naive writer syncs`,
        value: r.naive.syncs,
        unit: "syncs",
        detail: `one sync per row; largest request ${n(r.naive.maxRequestBytes)} bytes`,
      },
      {
        name: `insert ${n(r.rows)} rows: naive/engine syncs`,
        value: r.syncRatio,
        unit: "ratio",
        detail: "round trips saved; each costs network latency in Excel on the web",
      },
      {
        name: `insert ${n(r.rows)} rows: modelled network time`,
        value: r.engine.modelMs,
        unit: "ms",
        detail: `${LATENCY_MODEL}: ${r.engine.syncs} syncs, ${n(r.engine.totalRequestBytes)} request bytes; naive writer ${n(r.naive.modelMs)} ms (${r.naive.syncs} syncs, ${n(r.naive.totalRequestBytes)} bytes)`,
      },
      {
        name: `insert ${n(r.rows)} rows: modelled network time naive/engine`,
        value: round(r.naive.modelMs / r.engine.modelMs, 2),
        unit: "ratio",
        detail: `${LATENCY_MODEL}; the engine also writes formats, links, tag and Sources`,
      },
    ];
  });
}

function chartRows(results: ChartBenchResult[]): Measurement[] {
  return results.flatMap((r) => [
    {
      name: `insert chart of ${n(r.rows)} rows: syncs`,
      value: r.syncs,
      unit: "syncs",
      detail: `chart of an inserted ${n(r.rows)}-row table, Excel fake: read tags (2), find the table, read its headers and the sheet's charts, make the chart, tag it`,
    },
    {
      name: `insert chart of ${n(r.rows)} rows: largest request`,
      value: r.maxRequestBytes,
      unit: "bytes",
      detail: "the chart binds to the table's ranges: no cell values travel",
    },
  ]);
}

function unitChartRows(results: ChartBenchResult[]): Measurement[] {
  return results.flatMap((r) => [
    {
      name: `insert chart of one unit of ${n(r.rows)} rows: syncs`,
      value: r.syncs,
      unit: "syncs",
      detail: `chart of the pounds among ${n(r.rows)} rows of two units, Excel fake: the table filtered to pounds inserted on a new sheet (with its Sources), then its chart`,
    },
    {
      name: `insert chart of one unit of ${n(r.rows)} rows: largest request`,
      value: r.maxRequestBytes,
      unit: "bytes",
      detail: "the filtered table's cells travel once; the chart binds to its ranges",
    },
  ]);
}

function refreshRows(results: RefreshBenchResult[]): Measurement[] {
  return results.flatMap((r) => {
    const what = `${r.tables} inserted tables × ${n(r.rowsPerTable)} rows, dataset ${r.scenario}`;
    return [
      { name: `refresh ${r.scenario}: syncs`, value: r.syncs, unit: "syncs", detail: what },
      {
        name: `refresh ${r.scenario}: table cells written`,
        value: r.cellsWritten,
        unit: "cells",
        detail: `${what}; ${n(r.valuesChanged)} values changed, ${n(r.rowsAdded)} rows added, ${n(r.writeOps)} write operations, Sources sheet cells ${n(r.sourcesCellsWritten)}`,
      },
      {
        name: `refresh ${r.scenario}: largest request`,
        value: r.maxRequestBytes,
        unit: "bytes",
        detail: `${what}; ${margin(r.maxRequestBytes)}`,
      },
    ];
  });
}

function functionRows(r: FunctionsBenchResult): Measurement[] {
  return [
    {
      name: "POLICY first call, shipped dataset (trusted by hash)",
      value: r.firstCall.trustedMs,
      unit: "ms",
      detail: "fresh runtime: dataset from memory, content hash (crypto.subtle), index, answer",
    },
    {
      name: "POLICY first call, other dataset (validated in full)",
      value: r.firstCall.validatedMs,
      unit: "ms",
      detail:
        "fresh runtime: dataset from memory, parseDataset (zod and cross-checks), index, answer",
    },
    ...r.kinds.map((k) => ({
      name: `POLICY.${k.kind}: per call`,
      value: k.medianMicros,
      unit: "µs",
      detail: `median of ${r.runs} runs of ${n(k.calls)} calls in a warm runtime (runs: ${k.microsPerCall.join(", ")} µs); an awaited Map read of the same ids takes ${k.mapMedianMicros} µs; ${k.errors} errors`,
    })),
    {
      name: "POLICY.VALUE+LOOKUP interleaved: per call",
      value: r.mixed.microsPerCall,
      unit: "µs",
      detail: `src/cli/bench/lookups.ts: ${n(r.mixed.calls)} calls in ${r.mixed.ms} ms, one run; ${r.mixed.fetches} fetch, ${r.mixed.errors} errors`,
    },
    {
      name: "dataset fetches per 1,000 function calls",
      value: r.fetchesFirst1000Calls,
      unit: "fetches",
      detail: `a fresh runtime; ${r.fetches} fetch over all ${n(r.totalCalls)} calls (${r.fetchesPer1000Calls} per 1,000)`,
    },
  ];
}

function extractorRows(r: ExtractorBenchResult): Measurement[] {
  const tp = (name: string, t: ExtractorBenchResult["seeds"]["build"], what: string) => ({
    name,
    value: t.charsPerSecond,
    unit: "chars/s",
    detail: `${what}: ${t.docs} documents, ${n(t.chars)} characters in ${t.ms} ms`,
  });
  const c = r.corpus;
  return [
    tp("dataset build, seeds", r.seeds.build, "locate, re-extract, verify, tables, conflicts"),
    tp("extractor, seeds", r.seeds.extract, "extractMentions"),
    tp(
      `dataset build, ${n(c.build.large.docs)} generated documents`,
      c.build.large,
      "buildDataset",
    ),
    tp(
      `extractor, ${n(c.extract.large.docs)} generated documents`,
      c.extract.large,
      "extractMentions",
    ),
    {
      name: `dataset build time ${n(c.build.large.docs)}/${n(c.build.small.docs)} documents`,
      value: c.build.ratio,
      unit: "ratio",
      detail: `linear growth is about ${c.build.large.docs / c.build.small.docs}; ${c.build.small.ms} ms vs ${c.build.large.ms} ms`,
    },
    {
      name: `extractor time ${n(c.extract.large.docs)}/${n(c.extract.small.docs)} documents`,
      value: c.extract.ratio,
      unit: "ratio",
      detail: `linear growth is about ${c.extract.large.docs / c.extract.small.docs}; ${c.extract.small.ms} ms vs ${c.extract.large.ms} ms`,
    },
  ];
}

function bundleRows(r: BundleBenchResult): Measurement[] {
  if (r.missing.length) {
    const detail = `not measured: ${r.missing.join(", ")} missing; run \`npm run build\`, then \`npm run bench\``;
    return [
      { name: "bundle taskpane.html scripts", value: null, unit: "bytes", detail },
      { name: "bundle functions JS", value: null, unit: "bytes", detail },
    ];
  }
  const sum = (files: BundleBenchResult["taskpane"], key: "rawBytes" | "gzipBytes") =>
    files.reduce((s, f) => s + f[key], 0);
  const list = (files: BundleBenchResult["taskpane"]) => files.map((f) => f.file).join(" + ");
  return [
    {
      name: "bundle taskpane.html scripts, raw",
      value: sum(r.taskpane, "rawBytes"),
      unit: "bytes",
      detail: list(r.taskpane),
    },
    {
      name: "bundle taskpane.html scripts, gzip",
      value: sum(r.taskpane, "gzipBytes"),
      unit: "bytes",
      detail: `${list(r.taskpane)} (level 9); not the chunks they load, which the startup rows count`,
    },
    {
      name: "bundle functions JS, raw",
      value: sum(r.functions, "rawBytes"),
      unit: "bytes",
      detail: list(r.functions),
    },
    {
      name: "bundle functions JS, gzip",
      value: sum(r.functions, "gzipBytes"),
      unit: "bytes",
      detail: list(r.functions),
    },
  ];
}

/** The budget test/cli/bench/startup.test.ts holds everything downloaded before the Catalog to. */
export const STARTUP_BUDGET_GZIP = 150_000;

export const STARTUP_ROW_NAMES = {
  total: "startup: bytes downloaded before the Catalog shows, gzip",
  js: "startup: JS downloaded before the Catalog shows, gzip",
  data: "startup: data downloaded before the Catalog shows, gzip",
  officeJs: "startup: office.js folder before the Catalog shows, gzip (not in the budget)",
  ms: "startup: time until the Catalog shows",
} as const;

export function startupRows(r: StartupBenchResult | Error): Measurement[] {
  const names = STARTUP_ROW_NAMES;
  if (r instanceof Error) {
    const detail = `not measured: ${r.message}`;
    return [
      { name: names.total, value: null, unit: "bytes", detail, verdict: "FAIL" },
      { name: names.ms, value: null, unit: "ms", detail },
    ];
  }
  const setting = `browser preview of dist/taskpane.html, fresh cache, median of ${r.runs.length} runs until ${r.visibleText} shows; ${r.machine}; throttling: ${r.throttling}`;
  const files = (pick: (path: string) => boolean) =>
    r.typical.before
      .filter((f) => pick(f.path))
      .map((f) => `${f.path.slice(1)} ${n(f.gzipBytes)}`)
      .join(" + ");
  return [
    {
      name: names.total,
      value: r.median.totalGzipBytes,
      unit: "bytes",
      detail: `${files(() => true)} (bodies as Chromium received them, CDP Network.loadingFinished less headers); budget ${n(STARTUP_BUDGET_GZIP)}; office.js's folder counted apart; ${setting}`,
      verdict: r.median.totalGzipBytes < STARTUP_BUDGET_GZIP ? "PASS" : "FAIL",
    },
    {
      name: names.js,
      value: r.median.jsGzipBytes,
      unit: "bytes",
      detail: `${files((p) => p.endsWith(".js"))}; ${setting}`,
    },
    {
      name: names.data,
      value: r.median.dataGzipBytes,
      unit: "bytes",
      detail: `${files((p) => !/\.(js|html|css|png|svg|ico)$/.test(p))}; ${setting}`,
    },
    {
      name: names.officeJs,
      value: r.median.officeJsGzipBytes,
      unit: "bytes",
      detail: `office.js and the host scripts it loads from office-js/ on the add-in's host; ${setting}`,
    },
    {
      name: names.ms,
      value: r.median.ms,
      unit: "ms",
      detail: `runs ${r.runs.map((x) => n(x.ms)).join(", ")} ms; ${setting}`,
    },
  ];
}

/** The measurements as an aligned text table. */
export function formatTable(rows: Measurement[]): string {
  const cells = rows.map((r) => [
    r.name,
    r.value === null ? "—" : n(r.value),
    r.unit,
    r.verdict ?? "",
    r.detail,
  ]);
  const head = ["measurement", "value", "unit", "target", "detail"];
  const width = [0, 1, 2, 3].map((j) => Math.max(head[j].length, ...cells.map((c) => c[j].length)));
  const line = (c: string[]) =>
    [
      c[0].padEnd(width[0]),
      c[1].padStart(width[1]),
      c[2].padEnd(width[2]),
      c[3].padEnd(width[3]),
      c[4],
    ].join("  ");
  return [line(head), ...cells.map(line)].join("\n");
}

export function parseArgs(argv: string[]): { out: string; pin: boolean; options: BenchOptions } {
  const options = { ...DEFAULT_OPTIONS };
  let out = "dist/bench.json";
  let pin = false;
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === "--out" && value) out = argv[++i];
    else if (flag === "--seeds" && value) options.seeds = argv[++i];
    else if (flag === "--dist" && value) options.dist = argv[++i];
    else if (flag === "--scale" && value !== undefined) options.scaleSizes = parseSizes(argv[++i]);
    else if (flag === "--scale-runs" && value) options.scaleRuns = parseCount(flag, argv[++i]);
    else if (flag === "--scale-large-runs" && value)
      options.scaleLargeRuns = parseCount(flag, argv[++i]);
    else if (flag === "--only-scale") options.onlyScale = true;
    else if (flag === "--only-download") {
      options.onlyScale = true;
      options.onlyDownload = true;
    } else if (flag === "--only-startup") options.onlyStartup = true;
    else if (flag === "--only-annotate") options.onlyAnnotate = true;
    else if (flag === "--corpus" && value) options.annotateCorpus = argv[++i];
    else if (flag === "--pin") pin = true;
    else
      throw new Error(
        `unknown argument "${flag}"; usage: npm run bench [-- --out FILE] [--seeds DIR] [--dist DIR] [--scale 5,100,1000,10000 (or "" for none)] [--scale-runs N] [--scale-large-runs N] [--only-scale] [--only-download] [--only-startup] [--only-annotate] [--corpus DIR] [--pin]`,
      );
  }
  return { out, pin, options };
}

/** "5,100,1000,10000" → [5, 100, 1000, 10000]; "" → none. */
export function parseSizes(text: string): number[] {
  if (text.trim() === "") return [];
  return text.split(",").map((part) => parseCount("--scale", part.replace(/_/g, "")));
}

function parseCount(flag: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${flag} takes whole numbers of 1 or more, e.g. 5,100,1000; not "${text}".`);
  }
  return value;
}

async function main(): Promise<void> {
  const { out, pin, options } = parseArgs(process.argv.slice(2));
  const started = performance.now();
  let scale: ScaleBenchResult | undefined;
  let startup: StartupBenchResult | undefined;
  const rows = await runBenchmarks({
    ...options,
    log: (l) => process.stderr.write(`${l}\n`),
    onScale: (result) => (scale = result),
    onStartup: (result) => (startup = result),
  });
  if (pin) {
    if (!scale && !startup)
      throw new Error(
        "--pin needs scale or startup rows: the run failed, or --scale was empty with --only-scale.",
      );
    if (scale && !options.onlyDownload) {
      writeScaleReadme(pinScale(rows, scale.machine, scale.throttling));
      console.log(`Pinned the scale rows in ${SCALE_PIN_FILE} and README.md's scale table.`);
    }
    if (scale) {
      const downloads = rows.filter((r) => /: Download workbook/.test(r.name));
      const pinned = pinScale(downloads, scale.machine, scale.throttling, DOWNLOAD_PIN_FILE);
      writeScaleReadme(pinned, "README.md", DOWNLOAD_BLOCK);
      console.log(`Pinned Download workbook in ${DOWNLOAD_PIN_FILE} and README.md's table of it.`);
    }
    if (startup) {
      writeStartupReadme(pinStartup(startup, STARTUP_BUDGET_GZIP));
      console.log(`Pinned the startup figures in ${STARTUP_PIN_FILE} and README.md.`);
    }
  }
  console.log(formatTable(rows));
  const file = resolve(out);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(rows, null, 2) + "\n");
  console.log(
    `\nWrote ${rows.length} measurements to ${out} in ${Math.round((performance.now() - started) / 1000)} s.`,
  );
  const missing = rows.filter((r) => r.value === null);
  if (missing.length) {
    process.stderr.write(
      `Not measured: ${missing.map((r) => `${r.name} (${r.detail})`).join("; ")}\n`,
    );
  }
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`${userMessage(error)}\n`);
    process.exit(1);
  });
}
