import "./polyfills";
import { DATASET_URL } from "../../src/functions/runtimeDataset";
import { fetchDatasetLoader, MAX_DATASET_BYTES } from "../../src/taskpane/fetchDataset";
import { SHIPPED_DATASET_URL } from "../../src/taskpane/loadDataset";
import { fixtureDataset } from "../fixtures/fixtureDataset";

const respond = (status: number, body: string, statusText = "") =>
  (async () => new Response(body, { status, statusText })) as unknown as typeof fetch;

describe("fetchDatasetLoader", () => {
  it("ships the same dataset URL the custom functions load", () => {
    expect(SHIPPED_DATASET_URL).toBe(DATASET_URL);
  });

  it("fetches past the HTTP cache and returns a validated dataset", async () => {
    const dataset = fixtureDataset();
    const calls: [string, RequestInit | undefined][] = [];
    const load = fetchDatasetLoader((async (url: string, init?: RequestInit) => {
      calls.push([url, init]);
      return new Response(JSON.stringify(dataset), { status: 200 });
    }) as unknown as typeof fetch);
    await expect(load("data/dataset.json", "refresh")).resolves.toEqual(dataset);
    expect(calls).toEqual([["data/dataset.json", { cache: "no-cache" }]]);
  });

  it("names the URL and the status when the server refuses", async () => {
    const load = fetchDatasetLoader(respond(404, "nope", "Not Found"));
    await expect(load("x.json", "open")).rejects.toMatchObject({
      code: "fetch_failed",
      message: "Could not fetch the dataset from x.json: the server answered 404 Not Found.",
    });
  });

  it("explains a network failure", async () => {
    const load = fetchDatasetLoader((async () => {
      throw new TypeError("Failed to fetch");
    }) as unknown as typeof fetch);
    await expect(load("https://example.org/d.json", "open")).rejects.toMatchObject({
      code: "fetch_failed",
      message: "Could not fetch the dataset from https://example.org/d.json: Failed to fetch.",
    });
  });

  it("refuses a file that is not JSON, or not a valid dataset", async () => {
    await expect(
      fetchDatasetLoader(respond(200, "<html>"))("d.json", "open"),
    ).rejects.toMatchObject({
      code: "invalid_dataset",
      message: "The file at d.json is not JSON, so it is not a dataset.",
    });
    const broken = fixtureDataset((d) => {
      d.figures[0].value = Number.NaN;
    });
    await expect(
      fetchDatasetLoader(respond(200, JSON.stringify({ ...broken, version: "one" })))(
        "d.json",
        "open",
      ),
    ).rejects.toMatchObject({ code: "invalid_dataset", message: expect.stringMatching(/version/) });
  });

  it("refuses a dataset over the size cap from its Content-Length, before reading it", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const load = fetchDatasetLoader(
      (async () =>
        new Response(body, {
          status: 200,
          headers: { "content-length": String(50 * 1024 * 1024) },
        })) as unknown as typeof fetch,
    );
    await expect(load("https://example.org/big.json", "open")).rejects.toMatchObject({
      code: "invalid_dataset",
      message:
        "The file at https://example.org/big.json is 50.0 MB; a dataset may be at most 10.0 MB. " +
        "Split the corpus or point the pane at a smaller dataset.",
    });
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it("stops reading a dataset without a Content-Length once it passes the cap", async () => {
    let sent = 0;
    const chunk = new TextEncoder().encode(" ".repeat(1024 * 1024));
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const load = fetchDatasetLoader(
      (async () => new Response(body, { status: 200 })) as unknown as typeof fetch,
    );
    await expect(load("d.json", "refresh")).rejects.toMatchObject({
      code: "invalid_dataset",
      message: expect.stringMatching(
        /^The file at d\.json is more than 10\.0 MB; a dataset may be at most 10\.0 MB/,
      ),
    });
    expect(sent).toBeLessThanOrEqual(MAX_DATASET_BYTES + 3 * chunk.length);
  });

  it("accepts a dataset just under the cap", async () => {
    const json = JSON.stringify(fixtureDataset());
    const padded = json + " ".repeat(MAX_DATASET_BYTES - new TextEncoder().encode(json).length);
    const load = fetchDatasetLoader(respond(200, padded));
    await expect(load("d.json", "open")).resolves.toMatchObject({ version: expect.any(String) });
  });
});
