import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { PNG } from "pngjs";
import { SHIPPED, shippedDataset } from "../excel/shippedDataset";

const ROOT = resolve(__dirname, "../..");
const run = (...args: string[]) =>
  spawnSync(
    process.execPath,
    [join(ROOT, "node_modules/tsx/dist/cli.mjs"), "src/cli/workbook.ts", ...args],
    { cwd: ROOT, encoding: "utf8", timeout: 120_000 },
  );

describe("npm run workbook", () => {
  let work: string;
  beforeEach(() => (work = mkdtempSync(join(tmpdir(), "policy-tables-cli-"))));
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it("writes the shipped dataset as a workbook", async () => {
    const out = join(work, "policy-tables.xlsx");
    const result = run("--dataset", SHIPPED, "--out", out);
    const dataset = shippedDataset();
    const tables = dataset.tables.filter((t) => t.kind !== "sources").length;
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(
      new RegExp(
        `^Wrote ${out.replace(/[.]/g, "\\.")} \\(\\d+ bytes\\): ${tables} tables, Sources and About; dataset ${dataset.version}\\.`,
      ),
    );
    expect(result.status).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets).toHaveLength(tables + 2);
  }, 120_000);

  it("fails with what to run when the dataset is missing", () => {
    const result = run("--dataset", join(work, "nope.json"), "--out", join(work, "x.xlsx"));
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      `${join(work, "nope.json")} not found: run \`npm run dataset\` first (or pass --dataset FILE).`,
    );
    expect(existsSync(join(work, "x.xlsx"))).toBe(false);
  }, 60_000);

  it("rejects an unknown argument with the usage", () => {
    const result = run("--colour", "red");
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Unknown argument "--colour"\.\nUsage: npm run workbook/);
  }, 60_000);

  it("renders a typical inserted table to PNG with LibreOffice", () => {
    const png = join(work, "shot.png");
    const result = run("--dataset", SHIPPED, "--out", join(work, "b.xlsx"), "--png", png);
    expect(result.status).toBe(0);
    const image = PNG.sync.read(readFileSync(png));
    expect(image.width).toBeGreaterThan(600);
    expect(image.height).toBeGreaterThan(100);
    expect(existsSync(join(work, "shot.xlsx"))).toBe(false);
  }, 120_000);
});
