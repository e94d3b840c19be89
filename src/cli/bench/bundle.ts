import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface BundleFile {
  file: string;
  rawBytes: number;
  gzipBytes: number;
}

export interface BundleBenchResult {
  dist: string;
  /**
   * The scripts taskpane.html names besides office.js (the functions bundle among them: task
   * pane and functions share one runtime). Chunks those load on demand are not included; what
   * the browser actually fetches before the Catalog shows is measured by ./startup.ts.
   */
  taskpane: BundleFile[];
  /** JavaScript of the custom functions entry. */
  functions: BundleFile[];
  /** Entries not found: `npm run build` has not run. */
  missing: string[];
}

/**
 * Sizes of the production JavaScript in `dist` (built by `npm run build`): the scripts the task
 * pane page references, and the functions bundle; raw and gzip (level 9, as a server would).
 */
export function benchBundle(dist = "dist"): BundleBenchResult {
  const missing: string[] = [];
  const html = join(dist, "taskpane.html");
  const taskpaneScripts = existsSync(html)
    ? [
        ...readFileSync(html, "utf8").matchAll(
          /<script[^>]*\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g,
        ),
      ]
        .map((m) => (m[1] ?? m[2] ?? m[3]).split("?")[0])
        .filter((src) => !/^https?:|office-js\//.test(src))
    : [];
  if (!existsSync(html)) missing.push(html);
  const size = (file: string): BundleFile | null => {
    const path = join(dist, file);
    if (!existsSync(path)) {
      missing.push(path);
      return null;
    }
    const bytes = readFileSync(path);
    return { file, rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  };
  const taskpane = taskpaneScripts.map(size).filter((f): f is BundleFile => f !== null);
  const functions = [size("functions.js")].filter((f): f is BundleFile => f !== null);
  return { dist, taskpane, functions, missing };
}
