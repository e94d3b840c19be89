import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseDocument } from "yaml";
import { buildDataset, type BuildResult } from "../core/dataset/buildDataset";
import type { CoverageReport } from "../core/dataset/coverage";
import { dataPackage, packagedTableFiles, type WrittenFile } from "../core/dataset/dataPackage";
import { DatasetConfig } from "../core/dataset/datasetConfig";
import { issuePath } from "../core/dataset/issuePath";
import { parseBuiltDataset, parseDataset } from "../core/dataset/parseDataset";
import type { Dataset } from "../core/dataset/schema";
import { prettyJsonChunks } from "../core/dataset/prettyJsonChunks";
import { toCsvLines } from "../core/dataset/toCsv";
import {
  BUMP_LEVELS,
  checkVersionLock,
  lockFor,
  planBump,
  VersionLock,
} from "../core/dataset/versionLock";
import { userMessage } from "../core/errors";
import { writeChunks } from "./writeChunks";
import { writePieces } from "./writePieces";
import { WORKBOOK_ROW_LIMIT, workbookPiece, workbookRows } from "./workbookPiece";
import { annotationFiles, readSeedDocuments } from "./readSeeds";

const USAGE = `Usage: npm run dataset [-- --bump initial|patch|minor|major] [--seeds DIR] [--out DIR]
Builds DIR/dataset.json, one CSV per table, datapackage.json, coverage.json, and the pieced\ndataset (catalog.json and pieces/) from the seeds.
Fails while any extracted mention is untriaged or the content changed without a version bump.`;

interface Args {
  seeds: string;
  out: string;
  bump: (typeof BUMP_LEVELS)[number] | "initial" | null;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { seeds: "seeds", out: "dist/data", bump: null };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === "--help" || flag === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else if (flag === "--seeds" && value) args.seeds = argv[++i];
    else if (flag === "--out" && value) args.out = argv[++i];
    else if (flag === "--bump" && ["initial", ...BUMP_LEVELS].includes(value)) {
      args.bump = value as Args["bump"];
      i++;
    } else throw new Error(`unknown or incomplete argument "${flag}"\n${USAGE}`);
  }
  return args;
}

async function main(args: Args): Promise<number> {
  const configFile = join(args.seeds, "dataset.yaml");
  const lockFile = join(args.seeds, "dataset.lock.json");
  const configDoc = parseDocument(readFileSync(configFile, "utf8"));
  const configData: unknown = configDoc.toJS();
  const parsedConfig = DatasetConfig.safeParse(configData);
  if (!parsedConfig.success) {
    for (const issue of parsedConfig.error.issues)
      console.error(`${configFile} ${issuePath(configData, issue.path)}: ${issue.message}`);
    return 1;
  }
  const config = parsedConfig.data;
  // Phases in functions of their own, so the texts, annotations and unchecked dataset of the
  // build are garbage before the writing starts: a large corpus is held once, not three times.
  const built = release(args, config, configFile, lockFile);
  if (typeof built === "number") return built;
  await writeOutputs(args, config, built.valid, built.coverage);
  return 0;
}

/** Builds the dataset from the seeds, checks coverage and the version lock, and validates it. */
function release(
  args: Args,
  config: DatasetConfig,
  configFile: string,
  lockFile: string,
): number | { valid: Dataset; coverage: CoverageReport } {
  const { dataset, coverage } = buildFromSeeds(args, config, configFile);

  mkdirSync(args.out, { recursive: true });
  writeFileSync(join(args.out, "coverage.json"), json(coverage));
  if (coverage.untriaged.length || coverage.problems.length) {
    reportCoverage(coverage);
    return 1;
  }
  const lock = existsSync(lockFile)
    ? VersionLock.parse(JSON.parse(readFileSync(lockFile, "utf8")))
    : null;
  if (args.bump) {
    const plan = planBump(lock, dataset, args.bump);
    if ("problem" in plan) {
      console.error(plan.problem);
      return 1;
    }
    dataset.version = plan.version;
    writeFileSync(configFile, withVersion(readFileSync(configFile, "utf8"), plan.version));
    writeFileSync(lockFile, json(lockFor(dataset)));
    console.log(`Released version ${plan.version}: wrote ${configFile} and ${lockFile}.`);
  } else {
    const problems = checkVersionLock(lock, dataset, { config: configFile, lock: lockFile });
    if (problems.length) {
      problems.forEach((p) => console.error(p));
      return 1;
    }
  }

  // Parsed record by record in place: the built dataset is never held beside a parsed copy.
  return { valid: parseBuiltDataset(dataset), coverage };
}

function buildFromSeeds(args: Args, config: DatasetConfig, configFile: string): BuildResult {
  return buildDataset(readSeedDocuments(args.seeds), annotationFiles(args.seeds), config, {
    configFile,
    extractorName: "src/core/extract/extractMentions.ts",
  });
}

/** Writes dataset.json, the CSVs, datapackage.json and the pieces, and prints the summary. */
async function writeOutputs(
  args: Args,
  config: DatasetConfig,
  valid: Dataset,
  coverage: CoverageReport,
): Promise<void> {
  removeStaleTables(args.out, new Set(valid.tables.map((t) => `${t.id}.csv`)));
  // Each file is written as it is made and kept as its size and hash only, so memory holds
  // the dataset once, not the dataset and every text made of it.
  const datasetFile = writeChunks(
    join(args.out, "dataset.json"),
    "dataset.json",
    (function* () {
      yield* prettyJsonChunks(valid);
      yield "\n";
    })(),
  );
  const csvs = new Map<string, WrittenFile>(
    valid.tables.map((t) => {
      const path = `${t.id}.csv`;
      return [t.id, writeChunks(join(args.out, path), path, toCsvLines(valid, t))];
    }),
  );
  writeFileSync(
    join(args.out, "datapackage.json"),
    json(dataPackage(valid, config, datasetFile, csvs)),
  );
  // The pane's Download workbook saves this file as it is, instead of building it in the tab.
  const rows = workbookRows(valid);
  const catalog = writePieces(valid, args.out, { bytes: await workbookPiece(valid), rows });
  printSummary(valid, coverage, args.out);
  console.log(
    `Wrote ${args.out}/catalog.json and pieces/: ${catalog.tables.length} tables, ` +
      `${valid.sources.length} document texts, the id index, the lookup index, the search index` +
      (catalog.workbook
        ? ` and the workbook (${catalog.workbook.bytes} bytes).`
        : `; no workbook: its ${rows} rows are past the ${WORKBOOK_ROW_LIMIT} a build writes one for.`),
  );
}

/**
 * Deletes the CSVs of tables the previous build wrote (as its datapackage.json lists them) that
 * this build no longer writes. Any other file in the folder is someone else's and stays.
 */
function removeStaleTables(out: string, written: Set<string>): void {
  const descriptor = join(out, "datapackage.json");
  if (!existsSync(descriptor)) return;
  let previous: unknown;
  try {
    previous = JSON.parse(readFileSync(descriptor, "utf8"));
  } catch {
    return; // not one of ours: delete nothing
  }
  for (const file of packagedTableFiles(previous))
    if (!written.has(file)) rmSync(join(out, file), { force: true });
}

/** Rewrites only the top-level version line, so the file's layout and comments stay as written. */
function withVersion(yamlText: string, version: string): string {
  const line = /^version:.*$/m;
  if (!line.test(yamlText)) throw new Error("dataset.yaml has no top-level version: line");
  return yamlText.replace(line, `version: ${version}`);
}

const json = (value: unknown) => JSON.stringify(value, null, 2) + "\n";

function reportCoverage(coverage: CoverageReport) {
  if (coverage.untriaged.length) {
    console.error(
      `${coverage.untriaged.length} untriaged mention(s): use each in a figure or event, or ` +
        `dismiss it with a reason in seeds/annotations/<doc>.yaml.`,
    );
    for (const u of coverage.untriaged)
      console.error(`  ${u.doc} @${u.start} ${u.kind} "${u.text}": ${u.sentence}`);
  }
  coverage.problems.forEach((p) => console.error(p));
}

function printSummary(
  d: ReturnType<typeof parseDataset>,
  coverage: CoverageReport,
  out: string,
): void {
  const total = coverage.documents.reduce((n, c) => n + c.mentions, 0);
  const lines = [
    `Policy Tables dataset ${d.version} (contentHash ${d.contentHash.slice(0, 16)}…)`,
    `  documents  ${d.sources.length}`,
    `  figures    ${d.figures.length}`,
    `  events     ${d.events.length}`,
    `  tables     ${d.tables.length}: ${d.tables.map((t) => `${t.id} (${t.rows.length})`).join(", ")}`,
    `  conflicts  ${d.conflicts.length}${d.conflicts.length ? ": " + d.conflicts.map((c) => c.id).join(", ") : ""}`,
    `  mentions   ${total} triaged of ${total}`,
    ...coverage.documents.map(
      (c) => `    ${c.doc}  ${c.mentions} mentions: ${c.used} used, ${c.dismissed} dismissed`,
    ),
    `  overrides  ${coverage.overrides.length} field(s) kept against the extractor, each with its reason in coverage.json`,
    `Wrote ${out}/dataset.json, datapackage.json, coverage.json and ${d.tables.length} CSV files.`,
  ];
  console.log(lines.join("\n"));
}

Promise.resolve()
  .then(() => main(parseArgs(process.argv.slice(2))))
  .then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(userMessage(error));
      process.exitCode = 1;
    },
  );
