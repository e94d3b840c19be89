import "./polyfills";
import { DATASET_URL } from "../../src/functions/runtimeDataset";
import type { Dataset } from "../../src/core/dataset/schema";
import {
  DatasetDeclined,
  lazyFetchDatasetLoader,
  sharedDatasetLoader,
  type DatasetLoader,
  type RuntimeDatasetApi,
  SHIPPED_DATASET_URL,
} from "../../src/taskpane/loadDataset";
import { fixtureDataset } from "../fixtures/fixtureDataset";

describe("lazyFetchDatasetLoader", () => {
  it("ships the same dataset URL the custom functions load", () => {
    expect(SHIPPED_DATASET_URL).toBe(DATASET_URL);
  });

  it("loads fetchDatasetLoader on its first call and answers as it does", async () => {
    const dataset = fixtureDataset();
    const load = lazyFetchDatasetLoader(
      (async () => new Response(JSON.stringify(dataset))) as unknown as typeof fetch,
    );
    expect((await load("d.json", "refresh")).contentHash).toBe(dataset.contentHash);
    await expect(
      lazyFetchDatasetLoader((async () => new Response("<html>")) as unknown as typeof fetch)(
        "d.json",
        "open",
      ),
    ).rejects.toThrow(/not JSON/);
  });
});

describe("sharedDatasetLoader", () => {
  function runtime() {
    const installed: Dataset[] = [];
    const urls: string[] = [];
    const shipped = fixtureDataset();
    const api: RuntimeDatasetApi = {
      runtimeDataset: async () => shipped,
      installDataset: async (d) => {
        installed.push(d as Dataset);
        return d as Dataset;
      },
      configureRuntimeDataset: ({ url }) => void (url && urls.push(url)),
    };
    return { api, installed, urls, shipped };
  }
  const newer = fixtureDataset((d) => (d.version = "1.1.0"));
  const fetchNewer: DatasetLoader = async () => newer;

  it("opens on the runtime's dataset without fetching", async () => {
    const r = runtime();
    const load = sharedDatasetLoader(
      async () => fail("fetched"),
      async () => r.api,
    );
    await expect(load("data/dataset.json", "open")).resolves.toBe(r.shipped);
    expect(r.installed).toEqual([]);
  });

  it("installs nothing when the approval says no", async () => {
    const r = runtime();
    const load = sharedDatasetLoader(fetchNewer, async () => r.api);
    const seen: Dataset[] = [];
    await expect(
      load("data/dataset.json", "refresh", async (d) => (seen.push(d), false)),
    ).rejects.toBeInstanceOf(DatasetDeclined);
    expect(seen).toEqual([newer]);
    expect(r.installed).toEqual([]);
    expect(r.urls).toEqual([]);
  });

  it("installs the fetched dataset once approved, and remembers its URL", async () => {
    const r = runtime();
    const load = sharedDatasetLoader(fetchNewer, async () => r.api);
    await expect(
      load("https://data.example.org/d.json", "refresh", async () => true),
    ).resolves.toBe(newer);
    expect(r.installed).toEqual([newer]);
    expect(r.urls).toEqual(["https://data.example.org/d.json"]);
  });
});
