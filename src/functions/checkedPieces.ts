import type { Dataset } from "../core/dataset/schema";
import { CUT_FROM_CHECKED_PIECES } from "./verifyDataset";

/** Set by webpack's DefinePlugin: the sha256 of the catalog.json built with the add-in, or null. */
declare const SHIPPED_CATALOG_SHA256: string | null | undefined;

const KEY = Symbol.for("policy-tables.trusted-catalogs");

function trustedCatalogs(): Set<string> {
  const holder = globalThis as unknown as Record<symbol, Set<string> | undefined>;
  const shipped = typeof SHIPPED_CATALOG_SHA256 === "string" ? [SHIPPED_CATALOG_SHA256] : [];
  holder[KEY] ??= new Set(shipped);
  return holder[KEY];
}

/**
 * True when the catalog with these bytes is the one built with the add-in: it lists the sha256
 * of every piece, so pieces matching it are that build's, which `npm run dataset` validated.
 * A catalog's version and contentHash are only its claims.
 */
export function isTrustedCatalog(catalogSha256: string): boolean {
  return trustedCatalogs().has(catalogSha256);
}

/** Trusts the catalog with this sha256 as the shipped build's (tests; webpack does it). */
export function trustCatalog(catalogSha256: string): void {
  trustedCatalogs().add(catalogSha256);
}

/** Forgets the catalogs trusted by trustCatalog (tests). */
export function resetTrustedCatalogs(): void {
  (globalThis as unknown as Record<symbol, unknown>)[KEY] = undefined;
}

/** Marks `dataset` as cut from checked pieces, so ensureValidated lets a write from it through. */
export function markFromCheckedPieces(dataset: Dataset): Dataset {
  Object.defineProperty(dataset, CUT_FROM_CHECKED_PIECES, { value: true });
  return dataset;
}
