import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { readAudit } from "../../src/cli/bench/audit";

/**
 * Security checks that run with every test run: no code evaluation or raw HTML in src (the
 * eslint rule exists, catches each form, and src passes it), a strict Content-Security-Policy
 * on every built page, and a production manifest that asks only for ReadWriteDocument and
 * points only at https.
 */
const ROOT = resolve(__dirname, "../..");
const DIST = join(ROOT, "dist");
const FORBIDDEN_RULES = new Set(["no-restricted-syntax", "no-implied-eval"]);

interface LintResult {
  filePath: string;
  messages: { ruleId: string | null; severity: number; message: string; line: number }[];
}

/** The project's eslint, as `npm run lint` runs it (its config is ESM, which Jest cannot load). */
function eslint(args: string[], stdin?: string): LintResult[] {
  const run = spawnSync(
    process.execPath,
    [join(ROOT, "node_modules/eslint/bin/eslint.js"), "--format", "json", ...args],
    { cwd: ROOT, input: stdin, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  if (!run.stdout.trim().startsWith("[")) {
    throw new Error(`eslint did not run: ${run.error?.message ?? run.stderr}`);
  }
  return JSON.parse(run.stdout) as LintResult[];
}

describe("no eval, new Function or dangerouslySetInnerHTML in src", () => {
  it.each([
    ["eval", "export const run = (code: string) => eval(code);\n", /eval is forbidden/],
    [
      "new Function",
      'export const make = () => new Function("return 1");\n',
      /new Function is forbidden/,
    ],
    [
      "setTimeout with a string",
      'export const later = () => setTimeout("alert(1)", 10);\n',
      /setTimeout\/setInterval with a string is eval/,
    ],
    [
      "dangerouslySetInnerHTML",
      "export const Quote = ({ html }: { html: string }) => <p dangerouslySetInnerHTML={{ __html: html }} />;\n",
      /dangerouslySetInnerHTML is forbidden/,
    ],
  ])("lint rejects %s in a file under src", (_, code, message) => {
    const [result] = eslint(
      ["--stdin", "--stdin-filename", join(ROOT, "src/taskpane/views/Sample.tsx")],
      code,
    );
    const errors = result.messages.filter(
      (m) => m.severity === 2 && FORBIDDEN_RULES.has(m.ruleId ?? ""),
    );
    expect(errors.map((m) => m.message).join("\n")).toMatch(message);
  });

  it("src has none of them", () => {
    const results = eslint(["src"]);
    expect(results.length).toBeGreaterThan(50);
    const found = results.flatMap((r) =>
      r.messages
        .filter((m) => FORBIDDEN_RULES.has(m.ruleId ?? ""))
        .map((m) => `${r.filePath}:${m.line} ${m.message}`),
    );
    expect(found).toEqual([]);
  }, 120_000);
});

function built(file: string): string {
  const path = join(DIST, file);
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: run \`npm run build\` before the reliability suite.`);
  }
  return readFileSync(path, "utf8");
}

describe("built pages and manifest", () => {
  it("every page in dist has a Content-Security-Policy without eval or inline scripts", () => {
    built("taskpane.html");
    const pages = readdirSync(DIST).filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const html = built(page);
      const csp =
        /<meta[^>]+http-equiv=["']?Content-Security-Policy["']?[^>]+content="([^"]+)"/i.exec(
          html,
        )?.[1];
      if (!csp) throw new Error(`${page} has no Content-Security-Policy meta tag`);
      const directive = (name: string) =>
        csp
          .split(";")
          .map((d) => d.trim())
          .find((d) => d.startsWith(`${name} `));
      const scripts = directive("script-src") ?? directive("default-src");
      expect(scripts).toBeDefined();
      expect(scripts).not.toMatch(/'unsafe-eval'|'unsafe-inline'|\*|https?:|data:/);
      expect(directive("object-src")).toBe("object-src 'none'");
      expect(directive("default-src")).toBeDefined();
      // No inline script the CSP would have to allow.
      expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>\s*\S/i);
    }
  });

  it("the manifests ask for ReadWriteDocument and the production one points only at https", () => {
    for (const manifest of [
      readFileSync(join(ROOT, "manifest.xml"), "utf8"),
      built("manifest.xml"),
    ]) {
      expect(manifest.match(/<Permissions>\s*([^<]+?)\s*<\/Permissions>/)?.[1]).toBe(
        "ReadWriteDocument",
      );
    }
    const production = built("manifest.xml");
    const urls = [...production.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/[^"'<\s]+/gi)].map((m) => m[0]);
    expect(urls.length).toBeGreaterThan(5);
    expect(
      urls.filter(
        (u) =>
          !u.startsWith("https://") &&
          !/^https?:\/\/schemas\.microsoft\.com\/|^http:\/\/www\.w3\.org\//.test(u),
      ),
    ).toEqual([]);
    expect(urls.filter((u) => /localhost|127\.0\.0\.1/.test(u))).toEqual([]);
  });
});

describe("npm audit report", () => {
  it("reads the counts of a report and sums high and critical", () => {
    const report = JSON.stringify({
      auditReportVersion: 2,
      vulnerabilities: {},
      metadata: {
        vulnerabilities: { info: 0, low: 1, moderate: 2, high: 3, critical: 1, total: 7 },
      },
    });
    expect(readAudit(report)).toEqual({
      ok: true,
      counts: { info: 0, low: 1, moderate: 2, high: 3, critical: 1 },
      total: 7,
    });
  });
  it("treats a registry that refuses the advisory request as a failure to audit, not a clean report", () => {
    // What `npm audit --omit=dev --json` prints on this project's network.
    const refused = JSON.stringify({
      message:
        "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
      statusCode: 405,
      error: { summary: "", detail: "" },
    });
    const result = readAudit(refused);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(
      /^npm audit could not audit the dependencies: 405 Method Not Allowed - POST .*advisories\/bulk$/,
    );
    expect(readAudit("npm ERR! network").ok).toBe(false);
  });
});
