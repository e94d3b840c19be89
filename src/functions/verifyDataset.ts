import { hashedContent } from "../core/dataset/canonicalJson";
import type { Dataset } from "../core/dataset/schema";

/**
 * How a fetched dataset is trusted without validating it on the way to the first paint.
 *
 * Full validation (parseDataset: zod plus the cross-checks) is most of the JavaScript a pane
 * would otherwise download before the Catalog, and most of its start-up work. A dataset whose
 * version and contentHash are those of a dataset already known to pass it, and whose content
 * hashes (crypto.subtle, native) to that contentHash, is that dataset: it is accepted at once.
 * Known to pass are the dataset the add-in was built with (`npm run dataset` validates it;
 * webpack records its identity) and every dataset validated in this runtime. Anything else
 * is validated in full before anyone sees it, and every write waits for one full validation of
 * its dataset in this runtime (ensureValidated), loaded then.
 */

export interface DatasetIdentity {
  version: string;
  contentHash: string;
}

/** Set by webpack's DefinePlugin to the identity of the dataset the add-in was built with. */
declare const SHIPPED_DATASET: DatasetIdentity | undefined;

interface VerifyState {
  /** Identities of datasets known to pass parseDataset. */
  trusted: Set<string>;
  /** Identities of datasets parseDataset accepted in this runtime. */
  validated: Set<string>;
  /** parseDataset runs in this runtime (tests and the benchmark read it). */
  validations: number;
  /**
   * Dataset objects this runtime verified: a refresh verifies what it fetched, then installs
   * that same object in the runtime, which must not hash 30 MB a second time.
   */
  verified: WeakSet<object>;
}

const KEY = Symbol.for("policy-tables.verify-dataset");
const key = (d: DatasetIdentity) => `${d.version}\n${d.contentHash}`;

function state(): VerifyState {
  const holder = globalThis as unknown as Record<symbol, VerifyState | undefined>;
  holder[KEY] ??= freshState();
  return holder[KEY];
}

function freshState(): VerifyState {
  const shipped = typeof SHIPPED_DATASET === "undefined" ? undefined : SHIPPED_DATASET;
  return {
    trusted: new Set(shipped ? [key(shipped)] : []),
    validated: new Set(),
    validations: 0,
    verified: new WeakSet(),
  };
}

/**
 * The dataset in `json`: at once when it is a dataset known to be valid (its content hashes
 * to its contentHash), otherwise after full validation, which throws what is wrong with it.
 */
export async function verifyDataset(json: unknown): Promise<Dataset> {
  const s = state();
  if (typeof json === "object" && json !== null && s.verified.has(json)) return json as Dataset;
  const claimed = claimedIdentity(json);
  if (claimed && s.trusted.has(key(claimed))) {
    const actual = await nativeContentHash(json as Record<string, unknown>);
    if (actual === claimed.contentHash) {
      s.verified.add(json as object);
      return json as Dataset;
    }
  }
  return validateDataset(json);
}

/** parseDataset, loaded on first use; a dataset it accepts is trusted from then on. */
export async function validateDataset(json: unknown): Promise<Dataset> {
  const { parseDataset } = await import(
    /* webpackChunkName: "validate" */ "../core/dataset/parseDataset"
  );
  const s = state();
  s.validations += 1;
  const dataset = parseDataset(json);
  s.trusted.add(key(dataset));
  s.validated.add(key(dataset));
  s.verified.add(dataset);
  return dataset;
}

/** Validates `dataset` in full unless this runtime already did: call it before a write. */
export async function ensureValidated(dataset: Dataset): Promise<void> {
  if (!(CUT_FROM_CHECKED_PIECES in dataset) && !state().validated.has(key(dataset)))
    await validateDataset(dataset);
}

/**
 * Marks a dataset cut from pieces that were each checked as they arrived (checkedPieces.ts):
 * what was fetched is what was checked, so a write from it needs no other validation. A copy
 * does not carry the mark.
 */
export const CUT_FROM_CHECKED_PIECES = Symbol.for("pt.checked-pieces");

/** Trusts `identity` as if it had passed validation (tests; webpack does it for the build). */
export function trustDataset(identity: DatasetIdentity): void {
  state().trusted.add(key(identity));
}

/** How many full validations this runtime ran. */
export function validationCount(): number {
  return state().validations;
}

/** Forgets what was trusted and validated (tests). */
export function resetVerifiedDatasets(): void {
  const holder = globalThis as unknown as Record<symbol, VerifyState | undefined>;
  holder[KEY] = freshState();
}

function claimedIdentity(json: unknown): DatasetIdentity | null {
  if (json === null || typeof json !== "object" || Array.isArray(json)) return null;
  const { version, contentHash } = json as Record<string, unknown>;
  return typeof version === "string" && typeof contentHash === "string"
    ? { version, contentHash }
    : null;
}

/**
 * The contentHash of `dataset`, computed with the platform's sha256; null where there is none
 * (crypto.subtle exists only in secure contexts: https, localhost), so the caller validates.
 */
export async function nativeContentHash(dataset: Record<string, unknown>): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = await subtle.digest("SHA-256", new TextEncoder().encode(hashedContent(dataset)));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}
