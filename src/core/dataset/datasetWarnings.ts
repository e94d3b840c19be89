import type { TableVersion } from "./datasetTrust";

/**
 * What makes a dataset suspect for the workbook's tables, one sentence per problem, before
 * anything is written: a content hash that changed while the version label did not (the
 * figures changed silently), or a version older than the one a table was written with.
 */
export function datasetWarnings(
  dataset: { version: string; contentHash: string },
  tables: TableVersion[],
): string[] {
  const relabelled = tables.filter(
    (t) => t.version === dataset.version && t.contentHash !== dataset.contentHash,
  );
  const older = tables.filter((t) => compareVersions(dataset.version, t.version) < 0);
  const names = (list: TableVersion[]) => list.map((t) => t.tableName).join(", ");
  const warnings: string[] = [];
  if (relabelled.length)
    warnings.push(
      `Dataset ${dataset.version} has different content (hash ${dataset.contentHash.slice(0, 12)}…) ` +
        `from the ${dataset.version} that ${names(relabelled)} ${relabelled.length === 1 ? "was" : "were"} ` +
        `written with (hash ${relabelled[0].contentHash.slice(0, 12)}…): its figures changed without a new version.`,
    );
  if (older.length) {
    const newest = older.map((t) => t.version).sort(compareVersions)[older.length - 1];
    warnings.push(
      `Dataset ${dataset.version} is older than ${newest}, the version ${names(older)} ` +
        `${older.length === 1 ? "was" : "were"} written with: refreshing would take figures back.`,
    );
  }
  return warnings;
}

/** Orders "major.minor.patch" versions numerically; an unparsable part counts as 0. */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.split(".").map((p) => Number.parseInt(p, 10) || 0);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
