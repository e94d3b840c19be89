import "../taskpane/polyfills";
import { planPieces } from "../../src/core/dataset/pieces/planPieces";
import * as runtime from "../../src/functions/runtimeDataset";
import { runtimePieces } from "../../src/functions/runtimePieces";
import { resetVerifiedDatasets } from "../../src/functions/verifyDataset";
import { fetchCatalogLoader } from "../../src/taskpane/loadCatalog";
import { fixtureDataset } from "../fixtures/fixtureDataset";
import { memoryPieceFetch } from "./memoryPieceFetch";

/** Issue 15: opening the pane fetches the catalog once, shared by its list and the runtime. */
const dataset = fixtureDataset();
const catalogJson = JSON.stringify(planPieces(dataset).catalog);

function opened() {
  runtime.resetRuntimeDataset();
  resetVerifiedDatasets();
  const pieces = memoryPieceFetch(dataset);
  runtime.configureRuntimeDataset({ pieceFetch: pieces, recalculate: async () => {} });
  const pane: string[] = [];
  const load = fetchCatalogLoader((async (url: string) => {
    pane.push(url);
    return new Response(catalogJson);
  }) as unknown as typeof fetch);
  return { load, pane, pieces };
}

afterEach(() => {
  runtime.resetRuntimeDataset();
  resetVerifiedDatasets();
});

describe("the catalog fetched to open the pane", () => {
  it("is the one the runtime's pieces start from, not fetched again", async () => {
    const { load, pane, pieces } = opened();
    expect((await load("data/dataset.json"))?.version).toBe(dataset.version);
    const read = (await runtimePieces())!;
    expect(read.catalog.contentHash).toBe(dataset.contentHash);
    await read.tables(["seizures"]);
    expect(pane).toEqual(["data/catalog.json"]);
    expect(pieces.calls.filter((u) => u.endsWith("catalog.json"))).toEqual([]);
    expect(pieces.calls.length).toBeGreaterThan(0);
  });

  it("is fetched anew by a refresh", async () => {
    const { load, pieces } = opened();
    await load("data/dataset.json");
    await runtimePieces();
    await runtimePieces(undefined, true);
    expect(pieces.calls).toEqual(["data/catalog.json"]);
  });
});
