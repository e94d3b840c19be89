/** @jest-environment jsdom */
import "./polyfills";
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { planPieces } from "../../src/core/dataset/pieces/planPieces";
import type { Dataset } from "../../src/core/dataset/schema";
import * as runtime from "../../src/functions/runtimeDataset";
import type { PieceFetch } from "../../src/functions/pieceReader";
import { resetVerifiedDatasets } from "../../src/functions/verifyDataset";
import { fetchCatalogLoader } from "../../src/taskpane/loadCatalog";
import {
  runtimePiecesOpener,
  runtimePiecesRefresher,
  runtimeTablesLoader,
} from "../../src/taskpane/loadTables";
import { fixtureDataset } from "../fixtures/fixtureDataset";
import { memoryPieceFetch } from "../functions/memoryPieceFetch";
import { fakeActions } from "./fakeActions";
import { renderApp } from "./renderApp";

/*
 * Issue 16: the browser preview reads pieces and never the whole dataset, so What changed
 * compares the pieces in use with the newer ones, reading only the tables whose pieces differ.
 */
jest.setTimeout(60_000);
const v1 = fixtureDataset();
const v2 = fixtureDataset((d) => {
  d.version = "1.1.0";
  d.figures.find((f) => f.id === "dhs-currency-seized-fy2023")!.value = 17000000;
});

/**
 * The preview over published pieces: `publish` puts a newer release at the same URLs; with
 * `keepEarlier` the earlier release's pieces stay where they were (their names carry their
 * hash, so a host can keep them), without it only the newer release is served.
 */
function published(first: Dataset, keepEarlier: boolean) {
  runtime.resetRuntimeDataset();
  resetVerifiedDatasets();
  const served: Dataset[] = [first];
  const urls: string[] = [];
  const pieceFetch: PieceFetch = async (url, fresh) => {
    urls.push(url);
    const releases = keepEarlier ? [...served].reverse() : served.slice(-1);
    for (const release of releases) {
      const answer = await memoryPieceFetch(release)(url, fresh);
      if (answer.ok) return answer;
    }
    return memoryPieceFetch(served[served.length - 1])(url, fresh);
  };
  runtime.configureRuntimeDataset({ pieceFetch, recalculate: async () => {} });
  const rendered = renderApp(fakeActions("preview"), {
    // As the pane's own loader: the catalog's bytes are held for the runtime's piece reader.
    loadCatalog: fetchCatalogLoader(async (url) => {
      const answer = await pieceFetch(String(url), true);
      return { ok: answer.ok, arrayBuffer: answer.arrayBuffer } as Response;
    }),
    loadTables: runtimeTablesLoader,
    openPieces: runtimePiecesOpener,
    refreshPieces: runtimePiecesRefresher,
  });
  return { urls, publish: (next: Dataset) => served.push(next), ...rendered };
}

async function openChanges() {
  const user = userEvent.setup();
  await user.click(await screen.findByRole("tab", { name: "Refresh" }));
  await user.click(
    await screen.findByRole("button", { name: "What changed?" }, { timeout: 20_000 }),
  );
  return screen.findByRole(
    "heading",
    { name: "What changed: dataset 1.0.0 → 1.1.0" },
    { timeout: 10_000 },
  );
}

afterEach(() => {
  runtime.resetRuntimeDataset();
  resetVerifiedDatasets();
});

describe("App: What changed in the browser preview, from the published pieces", () => {
  it("lists the changed record with its quote, reading only the changed table's pieces", async () => {
    const { urls, publish, loads } = published(v1, true);
    await screen.findByRole("button", { name: "Preview Seizures" });
    publish(v2);
    const before = urls.length;
    await openChanges();
    expect(screen.getByText(/0 added, 0 removed, 1 changed/)).toBeInTheDocument();
    const seizures = screen.getByRole("region", { name: "PT_Seizures" });
    expect(seizures).toHaveTextContent("currency seized");
    expect(seizures).toHaveTextContent("$16,000,000 → $17,000,000");
    const quote = v1.figures.find((f) => f.id === "dhs-currency-seized-fy2023")!.source.quote;
    expect(within(seizures).getByText(`“${quote}”`)).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "PT_Sanctions" })).toHaveTextContent("no change");
    const read = urls.slice(before).filter((u) => u.startsWith("data/pieces/tables/"));
    const seizuresPiece = (d: Dataset) =>
      planPieces(d).catalog.tables.find((t) => t.id === "seizures")!.piece.path;
    expect(read.sort()).toEqual([`data/${seizuresPiece(v1)}`, `data/${seizuresPiece(v2)}`].sort());
    expect(loads).toEqual([]);
  });

  it("names a table whose earlier rows are no longer published, and why", async () => {
    const { publish, loads } = published(v1, false);
    await screen.findByRole("button", { name: "Preview Seizures" });
    publish(v2);
    await openChanges();
    expect(
      screen.getAllByText(
        /The rows of table "seizures" in dataset 1\.0\.0 could not be read again \(.+\), so PT_Seizures's changes cannot be listed\./,
      ).length,
    ).toBeGreaterThan(0);
    expect(screen.getByRole("region", { name: "PT_Sanctions" })).toHaveTextContent("no change");
    expect(loads).toEqual([]);
  });
});
