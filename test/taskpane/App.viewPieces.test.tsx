/** @jest-environment jsdom */
import "./polyfills";
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { planPieces } from "../../src/core/dataset/pieces/planPieces";
import * as runtime from "../../src/functions/runtimeDataset";
import { resetVerifiedDatasets } from "../../src/functions/verifyDataset";
import { runtimeTablesLoader } from "../../src/taskpane/loadTables";
import { shippedDataset } from "../excel/shippedDataset";
import { memoryPieceFetch } from "../functions/memoryPieceFetch";
import { fakeActions } from "./fakeActions";
import { renderApp } from "./renderApp";

/*
 * Issue 15: Conflicts and About read the conflicts and sources tables' pieces (every conflict
 * with the figures its sides state, every document without its text), never dataset.json.
 */
jest.setTimeout(60_000);
const dataset = shippedDataset();
const { catalog } = planPieces(dataset);

function opened() {
  runtime.resetRuntimeDataset();
  resetVerifiedDatasets();
  const pieces = memoryPieceFetch(dataset);
  runtime.configureRuntimeDataset({ pieceFetch: pieces, recalculate: async () => {} });
  const rendered = renderApp(fakeActions("excel"), {
    loadCatalog: async () => catalog,
    loadTables: runtimeTablesLoader,
  });
  const tablePiece = (kind: string) =>
    `data/${catalog.tables.find((t) => t.kind === kind)!.piece.path}`;
  return { pieces, tablePiece, ...rendered };
}

afterEach(() => {
  runtime.resetRuntimeDataset();
  resetVerifiedDatasets();
});

describe("App: Conflicts and About from the published pieces", () => {
  it("lists every conflict with its sides from the conflicts table's piece", async () => {
    const user = userEvent.setup();
    const { pieces, tablePiece, loads } = opened();
    await user.click(await screen.findByRole("tab", { name: "Conflicts" }));
    for (const c of dataset.conflicts)
      expect(
        await screen.findByRole("heading", { name: c.subject }, { timeout: 20_000 }),
      ).toBeInTheDocument();
    expect(
      screen.getByText(new RegExp(`^${dataset.conflicts.length} places? where the`)),
    ).toBeInTheDocument();
    expect(pieces.calls).toContain(tablePiece("conflicts"));
    expect(pieces.calls.filter((u) => u.startsWith("data/pieces/tables/"))).toHaveLength(1);
    expect(loads).toEqual([]);
  });

  it("shows the version, the catalog's counts and every document from the sources table's piece", async () => {
    const user = userEvent.setup();
    const { pieces, tablePiece, loads } = opened();
    await user.click(await screen.findByRole("tab", { name: "About" }));
    expect(await screen.findByText(dataset.contentHash, {}, { timeout: 20_000 })).toBeVisible();
    expect(
      screen.getByText(
        `${dataset.tables.length} tables, ${dataset.figures.length} figures, ${dataset.events.length} events, ${dataset.conflicts.length} conflicts`,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`^${dataset.sources.length}, dated`))).toBeInTheDocument();
    for (const s of dataset.sources)
      if (s.title)
        expect(screen.getByRole("heading", { name: s.title, level: 3 })).toBeInTheDocument();
    expect(pieces.calls).toContain(tablePiece("sources"));
    expect(loads).toEqual([]);
  });

  it("opens the whole dataset where the catalog lists no conflicts table", async () => {
    const user = userEvent.setup();
    runtime.resetRuntimeDataset();
    runtime.configureRuntimeDataset({ pieceFetch: memoryPieceFetch(dataset) });
    const { loads } = renderApp(fakeActions("excel"), {
      loadCatalog: async () => ({
        ...catalog,
        tables: catalog.tables.filter((t) => t.kind !== "conflicts"),
      }),
      loadTables: runtimeTablesLoader,
    });
    await user.click(await screen.findByRole("tab", { name: "Conflicts" }));
    await screen.findByText(/where the documents disagree/, {}, { timeout: 20_000 });
    expect(loads).toEqual(["data/dataset.json"]);
  });
});
