import { parseXml, type XmlElement } from "./parseXml";

export const RESOURCE_KINDS = ["Images", "Urls", "ShortStrings", "LongStrings"] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** Which resource list a `resid` on each element must name (as in the Office schema). */
const RESID_KIND: Record<string, ResourceKind> = {
  Runtime: "Urls",
  Override: "Urls",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
  Image: "Images",
};

/** Wrappers left out of breadcrumbs: every control sits inside them. */
const CONTAINERS = new Set([
  "VersionOverrides",
  "Hosts",
  "Host",
  "AllFormFactors",
  "DesktopFormFactor",
]);

export interface Resource {
  kind: ResourceKind;
  id: string;
  value: string;
  line: number;
}

export interface ResidReference {
  element: string;
  resid: string;
  kind: ResourceKind;
  /** Breadcrumb such as "ExtensionPoint PrimaryCommandSurface > OfficeTab TabHome > Label". */
  where: string;
  line: number;
}

/** A URL written directly in the manifest or in a Url/Image resource. */
export interface ManifestUrl {
  where: string;
  url: string;
  line: number;
}

/** An image the manifest shows at a declared size. */
export interface IconUse {
  where: string;
  resid: string | null;
  url: string | null;
  size: number;
  line: number;
}

export interface ManifestModel {
  id: string | null;
  version: string | null;
  resources: Resource[];
  references: ResidReference[];
  urls: ManifestUrl[];
  icons: IconUse[];
  requirementSets: { name: string; minVersion: string | null }[];
  runtimes: { resid: string; lifetime: string | null; line: number }[];
  /** resids of the custom-functions Script, Page and Metadata SourceLocations. */
  functions: { script: string | null; page: string | null; metadata: string | null } | null;
  functionFiles: string[];
  /** SourceLocation resids of ShowTaskpane actions. */
  taskpanes: string[];
  defaultSourceLocation: string | null;
}

/** Reads what the project's checks need from manifest XML (throws on malformed XML). */
export function readManifest(xml: string): ManifestModel {
  const root = parseXml(xml);
  const model: ManifestModel = {
    id: child(root, "Id")?.text ?? null,
    version: child(root, "Version")?.text ?? null,
    resources: [],
    references: [],
    urls: [],
    icons: [],
    requirementSets: [],
    runtimes: [],
    functions: null,
    functionFiles: [],
    taskpanes: [],
    defaultSourceLocation: null,
  };

  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    const element = child(root, name);
    const url = element?.attributes.DefaultValue;
    if (element && url !== undefined) {
      model.urls.push({ where: name, url, line: element.line });
      if (name !== "SupportUrl") {
        const size = name === "IconUrl" ? 32 : 64;
        model.icons.push({ where: name, resid: null, url, size, line: element.line });
      }
    }
  }
  for (const domain of child(root, "AppDomains")?.children ?? []) {
    model.urls.push({ where: "AppDomain", url: domain.text, line: domain.line });
  }
  const source = child(child(root, "DefaultSettings"), "SourceLocation");
  if (source?.attributes.DefaultValue !== undefined) {
    model.defaultSourceLocation = source.attributes.DefaultValue;
    model.urls.push({
      where: "DefaultSettings > SourceLocation",
      url: source.attributes.DefaultValue,
      line: source.line,
    });
  }
  for (const set of descendants(child(root, "Requirements"), "Set")) {
    model.requirementSets.push({
      name: set.attributes.Name ?? "",
      minVersion: set.attributes.MinVersion ?? null,
    });
  }

  const overrides = child(root, "VersionOverrides");
  if (overrides) walkOverrides(overrides, [], model);
  return model;
}

function walkOverrides(element: XmlElement, trail: string[], model: ManifestModel): void {
  const name =
    element.attributes.id ?? (element.local === "ExtensionPoint" ? typeOf(element) : null);
  const here = CONTAINERS.has(element.local)
    ? trail
    : [...trail, name ? `${element.local} ${name}` : element.local];
  const where = here.join(" > ");

  if (element.local === "Resources") {
    for (const list of element.children) {
      const kind = RESOURCE_KINDS.find((k) => k === list.local);
      if (!kind) continue;
      for (const item of list.children) {
        const value = item.attributes.DefaultValue ?? "";
        const id = item.attributes.id ?? "";
        model.resources.push({ kind, id, value, line: item.line });
        if (kind === "Urls" || kind === "Images") {
          model.urls.push({ where: `Resources > ${kind} ${id}`, url: value, line: item.line });
        }
      }
    }
    return;
  }

  const resid = element.attributes.resid;
  if (resid !== undefined) {
    const kind = RESID_KIND[element.local];
    if (kind)
      model.references.push({ element: element.name, resid, kind, where, line: element.line });
    if (element.local === "Image" && element.attributes.size !== undefined) {
      const size = Number(element.attributes.size);
      model.icons.push({ where, resid, url: null, size, line: element.line });
    }
    if (element.local === "Runtime") {
      model.runtimes.push({
        resid,
        lifetime: element.attributes.lifetime ?? null,
        line: element.line,
      });
    }
    if (element.local === "FunctionFile") model.functionFiles.push(resid);
  }

  if (element.local === "ExtensionPoint" && typeOf(element) === "CustomFunctions") {
    const residOf = (name: string) =>
      child(child(element, name), "SourceLocation")?.attributes.resid ?? null;
    model.functions = {
      script: residOf("Script"),
      page: residOf("Page"),
      metadata: residOf("Metadata"),
    };
  }
  if (element.local === "Action" && typeOf(element) === "ShowTaskpane") {
    const resid = child(element, "SourceLocation")?.attributes.resid;
    if (resid) model.taskpanes.push(resid);
  }

  for (const c of element.children) walkOverrides(c, here, model);
}

function child(element: XmlElement | undefined, local: string): XmlElement | undefined {
  return element?.children.find((c) => c.local === local);
}

function descendants(element: XmlElement | undefined, local: string): XmlElement[] {
  if (!element) return [];
  return element.children.flatMap((c) => [
    ...(c.local === local ? [c] : []),
    ...descendants(c, local),
  ]);
}

function typeOf(element: XmlElement): string | undefined {
  const key = Object.keys(element.attributes).find((k) => k === "type" || k.endsWith(":type"));
  return key ? element.attributes[key] : undefined;
}
