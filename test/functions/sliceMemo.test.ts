import { buildIndex, type LookupIndex } from "../../src/core/lookup/buildIndex";
import { excelValue } from "../../src/core/layout/excelValue";
import * as F from "../../src/functions/functions";
import { configureRuntimeDataset, resetRuntimeDataset } from "../../src/functions/runtimeDataset";
import { memoSlice } from "../../src/functions/sliceMemo";
import { shippedDataset } from "../excel/shippedDataset";
import { asError, installCustomFunctions } from "./customFunctionsGlobal";
import { countingFetch } from "./datasetFetch";
import { memoryPieceFetch } from "./memoryPieceFetch";

const dataset = shippedDataset();
const index = buildIndex(dataset);

function counted(result: LookupIndex | null | Error = index) {
  const build = jest.fn(async () => {
    if (result instanceof Error) throw result;
    return result;
  });
  return build;
}

describe("memoSlice", () => {
  it("builds a key's slice once per pieces, sharing it with concurrent calls", async () => {
    const pieces = {};
    const build = counted();
    const [a, b] = await Promise.all([
      memoSlice(pieces, "k", build),
      memoSlice(pieces, "k", build),
    ]);
    expect(await memoSlice(pieces, "k", build)).toBe(a);
    expect(b).toBe(a);
    expect(build).toHaveBeenCalledTimes(1);
    await memoSlice({}, "k", build);
    await memoSlice(pieces, "other", build);
    expect(build).toHaveBeenCalledTimes(3);
  });

  it("forgets a build that failed, so the next call tries again", async () => {
    const pieces = {};
    await expect(memoSlice(pieces, "k", counted(new Error("offline")))).rejects.toThrow("offline");
    const build = counted();
    expect(await memoSlice(pieces, "k", build)).toBe(index);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it("starts again once its slices hold many records", async () => {
    const pieces = {};
    const big = counted();
    // The shipped index holds every figure and event: about 150 records a slice.
    const keys = Array.from(
      { length: Math.ceil(50_000 / index.records.size) + 1 },
      (_, i) => `${i}`,
    );
    for (const key of keys) await memoSlice(pieces, key, big);
    const calls = big.mock.calls.length;
    await memoSlice(pieces, keys[0], big);
    expect(big).toHaveBeenCalledTimes(calls + 1);
  });
});

describe("POLICY functions over remembered slices", () => {
  const runtime = installCustomFunctions();
  afterAll(() => runtime.uninstall());

  it("answers again after a piece failed to arrive, instead of remembering the failure", async () => {
    resetRuntimeDataset();
    const pieces = memoryPieceFetch(dataset);
    let offline = true;
    configureRuntimeDataset({
      fetch: countingFetch(dataset),
      pieceFetch: async (url, fresh) => {
        if (offline && url.includes("/ids/")) throw new Error("the network is down");
        return pieces(url, fresh);
      },
      recalculate: async () => {},
    });
    const f = dataset.figures[0];
    expect(asError(await F.value(f.id)).message).toMatch(/the network is down/);
    offline = false;
    expect(await F.value(f.id)).toBe(excelValue(f));
    expect(await F.lookup(f.id, undefined, undefined, "id")).toBe(f.id);
  });
});
