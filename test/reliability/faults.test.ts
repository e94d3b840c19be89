import { syntheticDataset } from "../../src/cli/bench/syntheticDataset";
import { parseDataset } from "../../src/core/dataset/parseDataset";
import type { Dataset } from "../../src/core/dataset/schema";
import { planTable } from "../../src/core/layout/planTable";
import { toAddress } from "../../src/core/layout/address";
import { createExcelWorkbookActions } from "../../src/excel/excelWorkbookActions";
import * as F from "../../src/functions/functions";
import {
  configureRuntimeDataset,
  installDataset,
  resetRuntimeDataset,
  runtimeDataset,
} from "../../src/functions/runtimeDataset";
import { fetchDatasetLoader } from "../../src/taskpane/fetchDataset";
import { FakeExcel } from "../fakes/excel";
import { refusingFrom } from "../excel/harness";
import { CustomFunctionsError, installCustomFunctions } from "../functions/customFunctionsGlobal";

/**
 * What goes wrong between the task pane and the dataset server: the workbook ends either
 * exactly as it was or fully on one dataset version, never in between, and the error the user
 * sees says what happened.
 */
const v1 = parseDataset(syntheticDataset({ tables: 3, rows: 30 }));
const v2 = parseDataset(
  syntheticDataset({ tables: 3, rows: 30, extraRows: 3, changeEvery: 7, version: "1.1.0" }),
);

function snapshot(fake: FakeExcel): string {
  return JSON.stringify({
    sheets: fake.sheets.map((s) => ({ name: s.name, cells: [...s.cells] })),
    tables: fake.tables.map((t) => ({ name: t.name, rect: t.rect })),
    parts: fake.parts,
  });
}

async function workbookWithV1() {
  const fake = new FakeExcel();
  const actions = createExcelWorkbookActions(fake.run as never, fake.requirements);
  const names: string[] = [];
  for (const t of v1.tables)
    names.push((await actions.insertTable(v1, t.id, {}, "newSheet")).tableName);
  return { fake, actions, names };
}

/** Every inserted table holds exactly what `dataset` plans for it. */
function expectFullyOn(fake: FakeExcel, names: string[], dataset: Dataset) {
  dataset.tables.forEach((t, n) => {
    const table = fake.table(names[n])!;
    const plan = planTable(dataset, t.id);
    const body = fake.values(toAddress({ ...table.rect, row: table.rect.row + 1 }));
    expect(body.map((r) => r.map((v) => (v === "" ? null : v)))).toEqual(plan.values);
  });
}

type Answer = () => Promise<Response>;
const server = (answer: Answer) => (async () => answer()) as unknown as typeof fetch;
const json = (body: unknown) => async () => new Response(JSON.stringify(body), { status: 200 });

describe("faults while refreshing from the dataset server", () => {
  const cases: [string, Answer, RegExp][] = [
    [
      "the fetch fails",
      async () => {
        throw new TypeError("Failed to fetch");
      },
      /could not be loaded \(Could not fetch the dataset from data\/dataset\.json: Failed to fetch\.\); the workbook was not changed/,
    ],
    [
      "the server answers 503",
      async () => new Response("busy", { status: 503, statusText: "Service Unavailable" }),
      /the server answered 503 Service Unavailable.*the workbook was not changed/s,
    ],
    [
      "the server returns an HTML page",
      async () => new Response("<!doctype html><h1>Sign in</h1>", { status: 200 }),
      /The file at data\/dataset\.json is not JSON.*the workbook was not changed/s,
    ],
    [
      "the server never answers",
      () => new Promise<Response>(() => {}),
      /no complete answer within 0 s.*the workbook was not changed/s,
    ],
    [
      "the answer stops half-way (truncated JSON)",
      async () => new Response(JSON.stringify(v2).slice(0, 5000), { status: 200 }),
      /is not JSON.*the workbook was not changed/s,
    ],
  ];

  it.each(cases)("%s: the workbook is unchanged and the user is told", async (_, answer, told) => {
    const { fake, actions } = await workbookWithV1();
    const before = snapshot(fake);
    const writes = fake.stats.writeOps;
    const load = fetchDatasetLoader(server(answer), 50);
    await expect(actions.refreshAll(() => load("data/dataset.json", "refresh"))).rejects.toThrow(
      told,
    );
    expect(fake.stats.writeOps).toBe(writes);
    expect(snapshot(fake)).toBe(before);
  });

  it("an older version: every table fully on that version, and the summary names both", async () => {
    const { fake, actions, names } = await workbookWithV1();
    await actions.refreshAll(v2);
    expectFullyOn(fake, names, v2);
    const load = fetchDatasetLoader(server(json(v1)));
    const summary = await actions.refreshAll(() => load("data/dataset.json", "refresh"));
    expect(summary.fromVersion).toBe("1.1.0");
    expect(summary.toVersion).toBe("1.0.0");
    expect(summary.totals.rowsRemoved).toBe(9);
    expectFullyOn(fake, names, v1);
  });

  it("the file changes on the server during a refresh: one version is applied to every table", async () => {
    const { fake, actions, names } = await workbookWithV1();
    let served: Dataset = v2;
    const load = fetchDatasetLoader(server(async () => json(served)()));
    const summary = await actions.refreshAll(
      () => load("data/dataset.json", "refresh"),
      () => {
        served = v1; // published back while the tables are being written
      },
    );
    expect(summary.toVersion).toBe("1.1.0");
    expectFullyOn(fake, names, v2);
    // The next refresh picks up what the server holds now, again as a whole.
    await actions.refreshAll(() => load("data/dataset.json", "refresh"));
    expectFullyOn(fake, names, v1);
  });

  it("a refresh that fails in Excel before writing leaves the workbook unchanged and says so", async () => {
    const { fake } = await workbookWithV1();
    const before = snapshot(fake);
    const failing = refusingFrom(fake, 2, "The network connection was lost.");
    await expect(failing.refreshAll(v2)).rejects.toThrow(
      /Excel could not refresh the tables: The network connection was lost\./,
    );
    expect(snapshot(fake)).toBe(before);
  });
});

describe("faults in the custom functions runtime", () => {
  const runtime = installCustomFunctions();
  afterAll(() => runtime.uninstall());
  beforeEach(() => resetRuntimeDataset());

  it("a failed fetch gives #N/A saying why, and the next call fetches again", async () => {
    let fail = true;
    configureRuntimeDataset({
      fetch: async () => {
        if (fail) throw new TypeError("Failed to fetch");
        return { ok: true, status: 200, statusText: "OK", json: async () => v1 };
      },
      recalculate: async () => {},
    });
    const error = (await F.value(v1.figures[0].id)) as CustomFunctionsError;
    expect(error).toBeInstanceOf(CustomFunctionsError);
    expect(error.code).toBe("#N/A");
    expect(error.message).toMatch(
      /Could not load the dataset from data\/dataset\.json: Failed to fetch/,
    );
    fail = false;
    expect(await F.value(v1.figures[0].id)).toBe(v1.figures[0].value);
  });

  it("HTML instead of the dataset gives #VALUE! saying it is not JSON", async () => {
    configureRuntimeDataset({
      fetch: async () => ({
        ok: true,
        status: 200,
        statusText: "OK",
        json: async () => JSON.parse("<!doctype html>"),
      }),
      recalculate: async () => {},
    });
    const error = (await F.value(v1.figures[0].id)) as CustomFunctionsError;
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/is not valid JSON/);
  });

  it("a slow first fetch that ends after a newer dataset was installed does not replace it", async () => {
    let answer: (v: unknown) => void = () => {};
    configureRuntimeDataset({
      fetch: async () => ({
        ok: true,
        status: 200,
        statusText: "OK",
        json: () => new Promise((resolve) => (answer = resolve)),
      }),
      recalculate: async () => {},
    });
    const pending = F.value(v1.figures[0].id);
    await new Promise((r) => setTimeout(r, 0));
    await installDataset(v2);
    answer(v1);
    await pending;
    expect((await runtimeDataset()).version).toBe("1.1.0");
    expect(await F.value(v2.figures[0].id)).toBe(v2.figures[0].value);
  });
});
