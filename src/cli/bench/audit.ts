import { spawnSync } from "node:child_process";

export type AuditResult =
  | {
      ok: true;
      counts: Record<"info" | "low" | "moderate" | "high" | "critical", number>;
      total: number;
    }
  | { ok: false; reason: string };

/**
 * Reads the JSON of `npm audit --omit=dev --json`: the vulnerability counts, or why there are
 * none. A registry that refuses the advisory request (this network's registry proxy answers
 * 405 to npm's POST) is a failure to audit, never "no findings".
 */
export function readAudit(stdout: string): AuditResult {
  let report: {
    metadata?: { vulnerabilities?: Record<string, number> };
    message?: string;
    error?: { summary?: string; detail?: string };
  };
  try {
    report = JSON.parse(stdout);
  } catch {
    return { ok: false, reason: `npm audit printed no JSON: ${stdout.slice(0, 200)}` };
  }
  const v = report.metadata?.vulnerabilities;
  if (!v) {
    const why = report.message ?? report.error?.summary ?? "no vulnerability counts in its report";
    return { ok: false, reason: `npm audit could not audit the dependencies: ${why}` };
  }
  const counts = {
    info: v.info ?? 0,
    low: v.low ?? 0,
    moderate: v.moderate ?? 0,
    high: v.high ?? 0,
    critical: v.critical ?? 0,
  };
  return { ok: true, counts, total: v.total ?? Object.values(counts).reduce((a, b) => a + b, 0) };
}

/** Runs `npm audit --omit=dev --json` in `cwd` (it asks the npm registry's advisory service). */
export function runAudit(cwd = "."): AuditResult {
  const run = spawnSync("npm", ["audit", "--omit=dev", "--json"], {
    cwd,
    encoding: "utf8",
    timeout: 60_000,
  });
  if (run.error) return { ok: false, reason: `npm audit did not run: ${run.error.message}` };
  return readAudit(run.stdout);
}
