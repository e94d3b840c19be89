import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { PNG } from "pngjs";
import { parseDataset } from "../core/dataset/parseDataset";
import { userMessage } from "../core/errors";
import { availableColumns } from "../core/layout/tableColumns";
import { buildWorkbook } from "../export/buildWorkbook";

const USAGE = `Usage: npm run workbook [-- --dataset FILE] [--out FILE] [--png FILE]
Writes every table of the dataset (default dist/data/dataset.json) to an .xlsx workbook
(default dist/policy-tables.xlsx): one sheet per table, a Sources sheet and an About sheet.
--png renders, with LibreOffice (soffice, pdftoppm), the first figures table as an analyst would
insert it with a few columns chosen (metric, value, unit, period, quote, document) to FILE.`;

function parseArgs(argv: string[]) {
  const args = {
    dataset: "dist/data/dataset.json",
    out: "dist/policy-tables.xlsx",
    png: null as string | null,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === "--help" || flag === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else if (flag === "--dataset" && value) args.dataset = argv[++i];
    else if (flag === "--out" && value) args.out = argv[++i];
    else if (flag === "--png" && value) args.png = argv[++i];
    else throw new Error(`Unknown argument "${flag}".\n${USAGE}`);
  }
  return args;
}

/** First page of the workbook as PNG, through LibreOffice's PDF export and pdftoppm. */
function renderPng(xlsx: string, png: string) {
  const work = mkdtempSync(join(tmpdir(), "policy-tables-render-"));
  try {
    execFileSync(
      "soffice",
      [
        "--headless",
        `-env:UserInstallation=file://${work}/profile`,
        "--convert-to",
        "pdf",
        "--outdir",
        work,
        resolve(xlsx),
      ],
      { stdio: "pipe" },
    );
    const pdf = join(work, basename(xlsx).replace(/\.xlsx$/, ".pdf"));
    if (!existsSync(pdf)) throw new Error(`LibreOffice did not write ${pdf}.`);
    execFileSync(
      "pdftoppm",
      ["-png", "-r", "150", "-f", "1", "-l", "1", "-singlefile", pdf, join(work, "page")],
      { stdio: "pipe" },
    );
    mkdirSync(dirname(png), { recursive: true });
    writeFileSync(
      png,
      PNG.sync.write(cropToContent(PNG.sync.read(readFileSync(join(work, "page.png"))))),
    );
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === "ENOENT";
    throw new Error(
      missing
        ? "Rendering needs soffice (libreoffice-calc-nogui) and pdftoppm (poppler-utils) on the PATH."
        : `Rendering failed: ${(e as Error).message}`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The page without its empty margins (a table fills a fraction of a landscape page). */
function cropToContent(page: PNG, pad = 24): PNG {
  let [top, left, bottom, right] = [page.height, page.width, -1, -1];
  for (let y = 0; y < page.height; y++) {
    for (let x = 0; x < page.width; x++) {
      const i = (y * page.width + x) * 4;
      if (page.data[i] < 235 || page.data[i + 1] < 235 || page.data[i + 2] < 235) {
        [top, left, bottom, right] = [
          Math.min(top, y),
          Math.min(left, x),
          Math.max(bottom, y),
          Math.max(right, x),
        ];
      }
    }
  }
  if (bottom < 0) throw new Error("The rendered page is blank.");
  [top, left] = [Math.max(0, top - pad), Math.max(0, left - pad)];
  [bottom, right] = [
    Math.min(page.height - 1, bottom + pad),
    Math.min(page.width - 1, right + pad),
  ];
  const out = new PNG({ width: right - left + 1, height: bottom - top + 1 });
  PNG.bitblt(page, out, left, top, out.width, out.height, 0, 0);
  return out;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(args.dataset)) {
    throw new Error(
      `${args.dataset} not found: run \`npm run dataset\` first (or pass --dataset FILE).`,
    );
  }
  const dataset = parseDataset(JSON.parse(readFileSync(args.dataset, "utf8")));
  const bytes = await buildWorkbook(dataset);
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(args.out, bytes);
  const tables = dataset.tables.filter((t) => t.kind !== "sources").length;
  console.log(
    `Wrote ${args.out} (${bytes.length} bytes): ${tables} tables, Sources and About; dataset ${dataset.version}.`,
  );
  if (args.png) {
    const table = dataset.tables.find((t) => t.kind === "figures") ?? dataset.tables[0];
    const keys = new Set(availableColumns(dataset, table.id).map((c) => c.key));
    const columns = [
      "metric",
      "value",
      "unit",
      "period.text",
      "source.quote",
      "source.title",
    ].filter((k) => keys.has(k));
    const preview = args.png.replace(/\.png$/, "") + ".xlsx";
    writeFileSync(
      preview,
      await buildWorkbook(dataset, { [table.id]: { columns } }, { tables: [table.id] }),
    );
    try {
      renderPng(preview, args.png);
    } finally {
      rmSync(preview, { force: true });
    }
    console.log(`Rendered ${args.png}.`);
  }
}

main().catch((e: unknown) => {
  console.error(userMessage(e).replace(/^Unexpected error: /, ""));
  process.exit(1);
});
