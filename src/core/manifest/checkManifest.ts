import type { IconUse, ManifestModel, ResourceKind } from "./readManifest";

/** What the adapter found at an icon's URL. */
export type ImageProbe =
  { found: true; width: number; height: number } | { found: false; reason: string };

export interface CheckOptions {
  /** A production manifest must not point at localhost. */
  production: boolean;
  /** Looks up the image an icon URL serves (the adapter reads the PNG). */
  probeImage: (url: string) => ImageProbe;
}

export interface ManifestProblem {
  line: number;
  message: string;
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Checks the XSD cannot make: resids, https, icon files and sizes, one shared runtime.
 * Returns every problem found, in manifest order; an empty list means the manifest passes.
 */
export function checkManifest(model: ManifestModel, options: CheckOptions): ManifestProblem[] {
  const problems = [
    ...checkResids(model),
    ...checkUrls(model, options.production),
    ...checkSharedRuntime(model),
    ...checkIcons(model, options.probeImage),
  ];
  return problems.sort((a, b) => a.line - b.line);
}

function checkResids(model: ManifestModel): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const seen = new Map<string, number>();
  for (const r of model.resources) {
    const key = `${r.kind}/${r.id}`;
    if (!r.id) problems.push({ line: r.line, message: `A bt:${r.kind} entry has no id.` });
    else if (seen.has(key)) {
      problems.push({
        line: r.line,
        message: `Resource id "${r.id}" is defined twice in bt:${r.kind} (first on line ${seen.get(key)}).`,
      });
    } else seen.set(key, r.line);
  }
  for (const ref of model.references) {
    if (seen.has(`${ref.kind}/${ref.resid}`)) continue;
    const defined = model.resources.filter((r) => r.kind === ref.kind).map((r) => r.id);
    problems.push({
      line: ref.line,
      message:
        `<${ref.element} resid="${ref.resid}"> at ${ref.where} names no bt:${ref.kind} resource. ` +
        (defined.length ? `Defined: ${defined.join(", ")}.` : `Resources has no bt:${ref.kind}.`),
    });
  }
  return problems;
}

function checkUrls(model: ManifestModel, production: boolean): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  for (const { where, url, line } of model.urls) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      problems.push({ line, message: `${where} is not an absolute URL: "${url}".` });
      continue;
    }
    if (parsed.protocol !== "https:") {
      problems.push({
        line,
        message: `${where} uses ${parsed.protocol.replace(":", "")}: "${url}". Office loads add-ins only over https; use https://${parsed.host}${parsed.pathname}.`,
      });
    } else if (production && LOCAL_HOSTS.has(parsed.hostname)) {
      problems.push({
        line,
        message: `${where} points at ${parsed.host} in a production manifest: "${url}". Build with --env url=https://your.host/path/ so every URL names the deployment.`,
      });
    }
  }
  return problems;
}

function checkSharedRuntime(model: ManifestModel): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const urlOf = (resid: string | null) =>
    model.resources.find((r) => r.kind === "Urls" && r.id === resid)?.value;
  if (!model.requirementSets.some((s) => s.name === "SharedRuntime")) {
    problems.push({
      line: 1,
      message: `Requirements has no <Set Name="SharedRuntime" MinVersion="1.1"/>: the task pane, functions and commands would not share one runtime.`,
    });
  }
  if (model.runtimes.length !== 1) {
    problems.push({
      line: model.runtimes[1]?.line ?? 1,
      message: `Expected exactly one <Runtime> in <Runtimes>, found ${model.runtimes.length}.`,
    });
    return problems;
  }
  const runtime = model.runtimes[0];
  if (runtime.lifetime !== "long") {
    problems.push({
      line: runtime.line,
      message: `<Runtime resid="${runtime.resid}"> needs lifetime="long" so functions keep running while the task pane is closed (found ${runtime.lifetime ?? "no lifetime"}).`,
    });
  }
  const runtimeUrl = urlOf(runtime.resid);
  if (runtimeUrl === undefined) return problems;
  const mustShare = (what: string, url: string | undefined | null) => {
    if (url !== undefined && url !== null && url !== runtimeUrl) {
      problems.push({
        line: runtime.line,
        message: `${what} is "${url}" but the shared runtime page is "${runtimeUrl}": both must be the same page.`,
      });
    }
  };
  if (!model.functions) {
    problems.push({ line: runtime.line, message: "No CustomFunctions extension point." });
  } else {
    mustShare("The custom functions <Page>", urlOf(model.functions.page));
  }
  for (const resid of model.functionFiles) mustShare("<FunctionFile>", urlOf(resid));
  for (const resid of model.taskpanes) mustShare("The ShowTaskpane SourceLocation", urlOf(resid));
  mustShare("DefaultSettings > SourceLocation", model.defaultSourceLocation);
  return problems;
}

function checkIcons(model: ManifestModel, probe: (url: string) => ImageProbe): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const checked = new Set<string>();
  for (const icon of model.icons) {
    const url = icon.url ?? imageUrl(model, icon);
    if (url === undefined) continue; // an undefined resid is reported by checkResids
    const key = `${url}@${icon.size}`;
    if (checked.has(key)) continue;
    checked.add(key);
    const found = probe(url);
    if (!found.found) {
      problems.push({ line: icon.line, message: `${icon.where}: icon ${url}: ${found.reason}` });
    } else if (found.width !== icon.size || found.height !== icon.size) {
      problems.push({
        line: icon.line,
        message: `${icon.where}: icon ${url} is ${found.width}x${found.height} px but is declared as ${icon.size}x${icon.size}.`,
      });
    }
  }
  return problems;
}

function imageUrl(model: ManifestModel, icon: IconUse): string | undefined {
  const kind: ResourceKind = "Images";
  return model.resources.find((r) => r.kind === kind && r.id === icon.resid)?.value;
}
