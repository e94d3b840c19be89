import { utf8ToBytes } from "@noble/hashes/utils";
import { columnValue } from "./columnValue";
import { datasetAbout } from "./datasetAbout";
import { sha256Hex } from "./contentHash";
import type { DatasetConfig } from "./datasetConfig";
import type { Column, Dataset, Table } from "./schema";
import { tableRecords } from "./tableRecords";

const PROFILE = "https://datapackage.org/profiles/2.0";

/** A file written next to datapackage.json: its path there and its exact content. */
export interface PackageFile {
  path: string;
  content: string;
}

/** A file already written: its path, its size in bytes and the hex sha256 of its bytes. */
export interface WrittenFile {
  path: string;
  bytes: number;
  sha256: string;
}

/** Size and hash as the descriptor states them, from a written file or from its content. */
function described(file: PackageFile | WrittenFile): { bytes: number; hash: string } {
  return "content" in file
    ? { bytes: utf8ToBytes(file.content).length, hash: `sha256:${sha256Hex(file.content)}` }
    : { bytes: file.bytes, hash: `sha256:${file.sha256}` };
}

/**
 * The Frictionless Data Package v2 descriptor for the dataset: one tabular resource per table
 * CSV (inline Table Schema, sha256 hash, bytes), dataset.json as a JSON resource, the source
 * documents with their sha256 and rights, the version and the dataset's contentHash.
 */
export function dataPackage(
  dataset: Dataset,
  config: DatasetConfig,
  datasetJson: PackageFile | WrittenFile,
  csvs: Map<string, PackageFile | WrittenFile>,
): object {
  return {
    $schema: `${PROFILE}/datapackage.json`,
    name: config.name,
    ...datasetAbout(dataset, config),
    version: dataset.version,
    contentHash: dataset.contentHash,
    schemaVersion: dataset.schemaVersion,
    sources: dataset.sources.map((s) => ({
      // Frictionless requires a source title: an untitled document is named by its id.
      title: s.title ?? s.id,
      ...(s.url ? { path: s.url } : {}),
      id: s.id,
      file: s.file,
      publisher: s.publisher,
      published: s.published,
      kind: s.kind,
      hash: `sha256:${s.sha256}`,
      rights: s.rights,
    })),
    resources: [
      {
        $schema: `${PROFILE}/dataresource.json`,
        name: "dataset",
        title: "Complete dataset",
        description:
          "Every source, figure, event, table and conflict, each value with its exact quote.",
        path: datasetJson.path,
        format: "json",
        mediatype: "application/json",
        encoding: "utf-8",
        ...described(datasetJson),
      },
      ...dataset.tables.map((t) => {
        const file = csvs.get(t.id);
        if (!file) throw new Error(`no CSV was written for table ${t.id}`);
        return {
          $schema: `${PROFILE}/dataresource.json`,
          name: t.id,
          type: "table",
          title: t.title,
          description: t.description,
          path: file.path,
          scheme: "file",
          format: "csv",
          mediatype: "text/csv",
          // UTF-8 behind a byte order mark (toCsv): the Python codec name Frictionless
          // implementations read it with; plain "utf-8" would keep U+FEFF in the first header.
          encoding: "utf-8-sig",
          ...described(file),
          dialect: { header: true, delimiter: ",", lineTerminator: "\r\n", quoteChar: '"' },
          schema: {
            $schema: `${PROFILE}/tableschema.json`,
            fields: t.columns.map((c) => field(dataset, t, c)),
            missingValues: [""],
          },
        };
      }),
    ],
  };
}

/**
 * The CSV files a previous build listed in its datapackage.json: the only files a rebuild may
 * delete. Only bare `name.csv` paths count, so a descriptor naming `../x.csv` or a folder can
 * never make the build delete outside its own output.
 */
export function packagedTableFiles(descriptor: unknown): string[] {
  if (typeof descriptor !== "object" || descriptor === null) return [];
  const resources = (descriptor as { resources?: unknown }).resources;
  if (!Array.isArray(resources)) return [];
  return resources
    .map((r: unknown) =>
      typeof r === "object" && r !== null ? (r as { path?: unknown }).path : null,
    )
    .filter((path): path is string => typeof path === "string" && /^[\w-]+\.csv$/.test(path));
}

/**
 * A Table Schema field. Date columns become `date`, `yearmonth` or `year` when every row has
 * that precision, and `string` (ISO 8601, partial allowed) when precisions are mixed.
 */
function field(dataset: Dataset, table: Table, c: Column): object {
  let type: string = c.type;
  if (c.type === "date") {
    const values = tableRecords(dataset, table)
      .map((r) => columnValue(r, c.key))
      .filter((v): v is string => typeof v === "string");
    const all = (re: RegExp) => values.length > 0 && values.every((v) => re.test(v));
    type = all(/^\d{4}-\d{2}-\d{2}$/)
      ? "date"
      : all(/^\d{4}-\d{2}$/)
        ? "yearmonth"
        : all(/^\d{4}$/)
          ? "year"
          : "string";
  }
  const mixesPercents = !c.unit && c.unitFormats?.percent !== undefined;
  const description =
    [
      c.description,
      type === "string" && c.type === "date" ? ISO_NOTE : null,
      mixesPercents ? PERCENT_NOTE : null,
      c.type === "string" ? FORMULA_NOTE : null,
    ]
      .filter(Boolean)
      .join(" ") || undefined;
  return {
    name: c.key,
    title: c.title,
    type,
    ...(description ? { description } : {}),
    ...(c.unit ? { unit: c.unit } : {}),
  };
}

const PERCENT_NOTE =
  "A row whose unit is percent states the number as written (68 for 68%); Excel outputs of " +
  "Policy Tables hold its fraction (0.68) under a % format.";
const FORMULA_NOTE =
  "In the CSV, text that begins with =, +, -, @, a tab or a carriage return is written with a " +
  "leading apostrophe (') so spreadsheets show it as text instead of running it as a formula; " +
  "dataset.json holds the text exactly.";
const ISO_NOTE =
  "ISO 8601 date at the precision the source states: YYYY, YYYY-MM, YYYY-MM-DD or an ISO week YYYY-Www (Monday to Sunday).";
