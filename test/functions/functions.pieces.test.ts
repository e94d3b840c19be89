import { excelValue } from "../../src/core/layout/excelValue";
import { citation } from "../../src/core/lookup/citation";
import { excelDateSerial } from "../../src/core/lookup/excelDate";
import * as F from "../../src/functions/functions";
import {
  configureRuntimeDataset,
  datasetFetchCount,
  resetRuntimeDataset,
  runtimeDataset,
} from "../../src/functions/runtimeDataset";
import { pieceUrls } from "../../src/functions/pieceSlice";
import { shippedDataset } from "../excel/shippedDataset";
import { asError, installCustomFunctions } from "./customFunctionsGlobal";
import { countingFetch } from "./datasetFetch";
import { folderPieceFetch } from "./pieceFetch";

/** POLICY functions of one id over the pieced dataset `npm run dataset` writes beside dataset.json. */
const dataset = shippedDataset();
const runtime = installCustomFunctions();
afterAll(() => runtime.uninstall());

function pieced(edit?: Parameters<typeof folderPieceFetch>[1]) {
  resetRuntimeDataset();
  const whole = countingFetch(dataset);
  const pieces = folderPieceFetch(undefined, edit);
  configureRuntimeDataset({ fetch: whole, pieceFetch: pieces, recalculate: async () => {} });
  return { whole, pieces };
}

const sourceOf = (doc: string) => dataset.sources.find((s) => s.id === doc)!;

describe("POLICY functions over the pieced dataset", () => {
  it("answer VALUE, QUOTE, SOURCE, FIELD and CARD from the id shards, never fetching dataset.json", async () => {
    const { whole, pieces } = pieced();
    for (const f of dataset.figures) {
      expect([f.id, await F.value(f.id)]).toEqual([f.id, excelValue(f)]);
      expect(await F.quote(f.id)).toBe(f.source.quote);
      expect(await F.source(f.id, "apa")).toBe(citation(sourceOf(f.source.doc), "apa"));
      expect(await F.field(f.id, "source_title")).toBe(sourceOf(f.source.doc).title);
      expect(await F.field(f.id, "unit")).toBe(f.unit);
      expect(await F.card(f.id)).toBe(excelValue(f));
    }
    for (const e of dataset.events) {
      const date = await F.date(e.id);
      if (e.date) expect(date).toBe(excelDateSerial(e.date));
      else expect(asError(date).message).toMatch(/no date/);
    }
    expect(whole.calls).toEqual([]);
    expect(datasetFetchCount()).toBe(0);
    // Each piece is fetched once: the catalog, the id index, and shards from the cache after.
    expect(new Set(pieces.calls).size).toBe(pieces.calls.length);
    expect(pieces.calls[0]).toBe("data/catalog.json");
    expect(pieceUrls()).toEqual(pieces.calls);
  });

  it("reads a differently typed id the way the whole dataset does", async () => {
    pieced();
    const f = dataset.figures[0];
    expect(await F.value(`  ${f.id.toUpperCase()} `)).toBe(excelValue(f));
    expect(asError(await F.value(dataset.events[0].id)).message).toMatch(/is an event/);
  });

  it("suggests near ids for an unknown id from the id index and its sorted ids, never the whole dataset", async () => {
    const { whole, pieces } = pieced();
    const f = dataset.figures[0];
    const result = asError(await F.value(f.id.slice(0, -1)));
    expect(result.message).toMatch(new RegExp(`Did you mean ${f.id}`));
    expect(whole.calls).toEqual([]);
    expect(pieces.calls.some((u) => u.includes("/pieces/ids/near."))).toBe(true);
  });

  it("refuses a piece whose bytes are not those the catalog lists", async () => {
    const { whole } = pieced((url, bytes) =>
      url.includes("/ids/")
        ? Buffer.from(bytes.toString("utf8").replace(/"value":(\d)/g, '"value":9$1'))
        : bytes,
    );
    const result = asError(await F.value(dataset.figures[0].id));
    expect(result.message).toMatch(/is not the one the catalog lists/);
    expect(whole.calls).toEqual([]);
  });

  it("reads the whole dataset when there is no catalog beside it", async () => {
    const { whole, pieces } = pieced();
    configureRuntimeDataset({ url: "data/elsewhere/dataset.json" });
    const f = dataset.figures[0];
    expect(await F.value(f.id)).toBe(excelValue(f));
    expect(pieces.calls).toEqual(["data/elsewhere/catalog.json"]);
    expect(whole.calls).toEqual(["data/elsewhere/dataset.json"]);
  });

  it("uses the whole dataset once it is loaded, without fetching pieces", async () => {
    const { pieces } = pieced();
    await runtimeDataset();
    const f = dataset.figures[0];
    expect(await F.value(f.id)).toBe(excelValue(f));
    expect(pieces.calls).toEqual([]);
  });
});
