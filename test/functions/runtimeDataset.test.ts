import type { Dataset } from "../../src/core/dataset/schema";
import * as F from "../../src/functions/functions";
import {
  configureRuntimeDataset,
  datasetFetchCount,
  installDataset,
  onDatasetChanged,
  recalculateWorkbook,
  resetRuntimeDataset,
  runtimeDataset,
  runtimeIndex,
} from "../../src/functions/runtimeDataset";
import { FakeExcel } from "../fakes/excel";
import { fixtureDataset } from "../fixtures/fixtureDataset";
import { asError, installCustomFunctions } from "./customFunctionsGlobal";
import { countingFetch } from "./datasetFetch";

const runtime = installCustomFunctions();
afterAll(() => runtime.uninstall());

const newer = () =>
  fixtureDataset((d) => {
    d.version = "1.1.0";
    d.figures[1].value = 108000;
  });

let recalcs: number;
beforeEach(() => {
  resetRuntimeDataset();
  recalcs = 0;
  configureRuntimeDataset({
    fetch: countingFetch(fixtureDataset()),
    recalculate: async () => {
      recalcs += 1;
    },
  });
});

describe("runtimeIndex", () => {
  it("fetches once for concurrent and later calls", async () => {
    const [a, b] = await Promise.all([runtimeIndex(), runtimeIndex()]);
    expect(a).toBe(b);
    expect(await runtimeIndex()).toBe(a);
    expect(datasetFetchCount()).toBe(1);
  });
  it("fetches from a configured url", async () => {
    const fetched = countingFetch(fixtureDataset());
    configureRuntimeDataset({ fetch: fetched, url: "https://localhost:3000/data/dataset.json" });
    await runtimeDataset();
    expect(fetched.calls).toEqual(["https://localhost:3000/data/dataset.json"]);
  });
  it("tries again after a failed load instead of keeping the failure", async () => {
    configureRuntimeDataset({ fetch: countingFetch({}, 503) });
    await expect(runtimeIndex()).rejects.toThrow(/HTTP 503/);
    configureRuntimeDataset({ fetch: countingFetch(fixtureDataset()) });
    expect((await runtimeDataset()).version).toBe("1.0.0");
    expect(datasetFetchCount()).toBe(2);
  });
  it("says there is no dataset when the runtime has no fetch", async () => {
    resetRuntimeDataset();
    const holder = globalThis as { fetch?: unknown };
    const saved = holder.fetch;
    delete holder.fetch;
    try {
      await expect(runtimeIndex()).rejects.toThrow(
        "No dataset is loaded and this runtime cannot fetch one.",
      );
    } finally {
      holder.fetch = saved;
    }
  });
  it("shares one dataset between separately bundled copies of the module", async () => {
    await installDataset(newer());
    let other: typeof import("../../src/functions/runtimeDataset") | undefined;
    jest.isolateModules(() => {
      other = jest.requireActual<typeof import("../../src/functions/runtimeDataset")>(
        "../../src/functions/runtimeDataset",
      );
    });
    expect((await other!.runtimeDataset()).version).toBe("1.1.0");
  });
});

describe("installDataset", () => {
  it("makes functions return the new values and recalculates once", async () => {
    expect(await F.value("us-overdose-deaths-2022")).toBe(107000);
    await installDataset(newer());
    expect(await F.value("us-overdose-deaths-2022")).toBe(108000);
    expect(await F.version()).toMatch(/^1\.1\.0 /);
    expect(recalcs).toBe(1);
  });
  it("tells listeners until they unsubscribe", async () => {
    const seen: string[] = [];
    const stop = onDatasetChanged((d: Dataset) => seen.push(d.version));
    await installDataset(newer());
    stop();
    await installDataset(fixtureDataset());
    expect(seen).toEqual(["1.1.0"]);
  });
  it("refuses an invalid dataset and keeps the current one", async () => {
    await runtimeIndex();
    const broken = fixtureDataset((d) => (d.figures[0].value = 5), true);
    await expect(installDataset(broken)).rejects.toThrow(
      /The dataset is invalid .*nothing was changed/s,
    );
    expect(await F.value("treasury-sanctions-since-eo")).toBe(200);
    expect(recalcs).toBe(0);
  });
  it("wins over a fetch still in flight", async () => {
    const pending = runtimeIndex();
    await installDataset(newer());
    expect((await pending).dataset.version).toBe("1.1.0");
    expect((await runtimeDataset()).version).toBe("1.1.0");
  });
  it("installs but says how to recalculate when Excel refuses", async () => {
    configureRuntimeDataset({
      recalculate: async () => {
        throw new Error("RichApi.Error: busy");
      },
    });
    await expect(installDataset(newer())).rejects.toThrow(
      "Dataset 1.1.0 is installed, but Excel did not recalculate (Unexpected error: RichApi.Error: busy). Press Ctrl+Alt+F9 to recalculate all formulas.",
    );
    expect(await F.value("us-overdose-deaths-2022")).toBe(108000);
  });
  it("is reported by functions as an error only for the bad call, not the dataset", async () => {
    await installDataset(newer());
    expect(asError(await F.value("nope")).code).toBe("#N/A");
  });
});

describe("recalculateWorkbook", () => {
  it("asks Excel for a full calculation in one sync", async () => {
    const fake = new FakeExcel();
    const holder = globalThis as { Excel?: unknown };
    holder.Excel = { run: fake.run, CalculationType: { full: "Full", recalculate: "Recalculate" } };
    try {
      await recalculateWorkbook();
    } finally {
      delete holder.Excel;
    }
    expect(fake.calculations).toEqual(["Full"]);
    expect(fake.stats.syncs).toBe(1);
  });
  it("runs after installDataset by default", async () => {
    resetRuntimeDataset();
    const fake = new FakeExcel();
    const holder = globalThis as { Excel?: unknown };
    holder.Excel = { run: fake.run, CalculationType: { full: "Full" } };
    try {
      await installDataset(newer());
    } finally {
      delete holder.Excel;
    }
    expect(fake.calculations).toEqual(["Full"]);
  });
  it("does nothing outside Excel", async () => {
    await expect(recalculateWorkbook()).resolves.toBeUndefined();
  });
});
