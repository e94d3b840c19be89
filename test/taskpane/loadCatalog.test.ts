import { describeTable } from "../../src/core/dataset/pieces/describeTable";
import { CATALOG_FORMAT } from "../../src/core/dataset/pieces/pieceTypes";
import { fetchCatalogLoader } from "../../src/taskpane/loadCatalog";
import { fixtureDataset } from "../fixtures/fixtureDataset";

const dataset = fixtureDataset();
const catalog = {
  format: CATALOG_FORMAT,
  version: dataset.version,
  contentHash: dataset.contentHash,
  tables: dataset.tables.map((t) => describeTable(dataset, t)),
};

function server(answer: (url: string) => Response | Promise<Response>) {
  const calls: [string, RequestInit | undefined][] = [];
  const fetchFn = (async (url: string, init?: RequestInit) => {
    calls.push([url, init]);
    return answer(url);
  }) as typeof fetch;
  return { fetchFn, calls };
}
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });

describe("fetchCatalogLoader", () => {
  it("fetches catalog.json beside dataset.json, past the HTTP cache, and gives its tables", async () => {
    const { fetchFn, calls } = server(() => json(catalog));
    const listing = await fetchCatalogLoader(fetchFn)("https://example.org/v2/dataset.json");
    expect(calls).toEqual([["https://example.org/v2/catalog.json", { cache: "no-cache" }]]);
    expect(listing).toMatchObject({ version: dataset.version, contentHash: dataset.contentHash });
    expect(listing?.tables.map((t) => [t.id, t.rowCount])).toEqual(
      dataset.tables.map((t) => [t.id, t.rows.length]),
    );
  });

  it("has no catalog for a URL that does not end in dataset.json, and fetches nothing", async () => {
    const { fetchFn, calls } = server(() => json(catalog));
    const load = fetchCatalogLoader(fetchFn);
    expect(await load("https://example.org/policy.json")).toBeNull();
    expect(await load("https://example.org/mydataset.json")).toBeNull();
    expect(calls).toEqual([]);
  });

  it.each([
    ["a 404", () => new Response("nope", { status: 404 })],
    ["a file that is not JSON", () => new Response("<html>")],
    ["a file of another format", () => json({ ...catalog, format: "policy-tables-catalog/0" })],
    ["a catalog without the tables' facets", () => json({ ...catalog, tables: [{ id: "x" }] })],
    ["a failed connection", () => Promise.reject(new TypeError("Failed to fetch"))],
  ])("passes over %s, so the pane opens from the whole dataset", async (_, answer) => {
    const { fetchFn } = server(answer);
    expect(await fetchCatalogLoader(fetchFn)("data/dataset.json")).toBeNull();
  });

  it("passes over a catalog that does not answer in time", async () => {
    const { fetchFn } = server(() => new Promise<Response>(() => {}));
    expect(await fetchCatalogLoader(fetchFn, 20)("data/dataset.json")).toBeNull();
  });
});
