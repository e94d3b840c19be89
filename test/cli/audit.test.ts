import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join, resolve } from "node:path";

/*
 * `npm run audit` against a stand-in `npm` first on PATH that prints a given audit report, so
 * each verdict is checked without the registry.
 */
const ROOT = resolve(__dirname, "../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");
let bin: string;

beforeAll(() => {
  bin = mkdtempSync(join(tmpdir(), "fake-npm-"));
});
afterAll(() => rmSync(bin, { recursive: true, force: true }));

function audit(report: unknown, ...args: string[]) {
  writeFileSync(join(bin, "report.json"), JSON.stringify(report));
  writeFileSync(join(bin, "npm"), `#!/bin/sh\ncat "${join(bin, "report.json")}"\nexit 1\n`);
  chmodSync(join(bin, "npm"), 0o755);
  const run = spawnSync(TSX, [join(ROOT, "src/cli/audit.ts"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}` },
  });
  return { status: run.status, out: run.stdout + run.stderr };
}

const counts = (high: number, critical: number) => ({
  auditReportVersion: 2,
  vulnerabilities: {},
  metadata: {
    vulnerabilities: { info: 0, low: 2, moderate: 1, high, critical, total: 3 + high + critical },
  },
});

describe("npm run audit", () => {
  it("passes with the counts when nothing high or critical ships", () => {
    const r = audit(counts(0, 0));
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/0 critical, 0 high, 1 moderate, 2 low/);
  }, 30_000);

  it("fails on a high or a critical finding", () => {
    expect(audit(counts(1, 0)).status).toBe(1);
    const r = audit(counts(0, 2));
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/2 critical, 0 high/);
  }, 30_000);

  it("says NOT AUDITED with the registry's answer when it cannot audit, and fails with --strict", () => {
    const refused = { message: "405 Method Not Allowed - POST https://registry/advisories/bulk" };
    const r = audit(refused);
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/^NOT AUDITED: .*405 Method Not Allowed/m);
    expect(audit(refused, "--strict").status).toBe(1);
  }, 30_000);
});
