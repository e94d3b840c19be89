import { PolicyError } from "../core/errors";
import { verifyDataset } from "../functions/verifyDataset";
import type { DatasetLoader } from "./loadDataset";

/**
 * The browser's loader: fetch (never from the HTTP cache, so a refresh sees a new file), then
 * verifyDataset (by content hash for the dataset the add-in was built with, else parseDataset).
 * Failures become PolicyErrors whose message names the URL and the problem.
 */
export function fetchDatasetLoader(
  fetchFn: typeof fetch,
  /** A server that never answers must not leave the task pane loading forever. */
  timeoutMs = DATASET_TIMEOUT_MS,
): DatasetLoader {
  const load = fetchAndParse(fetchFn);
  return (url, reason) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new PolicyError(
              "fetch_failed",
              `Could not fetch the dataset from ${url}: no complete answer within ${Math.round(timeoutMs / 1000)} s.`,
            ),
          ),
        timeoutMs,
      );
    });
    return Promise.race([load(url, reason), timeout]).finally(() => clearTimeout(timer));
  };
}

export const DATASET_TIMEOUT_MS = 30_000;

/**
 * The largest dataset the pane accepts. Validation runs on the pane's thread (50 MB took 12 s,
 * the pane frozen meanwhile); the shipped dataset is well under 1 MB.
 */
export const MAX_DATASET_BYTES = 10 * 1024 * 1024;

/**
 * The body as text, refused as soon as it is known to pass `maxBytes`: from Content-Length
 * before reading anything, else while streaming, so an oversized file is never held whole.
 */
async function readCapped(response: Response, url: string, maxBytes: number): Promise<string> {
  const tooLarge = (size: string) =>
    new PolicyError(
      "invalid_dataset",
      `The file at ${url} is ${size}; a dataset may be at most ${megabytes(maxBytes)}. ` +
        "Split the corpus or point the pane at a smaller dataset.",
    );
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(megabytes(declared));
  if (!response.body) {
    const text = await response.text();
    const bytes = new TextEncoder().encode(text).length;
    if (bytes > maxBytes) throw tooLarge(megabytes(bytes));
    return text;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      throw tooLarge(`more than ${megabytes(maxBytes)}`);
    }
    text += decoder.decode(value, { stream: true });
  }
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function fetchAndParse(fetchFn: typeof fetch): DatasetLoader {
  return async (url) => {
    let response: Response;
    try {
      response = await fetchFn(url, { cache: "no-cache" });
    } catch (e) {
      throw new PolicyError(
        "fetch_failed",
        `Could not fetch the dataset from ${url}: ${e instanceof Error ? e.message : String(e)}.`,
      );
    }
    if (!response.ok) {
      const status = [response.status, response.statusText].filter(Boolean).join(" ");
      throw new PolicyError(
        "fetch_failed",
        `Could not fetch the dataset from ${url}: the server answered ${status}.`,
      );
    }
    const text = await readCapped(response, url, MAX_DATASET_BYTES);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new PolicyError(
        "invalid_dataset",
        `The file at ${url} is not JSON, so it is not a dataset.`,
      );
    }
    return verifyDataset(json);
  };
}
