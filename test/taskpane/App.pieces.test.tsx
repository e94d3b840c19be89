/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Dataset } from "../../src/core/dataset/schema";
import { PolicyError } from "../../src/core/errors";
import type { PiecedDataset } from "../../src/functions/piecedDataset";
import type { TablesLoader } from "../../src/taskpane/loadTables";
import { fixtureDataset } from "../fixtures/fixtureDataset";
import { fakeActions } from "./fakeActions";
import { renderApp } from "./renderApp";
import { catalogListing } from "./renderView";

/** The Catalog reading its tables from their pieces: the whole dataset is never loaded. */
const dataset = fixtureDataset();
const listing = catalogListing(dataset);
const loadCatalog = async () => listing;
jest.setTimeout(60_000);
const inserted = {
  tableName: "PT_Timeline",
  sheetName: "Sheet1",
  address: "Sheet1!A1:C3",
  rows: 2,
  columns: 3,
  syncs: 3,
  warnings: [],
};

/** Tables as the pieces give them: only those asked for, each a dataset of its own. */
function piecesOf(answer?: (ids: readonly string[] | "all") => Dataset | null | Error) {
  const asked: (readonly string[] | "all")[] = [];
  const cut: Dataset[] = [];
  const loadTables: TablesLoader = async (_url, ids) => {
    asked.push(ids);
    const given = answer
      ? answer(ids)
      : {
          ...dataset,
          tables: dataset.tables.filter((t) => ids === "all" || ids.includes(t.id)),
        };
    if (given instanceof Error) throw given;
    if (given) cut.push(given);
    return given;
  };
  return { loadTables, asked, cut };
}

describe("App over published pieces", () => {
  it("opens and inserts a table from its own piece, never loading the whole dataset", async () => {
    const user = userEvent.setup();
    const { loadTables, asked, cut } = piecesOf();
    const actions = fakeActions("excel", { insertTable: async () => inserted });
    const { loads } = renderApp(actions, { loadCatalog, loadTables });
    await user.click(await screen.findByRole("button", { name: "Preview Seizures" }));
    expect(await screen.findByRole("table", { name: "Seizures" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "All tables" }));
    await user.click(screen.getByRole("button", { name: "Preview Timeline" }));
    await user.click(await screen.findByRole("button", { name: "Insert on new sheet" }));
    expect(await screen.findByText(/Inserted 2 rows as table PT_Timeline/)).toBeInTheDocument();
    expect(asked).toEqual([["seizures"], ["timeline"]]);
    expect(actions.calls.insertTable[0].slice(0, 2)).toEqual([cut[1], "timeline"]);
    expect(loads).toEqual([]);
  });

  it("downloads every table's pieces from the list, then opens any table without fetching", async () => {
    const user = userEvent.setup();
    const { loadTables, asked, cut } = piecesOf();
    const actions = fakeActions("preview", { downloadWorkbook: async () => "book.xlsx" });
    const { loads } = renderApp(actions, { loadCatalog, loadTables });
    await user.click(await screen.findByRole("button", { name: "Download workbook" }));
    expect(await screen.findByText(/Saved book.xlsx/)).toBeInTheDocument();
    expect(actions.calls.downloadWorkbook).toEqual([[cut[0], undefined]]);
    await user.click(screen.getByRole("button", { name: "Preview Seizures" }));
    expect(await screen.findByRole("table", { name: "Seizures" })).toBeInTheDocument();
    expect(asked).toEqual(["all"]);
    expect(loads).toEqual([]);
  });

  it("downloads every table from an opened table, not only the one shown", async () => {
    const user = userEvent.setup();
    const { loadTables, asked, cut } = piecesOf();
    const actions = fakeActions("preview", { downloadWorkbook: async () => "book.xlsx" });
    renderApp(actions, { loadCatalog, loadTables });
    await user.click(await screen.findByRole("button", { name: "Preview Seizures" }));
    await screen.findByRole("table", { name: "Seizures" });
    await user.click(screen.getByRole("button", { name: "Download workbook" }));
    expect(await screen.findByText(/Saved book.xlsx/)).toBeInTheDocument();
    expect(asked).toEqual([["seizures"], "all"]);
    expect(actions.calls.downloadWorkbook[0][0]).toBe(cut[1]);
    expect(cut[1].tables).toHaveLength(dataset.tables.length);
  });

  it("loads the whole dataset where there are no pieces beside it", async () => {
    const user = userEvent.setup();
    const { loadTables } = piecesOf(() => null);
    const { loads } = renderApp(fakeActions("excel"), { loadCatalog, loadTables });
    await user.click(await screen.findByRole("button", { name: "Preview Seizures" }));
    expect(await screen.findByRole("table", { name: "Seizures" })).toBeInTheDocument();
    expect(loads).toEqual(["data/dataset.json"]);
  });

  it("says why a table's piece failed, keeps the list, and tries again on Retry", async () => {
    const user = userEvent.setup();
    let fail = true;
    const { loadTables, asked } = piecesOf((ids) =>
      fail
        ? new PolicyError("invalid_dataset", "The piece at data/pieces/tables/x.json is not JSON.")
        : { ...dataset, tables: dataset.tables.filter((t) => ids !== "all" && ids.includes(t.id)) },
    );
    renderApp(fakeActions("excel"), { loadCatalog, loadTables });
    await user.click(await screen.findByRole("button", { name: "Preview Seizures" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The piece at data/pieces/tables/x.json is not JSON.");
    expect(screen.getByRole("button", { name: "Preview Seizures" })).toBeInTheDocument();
    fail = false;
    // The bar's chunk replaces its plain fallback when it arrives: click the one shown then.
    await waitFor(() => expect(screen.getByRole("alert")).toHaveClass("fui-MessageBar"));
    await user.click(within(screen.getByRole("alert")).getByRole("button", { name: "Retry" }));
    // The opened table's chunk loads on first use: slow on a busy machine.
    expect(
      await screen.findByText(/inserts as PT_Seizures/, {}, { timeout: 20_000 }),
    ).toBeVisible();
    expect(asked).toEqual([["seizures"], ["seizures"]]);
  });
});

describe("Download workbook over pieces that publish the workbook", () => {
  /** Pieces whose catalog lists the workbook: `workbookDataset` is what the download saves with. */
  function publishing(answer: () => Promise<Dataset | null>) {
    const opened: string[] = [];
    const openPieces = async (url: string) => {
      opened.push(url);
      return { workbookDataset: answer } as unknown as PiecedDataset;
    };
    return { openPieces, opened };
  }
  const catalogOnly = { ...dataset, tables: [] };

  it("saves the published workbook from the list without fetching any table", async () => {
    const user = userEvent.setup();
    const { loadTables, asked } = piecesOf();
    const { openPieces, opened } = publishing(async () => catalogOnly);
    const actions = fakeActions("preview", { downloadWorkbook: async () => "book.xlsx" });
    const { loads } = renderApp(actions, { loadCatalog, loadTables, openPieces });
    await user.click(await screen.findByRole("button", { name: "Download workbook" }));
    expect(await screen.findByText(/Saved book.xlsx/)).toBeInTheDocument();
    expect(actions.calls.downloadWorkbook).toEqual([[catalogOnly, undefined]]);
    expect(opened).toEqual(["data/dataset.json"]);
    expect(asked).toEqual([]);
    expect(loads).toEqual([]);
  });

  it("saves it from an opened table left as published, fetching no other table", async () => {
    const user = userEvent.setup();
    const { loadTables, asked } = piecesOf();
    const { openPieces } = publishing(async () => catalogOnly);
    const actions = fakeActions("preview", { downloadWorkbook: async () => "book.xlsx" });
    renderApp(actions, { loadCatalog, loadTables, openPieces });
    await user.click(await screen.findByRole("button", { name: "Preview Seizures" }));
    await screen.findByRole("table", { name: "Seizures" });
    await user.click(screen.getByRole("button", { name: "Download workbook" }));
    expect(await screen.findByText(/Saved book.xlsx/)).toBeInTheDocument();
    expect(actions.calls.downloadWorkbook).toEqual([[catalogOnly, { seizures: {} }]]);
    expect(asked).toEqual([["seizures"]]);
  });

  it("builds from every table when the opened table is shaped, as the published file is not", async () => {
    const user = userEvent.setup();
    const { loadTables, asked, cut } = piecesOf();
    const { openPieces, opened } = publishing(async () => catalogOnly);
    const actions = fakeActions("preview", { downloadWorkbook: async () => "book.xlsx" });
    renderApp(actions, { loadCatalog, loadTables, openPieces });
    await user.click(await screen.findByRole("button", { name: "Preview Seizures" }));
    await screen.findByRole("table", { name: "Seizures" });
    await user.click(screen.getByRole("searchbox", { name: "Filter rows" }));
    await user.paste("presses seized");
    await user.click(screen.getByRole("button", { name: "Download workbook" }));
    expect(await screen.findByText(/Saved book.xlsx/)).toBeInTheDocument();
    expect(asked).toEqual([["seizures"], "all"]);
    expect(opened).toEqual([]);
    expect(actions.calls.downloadWorkbook).toEqual([
      [cut[1], { seizures: expect.objectContaining({ filter: "presses seized" }) }],
    ]);
  });

  it("builds from every table where the catalog lists no workbook", async () => {
    const user = userEvent.setup();
    const { loadTables, asked, cut } = piecesOf();
    const { openPieces } = publishing(async () => null);
    const actions = fakeActions("preview", { downloadWorkbook: async () => "book.xlsx" });
    renderApp(actions, { loadCatalog, loadTables, openPieces });
    await user.click(await screen.findByRole("button", { name: "Download workbook" }));
    expect(await screen.findByText(/Saved book.xlsx/)).toBeInTheDocument();
    expect(asked).toEqual(["all"]);
    expect(actions.calls.downloadWorkbook).toEqual([[cut[0], undefined]]);
  });

  it("says why a dataset too large for one workbook is not saved, and what to save instead", async () => {
    const user = userEvent.setup();
    const { loadTables, asked } = piecesOf();
    const tooLarge = new PolicyError(
      "not_supported",
      'Dataset 1.0.0 is too large to download as one workbook: its tables hold 446,000 rows. Open a table and save it with "This table as CSV" or "This table as .xlsx".',
    );
    const { openPieces } = publishing(async () => {
      throw tooLarge;
    });
    const actions = fakeActions("preview", { downloadWorkbook: async () => "book.xlsx" });
    renderApp(actions, { loadCatalog, loadTables, openPieces });
    await user.click(await screen.findByRole("button", { name: "Download workbook" }));
    expect(await screen.findByText(/too large to download as one workbook/)).toBeInTheDocument();
    expect(actions.calls.downloadWorkbook).toEqual([]);
    expect(asked).toEqual([]);
  });
});
