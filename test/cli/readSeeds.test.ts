import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { parse } from "yaml";
import { replicateSeeds } from "../../src/cli/bench/scaleCorpus";
import { annotationFiles, readAnnotation, readSeedDocuments } from "../../src/cli/readSeeds";

const SEEDS = join(__dirname, "../../seeds");

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** Heap bytes still reachable after `make` returns what it made. */
function retainedBytes(make: () => unknown): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  const held = make();
  gc();
  const after = process.memoryUsage().heapUsed;
  expect(held).toBeDefined();
  return after - before;
}

describe("readAnnotation", () => {
  it("gives the data yaml parses, file by file", () => {
    for (const f of readdirSync(join(SEEDS, "annotations"))) {
      const file = join(SEEDS, "annotations", f);
      expect(readAnnotation(file)).toEqual({ file, data: parse(readFileSync(file, "utf8")) });
    }
  });

  it("holds a corpus's annotations in a few times their size on disk, not ten", () => {
    const corpus = mkdtempSync(join(tmpdir(), "read-seeds-"));
    try {
      replicateSeeds(SEEDS, 200, corpus);
      const dir = join(corpus, "annotations");
      const diskBytes = readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
      const held = retainedBytes(() => [...annotationFiles(corpus)]);
      // yaml's own result held 10 to 12 times the text (ropes of scanned pieces).
      expect(held / diskBytes).toBeLessThan(3);
    } finally {
      rmSync(corpus, { recursive: true, force: true });
    }
  });

  it("names the file and the yaml error for a file that does not parse", () => {
    const dir = mkdtempSync(join(tmpdir(), "read-seeds-bad-"));
    try {
      const file = join(dir, "bad.yaml");
      writeFileSync(file, "doc: [unclosed\n");
      expect(() => readAnnotation(file)).toThrow(new RegExp(`${file}: .+`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("annotationFiles", () => {
  it("reads each file only when the build asks for it, in file-name order", () => {
    const corpus = mkdtempSync(join(tmpdir(), "read-seeds-lazy-"));
    try {
      replicateSeeds(SEEDS, 2, corpus);
      const [first, second] = readdirSync(join(corpus, "annotations")).sort();
      const files = annotationFiles(corpus);
      expect(files.next().value?.file).toBe(join(corpus, "annotations", first));
      writeFileSync(join(corpus, "annotations", second), "doc: written-after-the-first-read\n");
      expect(files.next().value?.data).toEqual({ doc: "written-after-the-first-read" });
      expect(files.next().done).toBe(true);
    } finally {
      rmSync(corpus, { recursive: true, force: true });
    }
  });
});

describe("readSeedDocuments", () => {
  it("reads every .txt of the seeds in file-name order", () => {
    const docs = readSeedDocuments(SEEDS);
    const names = readdirSync(SEEDS).filter((f) => f.endsWith(".txt"));
    expect(docs.map((d) => d.file)).toEqual([...names].sort());
    expect(docs[0].text).toBe(readFileSync(join(SEEDS, docs[0].file), "utf8"));
  });
});
