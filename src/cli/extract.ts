import { readFileSync } from "node:fs";
import { extractMentions } from "../core/extract/extractMentions";
import { userMessage } from "../core/errors";
import type { Mention } from "../core/extract/mention";

const USAGE = "Usage: npm run extract -- path/to/doc.txt [--date YYYY-MM-DD]";

/** The CLI's arguments, or a message saying what was wrong. */
export function parseArgs(argv: string[]): { file: string; date: string | null } | string {
  let file: string | null = null;
  let date: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--date") {
      const value = argv[++i];
      if (value === undefined || value.startsWith("--")) return `--date needs a value. ${USAGE}`;
      date = value;
    } else if (arg.startsWith("--date=")) date = arg.slice("--date=".length);
    else if (arg.startsWith("-")) return `Unknown option "${arg}". ${USAGE}`;
    else if (file !== null)
      return `Only one document can be read at a time (got "${file}" and "${arg}"). ${USAGE}`;
    else file = arg;
  }
  if (file === null) return `No document given. ${USAGE}`;
  if (date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    return `--date "${date}" is not a date: expected YYYY-MM-DD, e.g. --date 2023-12-04.`;
  }
  return { file, date };
}

/** One printed object: the Mention's fields in a fixed order, `relative` only when true. */
function printable(m: Mention): Record<string, unknown> {
  const { kind, text, start, end, value, unit, qualifier, date, precision } = m;
  return {
    kind,
    text,
    start,
    end,
    value,
    unit,
    qualifier,
    date,
    precision,
    ...(m.relative ? { relative: true } : {}),
    ...(m.note ? { note: m.note } : {}),
    ...(m.period ? { period: m.period } : {}),
  };
}

function main(argv: string[]): number {
  const args = parseArgs(argv);
  if (typeof args === "string") {
    process.stderr.write(args + "\n");
    return 1;
  }
  let text: string;
  try {
    text = readFileSync(args.file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    process.stderr.write(`Cannot read "${args.file}"${code ? ` (${code})` : ""}. ${USAGE}\n`);
    return 1;
  }
  try {
    const mentions = extractMentions(text, { documentDate: args.date });
    process.stdout.write(JSON.stringify(mentions.map(printable), null, 2) + "\n");
    return 0;
  } catch (e) {
    process.stderr.write(userMessage(e) + "\n");
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
