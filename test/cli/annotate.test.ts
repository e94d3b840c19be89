import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { annotate, parseArgs } from "../../src/cli/annotate";

const SEEDS = join(__dirname, "../../seeds");

describe("npm run annotate: arguments", () => {
  it("reads the document, --new, --date, --force and --seeds", () => {
    expect(parseArgs(["--new", "a.txt", "--date", "2024-01-02", "--seeds", "s"])).toEqual({
      file: "a.txt",
      isNew: true,
      date: "2024-01-02",
      force: false,
      seeds: "s",
    });
  });

  it("says what is wrong with bad arguments", () => {
    expect(parseArgs([])).toMatch(/^No document given\./);
    expect(parseArgs(["a.txt", "--date", "March 2024"])).toMatch(
      /--date "March 2024" is not a date: expected YYYY-MM-DD/,
    );
    expect(parseArgs(["a.txt", "--dry"])).toMatch(/^Unknown option "--dry"/);
    expect(parseArgs(["a.txt", "b.txt"])).toMatch(/One document at a time/);
  });
});

describe("npm run annotate", () => {
  let seeds: string;
  const lines: string[] = [];
  const log = (line: string) => lines.push(line);
  beforeEach(() => {
    seeds = mkdtempSync(join(tmpdir(), "annotate-"));
    cpSync(SEEDS, seeds, { recursive: true });
    lines.length = 0;
  });
  afterEach(() => rmSync(seeds, { recursive: true, force: true }));

  it("copies a new text into the seeds under its name and writes its draft beside the others", () => {
    const text =
      "date 2024-02-08 CBP officers seize fentanyl\n\nOn Feb. 5, CBP officers seized 36.64 pounds of fentanyl.\n";
    const source = join(seeds, "..", `new-${Date.now()}.txt`);
    writeFileSync(source, text);
    const hex = createHash("sha256").update(text).digest("hex").slice(0, 16);
    expect(annotate({ file: source, isNew: true, date: null, force: false, seeds }, log)).toBe(0);
    rmSync(source);
    expect(existsSync(join(seeds, `005_${hex}.txt`))).toBe(true);
    const out = join(seeds, "annotations", `005_${hex}.yaml`);
    const draft = parse(readFileSync(out, "utf8"));
    expect(draft.source).toMatchObject({ draft: true, published: "2024-02-08" });
    expect(draft.figures[0]).toMatchObject({ draft: true, value: 36.64, unit: "pounds" });
    expect(lines.join("\n")).toMatch(
      /Wrote .*005_[0-9a-f]{16}\.yaml: 1 figures, 1 events and 1 dismissals proposed/,
    );
  });

  it("refuses to replace an annotation without --force, and a file not named like a seed", () => {
    const seed = join(seeds, "000_27c8b5ee908a7d02.txt");
    expect(annotate({ file: seed, isNew: false, date: null, force: false, seeds }, log)).toBe(1);
    expect(lines.pop()).toMatch(
      /000_27c8b5ee908a7d02\.yaml exists; it may hold reviewed work\. Pass --force/,
    );
    const other = join(seeds, "notes.txt");
    writeFileSync(other, "Some text.");
    expect(annotate({ file: other, isNew: false, date: null, force: false, seeds }, log)).toBe(1);
    expect(lines.pop()).toMatch(
      /"notes.txt" is not a seed file name: expected NNN_<16 hex digits>\.txt\. Use --new/,
    );
  });
});
