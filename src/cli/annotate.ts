import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parse } from "yaml";
import { draftAnnotation } from "../core/annotate/draftAnnotation";
import { draftYaml } from "../core/annotate/draftYaml";
import { knownRecords } from "../core/annotate/knownRecords";
import { DocumentAnnotation } from "../core/dataset/annotationSchema";
import { DatasetConfig, type TableConfig } from "../core/dataset/datasetConfig";
import { seedFileName } from "../core/dataset/seedFileName";
import { userMessage } from "../core/errors";

const USAGE = `Usage: npm run annotate -- seeds/<doc>.txt [--date YYYY-MM-DD] [--force] [--seeds DIR]
       npm run annotate -- --new path/to/text.txt [--date YYYY-MM-DD] [--seeds DIR]
Writes DIR/annotations/<doc>.yaml as a draft: the source block and every extracted mention
proposed as a figure, an event or a dismissal, each marked "draft: true" until reviewed.
--new first copies the text into DIR as NNN_<first 16 hex digits of its sha256>.txt.
--force replaces an existing annotation (the analyst's work in it is lost).`;

export interface AnnotateArgs {
  file: string;
  isNew: boolean;
  date: string | null;
  force: boolean;
  seeds: string;
}

/** The CLI's arguments, or a message saying what was wrong and what is valid. */
export function parseArgs(argv: string[]): AnnotateArgs | string {
  const args: AnnotateArgs = { file: "", isNew: false, date: null, force: false, seeds: "seeds" };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--new") args.isNew = true;
    else if (arg === "--force") args.force = true;
    else if (arg === "--date" || arg === "--seeds") {
      const value = argv[++i];
      if (value === undefined || value.startsWith("--")) return `${arg} needs a value.\n${USAGE}`;
      if (arg === "--date") args.date = value;
      else args.seeds = value;
    } else if (arg.startsWith("-")) return `Unknown option "${arg}".\n${USAGE}`;
    else if (args.file)
      return `One document at a time (got "${args.file}" and "${arg}").\n${USAGE}`;
    else args.file = arg;
  }
  if (!args.file) return `No document given.\n${USAGE}`;
  if (args.date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(args.date))
    return `--date "${args.date}" is not a date: expected YYYY-MM-DD, e.g. --date 2023-12-04.`;
  return args;
}

/** Every annotation of the seeds that parses, for tables, names and fact keys. */
function readAnnotations(dir: string): DocumentAnnotation[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .flatMap((f) => {
      const parsed = DocumentAnnotation.safeParse(parse(readFileSync(join(dir, f), "utf8")));
      return parsed.success ? [parsed.data] : [];
    });
}

/** The dataset's tables, for which tables a record joins; none when dataset.yaml is absent or invalid. */
export function readTables(dir: string): TableConfig[] {
  const file = join(dir, "dataset.yaml");
  if (!existsSync(file)) return [];
  const parsed = DatasetConfig.safeParse(parse(readFileSync(file, "utf8")));
  return parsed.success ? parsed.data.tables : [];
}

export function annotate(args: AnnotateArgs, log: (line: string) => void): number {
  if (!existsSync(args.file)) {
    log(`Cannot read "${args.file}": no such file.\n${USAGE}`);
    return 1;
  }
  let file = args.file;
  if (args.isNew) {
    const taken = readdirSync(args.seeds).filter((f) => /^\d{3}_[0-9a-f]{16}\.txt$/.test(f));
    file = join(args.seeds, seedFileName(taken, readFileSync(file, "utf8")));
    copyFileSync(args.file, file);
    log(`Copied ${args.file} to ${file}.`);
  }
  const name = basename(file);
  if (!/^\d{3}_[0-9a-f]{16}\.txt$/.test(name)) {
    log(
      `"${name}" is not a seed file name: expected NNN_<16 hex digits>.txt. ` +
        `Use --new to copy a text into ${args.seeds}/ under the right name.`,
    );
    return 1;
  }
  const doc = name.slice(0, -4);
  const out = join(args.seeds, "annotations", `${doc}.yaml`);
  if (existsSync(out) && !args.force) {
    log(`${out} exists; it may hold reviewed work. Pass --force to replace it with a new draft.`);
    return 1;
  }
  const annotations = readAnnotations(join(args.seeds, "annotations"));
  const draft = draftAnnotation(doc, readFileSync(file, "utf8"), {
    date: args.date,
    known: knownRecords(annotations, doc, readTables(args.seeds)),
  });
  writeFileSync(out, draftYaml(draft));
  log(
    `Wrote ${out}: ${draft.figures.length} figures, ${draft.events.length} events and ` +
      `${draft.dismissed.length} dismissals proposed, all marked "draft: true". Review each, ` +
      `then run npm run dataset.`,
  );
  return 0;
}

if (require.main === module) {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === "string") {
    console.error(args);
    process.exitCode = 1;
  } else {
    try {
      process.exitCode = annotate(args, (line) => console.error(line));
    } catch (e) {
      console.error(userMessage(e));
      process.exitCode = 1;
    }
  }
}
