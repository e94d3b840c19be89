import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parse } from "csv-parse/sync";

export interface FormatFigures {
  files: number;
  rawBytes: number;
  gzipBytes: number;
  /** Median of `runs` parses of every file, in milliseconds. */
  parseMs: number;
}

/**
 * The published table pieces (JSON) beside the Frictionless CSVs of the same tables in one
 * `npm run dataset` output folder: bytes, gzip bytes (level 6, as the bench's server sends) and
 * the time to parse them all (JSON.parse; csv-parse, a well-kept CSV reader, for the CSVs).
 * The JSON pieces carry what the CSVs flatten away (units, qualifiers, periods, quote offsets,
 * the records' documents), so the comparison is of what each costs, not of equal content.
 */
export function comparePieceFormats(
  dataDir: string,
  runs = 5,
): { json: FormatFigures; csv: FormatFigures } {
  const catalog = JSON.parse(readFileSync(join(dataDir, "catalog.json"), "utf8")) as {
    tables: { id: string; piece: { path: string } }[];
  };
  const jsonFiles = catalog.tables.map((t) => readFileSync(join(dataDir, t.piece.path), "utf8"));
  const csvFiles = catalog.tables.map((t) => readFileSync(join(dataDir, `${t.id}.csv`), "utf8"));
  return {
    json: figures(jsonFiles, runs, (text) => JSON.parse(text)),
    csv: figures(csvFiles, runs, (text) => parse(text, { bom: true, columns: true })),
  };
}

function figures(files: string[], runs: number, read: (text: string) => unknown): FormatFigures {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    for (const text of files) read(text);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return {
    files: files.length,
    rawBytes: files.reduce((n, f) => n + Buffer.byteLength(f), 0),
    gzipBytes: files.reduce((n, f) => n + gzipSync(f, { level: 6 }).length, 0),
    parseMs: Math.round(times[Math.floor(runs / 2)] * 10) / 10,
  };
}

if (require.main === module) {
  const dir = process.argv[2] ?? "dist/data";
  console.log(JSON.stringify(comparePieceFormats(dir), null, 2));
}
