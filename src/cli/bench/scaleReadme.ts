import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import type { Measurement } from "../bench";
import { withReadmeBlock } from "../../core/dataset/readmeBlocks";

/**
 * The README's scale table is generated from a pinned run (bench/scale-results.json), never
 * typed: `npm run bench -- --only-scale --scale 5,100,1000,10000 --pin` writes both, and
 * test/cli/bench/scale.test.ts fails when the README's block is not what the pinned run gives.
 */
export const SCALE_PIN_FILE = "bench/scale-results.json";
export const SCALE_BLOCK = "scale-table";
/** Download workbook's figures, pinned apart: `--only-download --pin` runs them alone. */
export const DOWNLOAD_PIN_FILE = "bench/download-results.json";
export const DOWNLOAD_BLOCK = "download-table";

export interface ScalePin {
  commit: string;
  date: string;
  machine: string;
  throttling: string;
  rows: Measurement[];
}

export function pinScale(
  rows: Measurement[],
  machine: string,
  throttling: string,
  file = SCALE_PIN_FILE,
): ScalePin {
  const pin: ScalePin = {
    commit: gitCommit(),
    date: new Date().toISOString().slice(0, 10),
    machine,
    throttling,
    rows: rows.filter((r) => r.name.startsWith("scale ")),
  };
  writeFileSync(file, JSON.stringify(pin, null, 2) + "\n");
  return pin;
}

function gitCommit(): string {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
  } catch {
    return "unknown commit";
  }
}

const COLUMNS: [string, string][] = [
  ["dataset build", "dataset build"],
  ["dataset build peak memory", "build peak RSS (< 2 GB)"],
  ["Catalog visible", "Catalog visible"],
  ["Catalog time / 5 docs", "÷ 5-doc time (≤ 1.5)"],
  ["bytes before Catalog", "gzip before Catalog (< 1 MB)"],
  ["tab peak memory", "tab peak RSS (< 300 MB)"],
  ["Search result", "Search result"],
  ["Search id shards", "Search id shards (≤ 40)"],
  ["Trace paragraph", "Trace paragraph"],
  ["first POLICY.VALUE (Node)", "first VALUE (< 1 s)"],
  ["first POLICY.LOOKUP (Node)", "first LOOKUP"],
  ["first POLICY.TABLE (Node)", "first TABLE"],
  ["first POLICY.SEARCH (Node)", "first SEARCH"],
  ["first POLICY.VERSION (Node)", "first VERSION"],
  ["refresh of 3 tables", "3-table refresh (completes)"],
];

const n = (x: number) => x.toLocaleString("en-US");

function cell(row: Measurement | undefined): string {
  if (!row) return "—";
  const mark = row.verdict ? ` ${row.verdict}` : "";
  if (row.value === null)
    return `${row.detail.startsWith("answered ") ? "wrong answer" : "not measured"}${mark}`;
  const value =
    row.unit === "ms"
      ? `${(row.value / 1000).toFixed(row.value < 10_000 ? 2 : 1)} s`
      : row.unit === "bytes"
        ? `${n(Math.round(row.value / 1000))} KB`
        : row.unit === "ratio"
          ? `${row.value.toFixed(2)}×`
          : `${n(row.value)} ${row.unit}`;
  return `${value}${mark}`;
}

const DOWNLOAD_COLUMNS: [string, string][] = [
  ["Download workbook", "Download workbook"],
  ["Download workbook JS heap peak", "JS heap peak (< 300 MB)"],
  ["Download workbook tab peak memory", "tab peak RSS (< 300 MB)"],
];

/** The corpus sizes of the pinned rows ("5", "1,000"), in their order. */
function pinnedSizes(pin: ScalePin): string[] {
  return [
    ...new Set(pin.rows.map((r) => /^scale ([\d,]+) docs:/.exec(r.name)?.[1]).filter(Boolean)),
  ] as string[];
}

/** One line per corpus size of the pinned rows, one column per figure. */
function tableLines(pin: ScalePin, columns: [string, string][]): string[] {
  const sizes = pinnedSizes(pin);
  const head = ["documents", ...columns.map(([, title]) => title)];
  return [
    `| ${head.join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...sizes.map((size) => {
      const find = (what: string) => pin.rows.find((r) => r.name === `scale ${size} docs: ${what}`);
      return `| ${size} | ${columns.map(([what]) => cell(find(what))).join(" | ")} |`;
    }),
  ];
}

/** The Markdown passage between the README's download-table markers. */
export function downloadReadmeTable(pin: ScalePin): string {
  const file = (r: Measurement) => /\(([\d,]+) bytes\)/.exec(r.detail)?.[1];
  const files = pin.rows
    .filter((r) => r.name.endsWith(": Download workbook") && file(r))
    .map((r) => `${/^scale ([\d,]+)/.exec(r.name)?.[1]}: ${file(r)} bytes`)
    .join(", ");
  return [
    ...tableLines(pin, DOWNLOAD_COLUMNS),
    "",
    `Measured ${pin.date} at commit ${pin.commit} on ${pin.machine}; ${pin.throttling}. ` +
      `One sample per size, in a fresh page after the Catalog showed, from the click to the saved file${files ? ` (${files})` : ""}. ` +
      `The JS heap is sampled through CDP Performance.getMetrics, which a long task on the page's thread delays past its peak; the renderer's resident memory (/proc VmRSS) is not. Details: \`${DOWNLOAD_PIN_FILE}\`.`,
  ].join("\n");
}

/** The Markdown passage between the README's scale-table markers. */
export function scaleReadmeTable(pin: ScalePin): string {
  const lines = tableLines(pin, COLUMNS);
  const sizes = pinnedSizes(pin);
  const missing = COLUMNS.filter(([what]) =>
    sizes.every((size) => !pin.rows.some((r) => r.name === `scale ${size} docs: ${what}`)),
  ).map(([, title]) => title);
  const runs = pin.rows
    .filter((r) => r.name.endsWith(": Catalog visible"))
    .map(
      (r) =>
        `${/^scale ([\d,]+)/.exec(r.name)?.[1]}: ${/median of (\d+)/.exec(r.detail)?.[1] ?? "?"}`,
    )
    .join(", ");
  return [
    ...lines,
    "",
    `Measured ${pin.date} at commit ${pin.commit} on ${pin.machine}; ${pin.throttling}. ` +
      `Browser figures are medians of page loads per size (${runs}); Node figures are one sample. ` +
      `Build memory is the build process's peak (/proc VmHWM); tab memory is the renderer's resident memory (/proc VmRSS). Problems and the full details: \`${SCALE_PIN_FILE}\`.` +
      (missing.length
        ? ` A dash: the pinned run has no such figure (${missing.join(", ")}: measured by the bench since; the next \`--pin\` fills them in).`
        : ""),
  ].join("\n");
}

/** Rewrites the README's scale-table block (or, for a pin of the download alone, its own) from `pin`. */
export function writeScaleReadme(
  pin: ScalePin,
  readmeFile = "README.md",
  block: typeof SCALE_BLOCK | typeof DOWNLOAD_BLOCK = SCALE_BLOCK,
): void {
  const text = block === SCALE_BLOCK ? scaleReadmeTable(pin) : downloadReadmeTable(pin);
  const replaced = withReadmeBlock(readFileSync(readmeFile, "utf8"), block, text);
  if (replaced === null) {
    throw new Error(`${readmeFile} has no <!-- ${block} --> ... <!-- /${block} --> block.`);
  }
  writeFileSync(readmeFile, replaced);
}
