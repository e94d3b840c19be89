import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { PNG } from "pngjs";
import { checkManifest, type ImageProbe } from "../core/manifest/checkManifest";
import { readManifest } from "../core/manifest/readManifest";
import { relativeToBase } from "../core/manifest/relativeToBase";
import { userMessage } from "../core/errors";

const ROOT = resolve(__dirname, "../..");
/** The offline XSD validator lives beside the checkout, in ../shared/tools. */
export const XSD_VALIDATOR = resolve(ROOT, "../shared/tools/validate-manifest");

export interface ValidationResult {
  file: string;
  production: boolean;
  problems: string[];
}

/**
 * Validates one manifest: the Office XSD, `office-addin-manifest info`, and the project's own
 * checks. Icons are looked up relative to the manifest's folder (manifest.xml serves
 * assets/ from the repository, dist/manifest.xml from dist/).
 */
export function validateManifestFile(file: string, production: boolean): ValidationResult {
  const problems: string[] = [];
  const shown = relative(process.cwd(), file) || file;
  if (!existsSync(file)) {
    const hint = production ? " Run `npm run build` first: it writes dist/manifest.xml." : "";
    return { file, production, problems: [`${shown}: no such file.${hint}`] };
  }

  problems.push(...runXsd(file, shown));
  problems.push(...runOfficeAddinManifestInfo(file, shown));

  let model;
  try {
    model = readManifest(readFileSync(file, "utf8"));
  } catch (error) {
    problems.push(`${shown}: ${userMessage(error)}`);
    return { file, production, problems };
  }
  const runtimeResid = model.runtimes[0]?.resid;
  const runtimeUrl = model.resources.find((r) => r.kind === "Urls" && r.id === runtimeResid)?.value;
  const base = runtimeUrl ? baseOf(runtimeUrl) : null;
  const probeImage = (url: string): ImageProbe => probePng(url, base, dirname(file));
  for (const p of checkManifest(model, { production, probeImage })) {
    problems.push(`${shown}:${p.line}: ${p.message}`);
  }
  return { file, production, problems };
}

function baseOf(url: string): string | null {
  try {
    return new URL(".", url).href;
  } catch {
    return null;
  }
}

function probePng(url: string, base: string | null, folder: string): ImageProbe {
  const path = base ? relativeToBase(url, base) : null;
  if (path === null) {
    return {
      found: false,
      reason: `not served by the add-in (expected a URL under ${base ?? "the runtime page's folder"}), so its size cannot be checked.`,
    };
  }
  const local = join(folder, path);
  const shown = relative(process.cwd(), local);
  if (!existsSync(local)) return { found: false, reason: `no file at ${shown}.` };
  try {
    const png = PNG.sync.read(readFileSync(local));
    return { found: true, width: png.width, height: png.height };
  } catch (error) {
    return { found: false, reason: `${shown} is not a readable PNG (${userMessage(error)}).` };
  }
}

function runXsd(file: string, shown: string): string[] {
  if (!existsSync(XSD_VALIDATOR)) {
    return [
      `${shown}: the XSD validator ${XSD_VALIDATOR} is missing; it is expected in ../shared/tools beside this repository.`,
    ];
  }
  const run = spawnSync(XSD_VALIDATOR, [file], { encoding: "utf8" });
  if (run.status === 0) return [];
  const lines = `${run.stderr}${run.error ? run.error.message : ""}`
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("INVALID:"));
  return [`${shown}: fails the Office manifest XSD:\n    ${lines.join("\n    ")}`];
}

function runOfficeAddinManifestInfo(file: string, shown: string): string[] {
  const bin = join(ROOT, "node_modules/.bin/office-addin-manifest");
  const run = spawnSync(bin, ["info", file], { encoding: "utf8" });
  if (run.status === 0 && /Type: TaskPaneApp/.test(run.stdout)) return [];
  const why = (run.stderr || run.stdout || run.error?.message || "").trim();
  return [`${shown}: office-addin-manifest info cannot read it: ${why}`];
}

function main(argv: string[]): number {
  const production = argv.includes("--production");
  const files = argv.filter((a) => !a.startsWith("--"));
  const targets: [string, boolean][] = files.length
    ? files.map((f) => [resolve(f), production])
    : [
        [join(ROOT, "manifest.xml"), false],
        [join(ROOT, "dist/manifest.xml"), true],
      ];
  let failed = 0;
  for (const [file, prod] of targets) {
    const result = validateManifestFile(file, prod);
    const name = relative(process.cwd(), file) || file;
    const mode = prod ? "production" : "development";
    if (result.problems.length === 0) {
      console.log(
        `OK: ${name} (${mode}): XSD, office-addin-manifest info, resids, URLs, icons, shared runtime`,
      );
    } else {
      failed++;
      console.error(`INVALID: ${name} (${mode}), ${result.problems.length} problem(s):`);
      for (const p of result.problems) console.error(`  - ${p}`);
    }
  }
  return failed ? 1 : 0;
}

if (require.main === module) process.exit(main(process.argv.slice(2)));
