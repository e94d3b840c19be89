import { readFileSync, writeFileSync } from "node:fs";
import { userMessage } from "../core/errors";
import { readmeBlocks, withReadmeBlocks } from "./readmeBlocks";

const USAGE = `Usage: npm run readme [-- --seeds DIR] [--corpus DIR] [--readme FILE]
Rewrites the README passages generated from the build of the seeds (dataset span and counts,
default inserted columns, overrides, known units, formula examples and their results, the
conflicts), and from the drafts' scoring on the seeds and the test corpus, between their
<!-- name --> markers; test/docs/readme.test.ts checks them.`;

function parseArgs(argv: string[]): { seeds: string; corpus: string; readme: string } {
  const args = { seeds: "seeds", corpus: "test/corpus", readme: "README.md" };
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === "--help" || flag === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else if (flag === "--seeds" && value) args.seeds = argv[++i];
    else if (flag === "--corpus" && value) args.corpus = argv[++i];
    else if (flag === "--readme" && value) args.readme = argv[++i];
    else throw new Error(`unknown or incomplete argument "${flag}"\n${USAGE}`);
  }
  return args;
}

function main(argv: string[]): number {
  const args = parseArgs(argv);
  const blocks = readmeBlocks(args.seeds, args.corpus);
  writeFileSync(args.readme, withReadmeBlocks(readFileSync(args.readme, "utf8"), blocks));
  console.log(`Updated ${args.readme}: ${Object.keys(blocks).join(", ")}.`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(userMessage(error));
  process.exitCode = 1;
}
