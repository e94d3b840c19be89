/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { PolicyError } from "../../src/core/errors";
import type { CatalogListing } from "../../src/taskpane/loadCatalog";
import { fixtureDataset } from "../fixtures/fixtureDataset";
import { fakeActions } from "./fakeActions";
import { renderApp } from "./renderApp";
import { catalogListing } from "./renderView";

/** The pane opening on the catalog piece: the whole dataset only when something reads records. */
const dataset = fixtureDataset();
const inserted = {
  tableName: "PT_Timeline",
  sheetName: "Sheet1",
  address: "Sheet1!A1:C3",
  rows: 2,
  columns: 3,
  syncs: 3,
  warnings: [],
};
const listing = catalogListing(dataset);

function catalogFor(answer: CatalogListing | null) {
  const asked: string[] = [];
  const loadCatalog = async (url: string) => {
    asked.push(url);
    return answer;
  };
  return { loadCatalog, asked };
}

describe("App over a published catalog", () => {
  it("lists the tables from the catalog without loading the dataset", async () => {
    const { loadCatalog, asked } = catalogFor(listing);
    const { loads } = renderApp(fakeActions("excel"), { loadCatalog });
    expect(await screen.findByRole("heading", { name: "Seizures" })).toBeInTheDocument();
    const card = screen.getAllByRole("listitem")[1];
    expect(card).toHaveTextContent("2 rows");
    expect(card).toHaveTextContent("1 source");
    expect(screen.getByText(`Dataset ${dataset.version}`)).toBeInTheDocument();
    expect(screen.queryByText("Loading the dataset…")).not.toBeInTheDocument();
    expect(asked).toEqual(["data/dataset.json"]);
    expect(loads).toEqual([]);
  });

  it("loads the dataset once when a table is opened, then previews and inserts it", async () => {
    const user = userEvent.setup();
    const { loadCatalog } = catalogFor(listing);
    const actions = fakeActions("excel", { insertTable: async () => inserted });
    const { loads } = renderApp(actions, { loadCatalog });
    await user.click(await screen.findByRole("button", { name: "Preview Seizures" }));
    expect(await screen.findByRole("table", { name: "Seizures" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "All tables" }));
    await user.click(screen.getByRole("button", { name: "Preview Timeline" }));
    await user.click(await screen.findByRole("button", { name: "Insert on new sheet" }));
    expect(await screen.findByText(/Inserted 2 rows as table PT_Timeline/)).toBeInTheDocument();
    expect(actions.calls.insertTable[0].slice(0, 2)).toEqual([dataset, "timeline"]);
    expect(loads).toEqual(["data/dataset.json"]);
  });

  it("downloads from the list in a browser once the dataset has loaded", async () => {
    const user = userEvent.setup();
    const { loadCatalog } = catalogFor(listing);
    const actions = fakeActions("preview", { downloadWorkbook: async () => "book.xlsx" });
    const { loads } = renderApp(actions, { loadCatalog });
    await screen.findByRole("heading", { name: "Seizures" });
    expect(loads).toEqual([]);
    await user.click(screen.getByRole("button", { name: "Download workbook" }));
    expect(await screen.findByText(/Saved book.xlsx/)).toBeInTheDocument();
    expect(actions.calls.downloadWorkbook).toEqual([[dataset, undefined]]);
    expect(loads).toEqual(["data/dataset.json"]);
  });

  it("loads the dataset when a view that reads records opens", async () => {
    const user = userEvent.setup();
    const { loadCatalog } = catalogFor(listing);
    const { loads } = renderApp(fakeActions("excel"), { loadCatalog });
    await screen.findByRole("heading", { name: "Seizures" });
    await user.click(screen.getByRole("tab", { name: "Search" }));
    expect(
      await screen.findByRole("searchbox", { name: "Search figures and events" }),
    ).toBeInTheDocument();
    expect(loads).toEqual(["data/dataset.json"]);
  });

  it("opens from the whole dataset at once where there is no catalog", async () => {
    const { loadCatalog } = catalogFor(null);
    const { loads } = renderApp(fakeActions("excel"), { loadCatalog });
    expect(await screen.findByRole("heading", { name: "Seizures" })).toBeInTheDocument();
    expect(loads).toEqual(["data/dataset.json"]);
  });

  it("shows the list again, and why, when the dataset of an opened table fails to load", async () => {
    const user = userEvent.setup();
    const { loadCatalog } = catalogFor(listing);
    const loadDataset = async (url: string) => {
      throw new PolicyError("fetch_failed", `Could not fetch the dataset from ${url}: 503.`);
    };
    renderApp(fakeActions("excel"), { loadCatalog, loadDataset });
    await user.click(await screen.findByRole("button", { name: "Preview Seizures" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Could not fetch the dataset from data/dataset.json: 503.");
    expect(within(alert).getByRole("button", { name: "Retry" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Preview Seizures" })).toBeInTheDocument();
  });

  it("lists the loaded dataset's tables over a catalog of another build", async () => {
    const user = userEvent.setup();
    const stale = { ...listing, version: "0.9.0", tables: [{ ...listing.tables[0], id: "gone" }] };
    const { loadCatalog } = catalogFor(stale);
    renderApp(fakeActions("excel"), { loadCatalog });
    expect(await screen.findByText("Dataset 0.9.0")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: `Preview ${stale.tables[0].title}` }));
    expect(await screen.findByText(`Dataset ${dataset.version}`)).toBeInTheDocument();
    expect(screen.getAllByRole("listitem")).toHaveLength(dataset.tables.length);
  });
});
