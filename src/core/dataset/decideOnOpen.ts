import type { TableVersion } from "./datasetTrust";
import { datasetWarnings } from "./datasetWarnings";

/** The workbook's "when this workbook opens" settings. */
export interface OpenSettings {
  /** Check for a newer dataset when the workbook opens. */
  check: boolean;
  /** ... and refresh automatically (only with `check`). */
  refresh: boolean;
}

export type OpenDecision =
  | { action: "none" }
  /** Show what would change; refresh stays the person's to press. */
  | { action: "notify"; outdated: TableVersion[]; warnings: string[] }
  | { action: "refresh"; outdated: TableVersion[] };

/**
 * What to do when a workbook opens with the dataset now at its URL: nothing when the check is
 * off or every table was written with this very dataset (version and content hash); otherwise
 * notify, or refresh when the person opted in. A suspect dataset (same version, other content;
 * or older than a table's) is never refreshed unasked: it is only notified, with why.
 * @example decideOnOpen({ check: true, refresh: true }, { version: "1.1.0", contentHash: "b" }, [{ tableName: "PT_A", version: "1.0.0", contentHash: "a" }]).action // "refresh"
 */
export function decideOnOpen(
  settings: OpenSettings,
  dataset: { version: string; contentHash: string },
  tables: TableVersion[],
): OpenDecision {
  if (!settings.check) return { action: "none" };
  const outdated = tables.filter(
    (t) => t.version !== dataset.version || t.contentHash !== dataset.contentHash,
  );
  if (outdated.length === 0) return { action: "none" };
  const warnings = datasetWarnings(dataset, tables);
  if (warnings.length || !settings.refresh) return { action: "notify", outdated, warnings };
  return { action: "refresh", outdated };
}
