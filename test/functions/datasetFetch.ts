import type { DatasetFetch } from "../../src/functions/runtimeDataset";

/** A fetch that serves one JSON body and counts calls, like the browser's for data/dataset.json. */
export function countingFetch(body: unknown, status = 200): DatasetFetch & { calls: string[] } {
  const calls: string[] = [];
  const fetchDataset = async (url: string) => {
    calls.push(url);
    await new Promise((resolve) => setTimeout(resolve, 5));
    return {
      ok: status >= 200 && status < 300,
      status,
      statusText: status === 404 ? "Not Found" : "",
      json: async () => (typeof body === "string" ? JSON.parse(body) : structuredClone(body)),
    };
  };
  return Object.assign(fetchDataset, { calls });
}
