import "./polyfills";
import { DATASET_URL } from "../../src/functions/runtimeDataset";
import { fetchDatasetLoader, SHIPPED_DATASET_URL } from "../../src/taskpane/loadDataset";
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
    expect(calls).toEqual([["data/dataset.json", { cache: "no-store" }]]);
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
});
