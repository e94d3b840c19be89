import "./polyfills";
import type { Dataset } from "../../src/core/dataset/schema";
import * as runtime from "../../src/functions/runtimeDataset";
import { runtimePieces } from "../../src/functions/runtimePieces";
import { resetVerifiedDatasets } from "../../src/functions/verifyDataset";
import { DatasetDeclined } from "../../src/taskpane/loadDataset";
import { refreshFromPieces } from "../../src/taskpane/piecesRefresh";
import { countingFetch } from "../functions/datasetFetch";
import { memoryPieceFetch } from "../functions/memoryPieceFetch";
import { fixtureDataset } from "../fixtures/fixtureDataset";

/** Issue 15: the pane's Refresh reads the catalog anew and puts it in use only once approved. */
const before = fixtureDataset();
const after = fixtureDataset((d) => {
  d.version = "1.1.0";
  d.figures[0].value += 1;
});

function serve(first: Dataset) {
  runtime.resetRuntimeDataset();
  resetVerifiedDatasets();
  let serving = memoryPieceFetch(first);
  const urls: string[] = [];
  let recalculations = 0;
  runtime.configureRuntimeDataset({
    pieceFetch: (url, fresh) => {
      urls.push(url);
      return serving(url, fresh);
    },
    recalculate: async () => {
      recalculations += 1;
    },
  });
  return {
    urls,
    recalculations: () => recalculations,
    publish: (next: Dataset) => (serving = memoryPieceFetch(next)),
  };
}

afterEach(() => {
  runtime.resetRuntimeDataset();
  resetVerifiedDatasets();
});

describe("refreshFromPieces", () => {
  it("asks with the new catalog's version and hash, and keeps the old one in use when declined", async () => {
    const server = serve(before);
    expect((await runtimePieces())!.catalog.version).toBe(before.version);
    server.publish(after);
    const asked: Dataset[] = [];
    const declined = refreshFromPieces("data/dataset.json", async (d) => {
      asked.push(d);
      return false;
    });
    await expect(declined).rejects.toBeInstanceOf(DatasetDeclined);
    expect(asked.map((d) => [d.version, d.contentHash, d.tables.length])).toEqual([
      [after.version, after.contentHash, 0],
    ]);
    expect((await runtimePieces())!.catalog.version).toBe(before.version);
    expect(server.recalculations()).toBe(0);
  });

  it("puts the approved catalog in use for the functions and recalculates once", async () => {
    const server = serve(before);
    await runtimePieces();
    server.publish(after);
    const fresh = await refreshFromPieces("data/dataset.json", async () => true);
    expect(fresh?.listing.version).toBe(after.version);
    expect(fresh?.dataset.contentHash).toBe(after.contentHash);
    expect((await runtimePieces())!.catalog.contentHash).toBe(after.contentHash);
    expect(server.recalculations()).toBe(1);
    // The catalog, fetched anew; no table piece and never the whole dataset.
    expect(server.urls.filter((u) => u !== "data/catalog.json")).toEqual([]);
  });

  it("drops a whole dataset of the old content, so the functions never answer from it", async () => {
    serve(before).publish(after);
    const whole = countingFetch(before);
    runtime.configureRuntimeDataset({ fetch: whole });
    // A runtime given `fetch` reads pieces only through its own pieceFetch (kept above).
    await runtime.runtimeIndex();
    expect(runtime.state().index?.dataset.contentHash).toBe(before.contentHash);
    await refreshFromPieces("data/dataset.json");
    expect(runtime.state().index).toBeUndefined();
    expect((await runtime.runtimeDataset()).contentHash).toBe(before.contentHash);
    expect(whole.calls).toEqual(["data/dataset.json", "data/dataset.json"]);
  });

  it("keeps a whole dataset of the same content", async () => {
    serve(before);
    const whole = countingFetch(before);
    runtime.configureRuntimeDataset({ fetch: whole });
    await runtime.runtimeIndex();
    await refreshFromPieces("data/dataset.json");
    expect(runtime.state().index?.dataset.contentHash).toBe(before.contentHash);
    expect(whole.calls).toEqual(["data/dataset.json"]);
  });

  it("is null where no catalog is published beside the dataset", async () => {
    serve(before);
    expect(await refreshFromPieces("data/other.json")).toBeNull();
    runtime.configureRuntimeDataset({
      pieceFetch: async () => ({
        ok: false,
        status: 404,
        statusText: "Not Found",
        arrayBuffer: async () => new ArrayBuffer(0),
      }),
    });
    expect(await refreshFromPieces("data/dataset.json")).toBeNull();
  });
});
