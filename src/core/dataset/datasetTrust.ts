import { PolicyError } from "../errors";

/** The dataset version and content hash a Policy Tables table in the workbook was written with. */
export interface TableVersion {
  tableName: string;
  version: string;
  contentHash: string;
}

/**
 * The dataset URL to use, or a PolicyError saying what is accepted: the shipped relative path,
 * or an absolute `https:` address. Anything else (http:, file:, data:, a relative path to
 * another file of the add-in's origin) could swap the figures without a trusted origin.
 * @example checkDatasetUrl(" https://data.example/d.json ", "data/dataset.json") // "https://data.example/d.json"
 */
export function checkDatasetUrl(input: string, shippedUrl: string): string {
  const url = input.trim();
  if (url === shippedUrl) return url;
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (parsed?.protocol === "https:" && parsed.hostname) return parsed.href;
  throw new PolicyError(
    "bad_argument",
    `The dataset URL "${url}" is not accepted: expected an https: address such as ` +
      `https://data.example.org/dataset.json, or the shipped dataset ${shippedUrl}.`,
  );
}

/** The host a dataset URL names, or null for the shipped dataset (or a URL that is not absolute). */
export function datasetHost(url: string, shippedUrl: string): string | null {
  if (url === shippedUrl) return null;
  try {
    return new URL(url).host || null;
  } catch {
    return null;
  }
}
