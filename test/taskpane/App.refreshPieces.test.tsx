/** @jest-environment jsdom */
import "./polyfills";
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { planPieces } from "../../src/core/dataset/pieces/planPieces";
import type { Dataset } from "../../src/core/dataset/schema";
import { createExcelWorkbookActions } from "../../src/excel/excelWorkbookActions";
import * as runtime from "../../src/functions/runtimeDataset";
import { runtimePieces } from "../../src/functions/runtimePieces";
import { resetVerifiedDatasets } from "../../src/functions/verifyDataset";
import { runtimePiecesRefresher, runtimeTablesLoader } from "../../src/taskpane/loadTables";
import type { WorkbookActions } from "../../src/taskpane/workbook";
import { FakeExcel } from "../fakes/excel";
import { fixtureDataset } from "../fixtures/fixtureDataset";
import { memoryPieceFetch } from "../functions/memoryPieceFetch";
import { renderApp } from "./renderApp";

/*
 * Issue 15: the pane's Refresh view reads the published pieces (the catalog anew, then the
 * pieces of the workbook's own tables), never the whole dataset, on the Excel fake.
 */
jest.setTimeout(60_000);
const v1 = fixtureDataset();
const v2 = fixtureDataset((d) => {
  d.version = "1.1.0";
  d.figures.find((f) => f.id === "dhs-currency-seized-fy2023")!.value = 17000000;
});

function published(first: Dataset) {
  runtime.resetRuntimeDataset();
  resetVerifiedDatasets();
  let serving = first;
  const urls: string[] = [];
  runtime.configureRuntimeDataset({
    pieceFetch: (url, fresh) => {
      urls.push(url);
      return memoryPieceFetch(serving)(url, fresh);
    },
    recalculate: async () => {},
  });
  const fake = new FakeExcel("1.18", ["Sheet1"]);
  const actions: WorkbookActions = {
    ...createExcelWorkbookActions(fake.run as never, fake.requirements),
    downloadWorkbook: async () => {
      throw new Error("not used in Excel");
    },
  };
  const rendered = renderApp(actions, {
    loadCatalog: async () => planPieces(serving).catalog,
    loadTables: runtimeTablesLoader,
    refreshPieces: runtimePiecesRefresher,
  });
  return { fake, urls, publish: (next: Dataset) => (serving = next), ...rendered };
}

async function insertSeizures() {
  const user = userEvent.setup();
  await user.click(await screen.findByRole("button", { name: "Preview Seizures" }));
  await user.click(await screen.findByRole("button", { name: "Insert at selected cell" }));
  await screen.findByText(/Inserted 2 rows as table PT_Seizures/, {}, { timeout: 20_000 });
  await user.click(screen.getByRole("tab", { name: "Refresh" }));
  // The view's chunk loads on first use: slow on a busy machine.
  await screen.findByRole("button", { name: "Refresh all tables" }, { timeout: 20_000 });
  return user;
}

afterEach(() => {
  runtime.resetRuntimeDataset();
  resetVerifiedDatasets();
});

describe("App: Refresh from the published pieces (Excel fake)", () => {
  it("refreshes the workbook's tables from their pieces, keeps a typed edit, never loading dataset.json", async () => {
    const { fake, urls, publish, loads } = published(v1);
    const user = await insertSeizures();
    fake.type("Sheet1!C2", 3000);
    publish(v2);
    await user.click(await screen.findByRole("button", { name: "Refresh all tables" }));
    expect(await screen.findByText("1 of 1 table updated", {}, { timeout: 10_000 })).toBeVisible();
    expect(screen.getByText(/Dataset 1.0.0 → 1.1.0: 1 value changed/)).toBeInTheDocument();
    expect(fake.cell("Sheet1!C2").value).toBe(3000);
    expect(fake.cell("Sheet1!C3").value).toBe(17000000);
    expect(await screen.findByText("Dataset 1.1.0")).toBeInTheDocument();
    expect(loads).toEqual([]);
    expect(urls.filter((u) => !u.startsWith("data/pieces/") && u !== "data/catalog.json")).toEqual(
      [],
    );
    expect((await runtimePieces())!.catalog.version).toBe("1.1.0");
  });

  it("asks before writing an older dataset, and keeps the catalog in use when cancelled", async () => {
    const { fake, publish, loads } = published(v2);
    const user = await insertSeizures();
    publish(v1);
    await user.click(await screen.findByRole("button", { name: "Refresh all tables" }));
    const title = await screen.findByText(
      "Check this dataset before it is written",
      {},
      {
        timeout: 10_000,
      },
    );
    const bar = title.closest<HTMLElement>(".fui-MessageBar")!;
    expect(bar).toHaveTextContent(
      "Dataset 1.0.0 is older than 1.1.0, the version PT_Seizures was written with",
    );
    await user.click(within(bar).getByRole("button", { name: "Cancel" }));
    expect(await screen.findByText(/Refresh cancelled: dataset 1.0.0 was not used/)).toBeVisible();
    expect(fake.cell("Sheet1!C3").value).toBe(17000000);
    expect((await runtimePieces())!.catalog.version).toBe("1.1.0");
    expect(screen.getByText("Dataset 1.1.0")).toBeInTheDocument();
    expect(loads).toEqual([]);
  });

  it("lists what a refresh would change from the workbook's tables' pieces", async () => {
    const { publish, loads } = published(v1);
    const user = await insertSeizures();
    publish(v2);
    await user.click(await screen.findByRole("button", { name: "What changed?" }));
    const seizures = await screen.findByRole(
      "region",
      { name: "PT_Seizures" },
      { timeout: 10_000 },
    );
    expect(seizures).toHaveTextContent("currency seized");
    expect(seizures).not.toHaveTextContent(/not in (the )?dataset/);
    expect((await runtimePieces())!.catalog.version).toBe("1.0.0");
    expect(loads).toEqual([]);
  });
});
