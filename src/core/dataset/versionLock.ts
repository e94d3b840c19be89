import { z } from "zod";
import { SEMVER } from "./datasetConfig";
import { Sha256, type Dataset } from "./schema";

/**
 * seeds/dataset.lock.json: the version and content hash last released, so the build can fail
 * when the content changed but the version did not. Bump rules:
 * - major: the schema changed (schemaVersion), so readers must change;
 * - minor: figures or events were added or removed (ids differ);
 * - patch: anything else in the content (a corrected value, quote, note, table, dismissal).
 */
export const VersionLock = z
  .object({
    version: z.string().regex(SEMVER, "expected a semver version such as 1.0.0"),
    contentHash: Sha256,
    schemaVersion: z.number().int().positive(),
    /** Ids of every figure and event, sorted: tells a minor change from a patch. */
    records: z.array(z.string()),
  })
  .strict();
export type VersionLock = z.infer<typeof VersionLock>;

export const BUMP_LEVELS = ["patch", "minor", "major"] as const;
export type BumpLevel = (typeof BUMP_LEVELS)[number];

/** The lock that records this dataset as released. */
export function lockFor(dataset: Dataset): VersionLock {
  return {
    version: dataset.version,
    contentHash: dataset.contentHash,
    schemaVersion: dataset.schemaVersion,
    records: recordIds(dataset),
  };
}

/** @example bumpVersion("1.4.2", "minor") // "1.5.0" */
export function bumpVersion(version: string, level: BumpLevel): string {
  const [major, minor, patch] = version.split(".").map(Number);
  if (level === "major") return `${major + 1}.0.0`;
  if (level === "minor") return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** The smallest bump that describes the change from the lock to this dataset, null if none. */
export function requiredBump(lock: VersionLock, dataset: Dataset): BumpLevel | null {
  if (lock.schemaVersion !== dataset.schemaVersion) return "major";
  const ids = recordIds(dataset);
  if (ids.length !== lock.records.length || ids.some((id, i) => id !== lock.records[i]))
    return "minor";
  return lock.contentHash === dataset.contentHash ? null : "patch";
}

/** What changed in the records, for messages: "added a, b; removed c". */
export function describeChange(lock: VersionLock, dataset: Dataset): string {
  const now = new Set(recordIds(dataset));
  const before = new Set(lock.records);
  const added = [...now].filter((id) => !before.has(id));
  const removed = [...before].filter((id) => !now.has(id));
  const parts = [
    lock.schemaVersion !== dataset.schemaVersion
      ? `schemaVersion ${lock.schemaVersion} → ${dataset.schemaVersion}`
      : "",
    added.length ? `added ${list(added)}` : "",
    removed.length ? `removed ${list(removed)}` : "",
  ].filter(Boolean);
  return parts.length ? parts.join("; ") : "values, quotes, notes or tables changed";
}

/**
 * Problems that fail the build: no lock, a version edited by hand, or content that changed
 * while the version stayed. Empty when the dataset is exactly the released one.
 */
export function checkVersionLock(
  lock: VersionLock | null,
  dataset: Dataset,
  files = { config: "seeds/dataset.yaml", lock: "seeds/dataset.lock.json" },
): string[] {
  if (!lock)
    return [
      `${files.lock}: missing; record the first release with npm run dataset -- --bump initial`,
    ];
  if (lock.version !== dataset.version)
    return [
      `${files.config} version: is ${dataset.version} but ${files.lock} records ${lock.version}; ` +
        `change the version only with npm run dataset -- --bump patch|minor|major`,
    ];
  const level = requiredBump(lock, dataset);
  if (level === null) return [];
  return [
    `${files.lock}: the content changed (${describeChange(lock, dataset)}; content hash ` +
      `${dataset.contentHash.slice(0, 12)}…, released ${lock.contentHash.slice(0, 12)}…) but ` +
      `the version is still ${lock.version}; run npm run dataset -- --bump ${level}` +
      (level === "major" ? "" : ` (or a larger level)`),
  ];
}

/**
 * The version a bump gives, or a problem when the level is smaller than the change needs.
 * "initial" records the configured version as the first release and needs no lock.
 */
export function planBump(
  lock: VersionLock | null,
  dataset: Dataset,
  level: BumpLevel | "initial",
): { version: string } | { problem: string } {
  if (level === "initial")
    return lock
      ? {
          problem: `--bump initial: a lock exists (version ${lock.version}); bump patch, minor or major`,
        }
      : { version: dataset.version };
  if (!lock) return { problem: `--bump ${level}: no lock yet; start with --bump initial` };
  const needed = requiredBump(lock, dataset);
  if (needed && BUMP_LEVELS.indexOf(level) < BUMP_LEVELS.indexOf(needed))
    return {
      problem: `--bump ${level} is too small: ${describeChange(lock, dataset)} needs --bump ${needed}`,
    };
  return { version: bumpVersion(lock.version, level) };
}

function recordIds(d: Dataset): string[] {
  return [...d.figures.map((f) => f.id), ...d.events.map((e) => e.id)].sort();
}

const list = (ids: string[]) =>
  ids.slice(0, 8).join(", ") + (ids.length > 8 ? ` and ${ids.length - 8} more` : "");
