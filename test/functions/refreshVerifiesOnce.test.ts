import "../taskpane/polyfills";
import type { Dataset } from "../../src/core/dataset/schema";
import * as runtime from "../../src/functions/runtimeDataset";
import {
  resetVerifiedDatasets,
  trustDataset,
  validationCount,
} from "../../src/functions/verifyDataset";
import { fetchDatasetLoader } from "../../src/taskpane/fetchDataset";
import { sharedDatasetLoader } from "../../src/taskpane/loadDataset";
import { fixtureDataset } from "../fixtures/fixtureDataset";

/** Issue 15: a refresh checks what it fetched once, then installs it without checking again. */
describe("a refresh through the shared runtime", () => {
  afterEach(() => {
    jest.restoreAllMocks();
    runtime.resetRuntimeDataset();
    resetVerifiedDatasets();
  });

  function refreshOf(served: Dataset, trusted: boolean) {
    runtime.resetRuntimeDataset();
    resetVerifiedDatasets();
    if (trusted) trustDataset(served);
    runtime.configureRuntimeDataset({ recalculate: async () => {} });
    const fetchFn = (async () => new Response(JSON.stringify(served))) as unknown as typeof fetch;
    const load = sharedDatasetLoader(fetchDatasetLoader(fetchFn), async () => runtime);
    return load("data/dataset.json", "refresh");
  }

  it("hashes a trusted dataset once, and validates it in full once before writes", async () => {
    const dataset = fixtureDataset();
    const digest = jest.spyOn(globalThis.crypto.subtle, "digest");
    const installed = await refreshOf(dataset, true);
    expect(installed.contentHash).toBe(dataset.contentHash);
    expect(digest).toHaveBeenCalledTimes(1);
    expect(validationCount()).toBe(1);
  });

  it("validates an unknown dataset in full once, and hashes it no more", async () => {
    const dataset = fixtureDataset((d) => (d.version = "2.0.0"));
    const digest = jest.spyOn(globalThis.crypto.subtle, "digest");
    await refreshOf(dataset, false);
    expect(validationCount()).toBe(1);
    expect(digest).not.toHaveBeenCalled();
  });
});
