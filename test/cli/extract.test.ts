import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");
const SEED_003 = join(ROOT, "seeds/003_4e5cbeaeb62c2bde.txt");

function run(...args: string[]) {
  const r = spawnSync(TSX, ["src/cli/extract.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("npm run extract", () => {
  it("prints every mention of a document as a JSON array", () => {
    const { code, stdout, stderr } = run(SEED_003, "--date", "2024-03-20");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const mentions = JSON.parse(stdout) as Record<string, unknown>[];
    expect(mentions.length).toBeGreaterThan(100);
    expect(Object.keys(mentions[0])).toEqual([
      "kind",
      "text",
      "start",
      "end",
      "value",
      "unit",
      "qualifier",
      "date",
      "precision",
    ]);
    expect(mentions).toContainEqual({
      kind: "number",
      text: "over 43,000 pounds",
      start: expect.any(Number),
      end: expect.any(Number),
      value: 43000,
      unit: "pounds",
      qualifier: "more_than",
      date: null,
      precision: null,
    });
    const today = mentions.find((m) => m.text === "today");
    expect(today).toMatchObject({ date: "2024-03-20", precision: "day", relative: true });
    expect(mentions.some((m) => "relative" in m && m.relative !== true)).toBe(false);
  });

  it("leaves relative dates unresolved without --date", () => {
    const dir = mkdtempSync(join(tmpdir(), "extract-"));
    const file = join(dir, "doc.txt");
    writeFileSync(file, "The U.S. and Mexico agreed Thursday to send 5 scanners.");
    const { code, stdout } = run(file);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject([
      { kind: "date", text: "Thursday", date: null, precision: null, relative: true },
      { kind: "number", text: "5 scanners", value: 5, unit: "scanners" },
    ]);
  });

  it.each([
    [[], /No document given\. Usage: npm run extract -- path\/to\/doc\.txt \[--date YYYY-MM-DD\]/],
    [[SEED_003, "--date"], /--date needs a value/],
    [
      [SEED_003, "--date", "20 March 2024"],
      /--date "20 March 2024" is not a date: expected YYYY-MM-DD/,
    ],
    [[SEED_003, "--date", "2024-02-30"], /Argument documentDate "2024-02-30" is not valid/],
    [[SEED_003, "--verbose"], /Unknown option "--verbose"/],
    [[SEED_003, SEED_003], /Only one document can be read at a time/],
    [["no/such/file.txt"], /Cannot read "no\/such\/file\.txt" \(ENOENT\)/],
  ])("exits 1 with a message for bad arguments %j", (args, message) => {
    const { code, stdout, stderr } = run(...(args as string[]));
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
  });
});
