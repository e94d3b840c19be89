import {
  configureRuntimeDataset,
  resetRuntimeDataset,
  runtimeIndex,
} from "../../src/functions/runtimeDataset";
import { runtimeVersion } from "../../src/functions/runtimePieces";
import { checkOnOpen } from "../../src/taskpane/openCheck";
import { shippedDataset } from "../excel/shippedDataset";
import { countingFetch } from "./datasetFetch";
import { memoryPieceFetch } from "./memoryPieceFetch";

/** The check when a workbook opens compares versions from the catalog, not the whole dataset. */
const dataset = shippedDataset();
afterEach(() => resetRuntimeDataset());

function runtime(pieced: boolean) {
  resetRuntimeDataset();
  const whole = countingFetch(dataset);
  const pieces = memoryPieceFetch(dataset);
  configureRuntimeDataset({
    fetch: whole,
    ...(pieced ? { pieceFetch: pieces } : {}),
    recalculate: async () => {},
  });
  return { whole, pieces };
}

describe("runtimeVersion", () => {
  it("reads the version and content hash from the catalog alone", async () => {
    const { whole, pieces } = runtime(true);
    expect(await runtimeVersion()).toMatchObject({
      version: dataset.version,
      contentHash: dataset.contentHash,
    });
    expect(whole.calls).toEqual([]);
    expect(pieces.calls).toEqual(["data/catalog.json"]);
  });

  it("feeds the open check without fetching dataset.json", async () => {
    const { whole } = runtime(true);
    const settings = {
      get: (k: string) => (k === "checkOnOpen" ? "on" : null),
      set: async () => {},
    };
    const tables = async () => [
      { tableName: "PT_A", version: dataset.version, contentHash: dataset.contentHash },
    ];
    expect(await checkOnOpen(settings, { readTableVersions: tables }, runtimeVersion)).toBe("none");
    expect(whole.calls).toEqual([]);
  });

  it("takes them from the whole dataset where there is no catalog, or it is loaded already", async () => {
    const { whole } = runtime(false);
    expect(await runtimeVersion()).toMatchObject({ version: dataset.version });
    expect(whole.calls).toHaveLength(1);
    const again = runtime(true);
    await runtimeIndex();
    expect(await runtimeVersion()).toMatchObject({ contentHash: dataset.contentHash });
    expect(again.pieces.calls).toEqual([]);
  });
});
