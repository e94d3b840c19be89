/** @jest-environment jsdom */
import "./polyfills";
import "@testing-library/jest-dom";
import { act, cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { planPieces } from "../../src/core/dataset/pieces/planPieces";
import { buildIndex } from "../../src/core/lookup/buildIndex";
import * as runtime from "../../src/functions/runtimeDataset";
import { resetVerifiedDatasets } from "../../src/functions/verifyDataset";
import { runtimeTablesLoader } from "../../src/taskpane/loadTables";
import { shippedDataset } from "../excel/shippedDataset";
import { memoryPieceFetch } from "../functions/memoryPieceFetch";
import { fakeActions } from "./fakeActions";
import { renderApp } from "./renderApp";
import { renderView } from "./renderView";
import { ConflictsView } from "../../src/taskpane/views/ConflictsView";

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

  it("marks each side's quote in its paragraph, from its document's text piece alone, as over the whole dataset", async () => {
    const user = userEvent.setup();
    // Each side as the view over the whole dataset shows it: its paragraph, its marked quote.
    renderView(
      <ConflictsView dataset={dataset} index={buildIndex(dataset)} onTrace={() => undefined} />,
    );
    const sides = () =>
      screen.getAllByRole("region").map((r) => ({
        name: r.getAttribute("aria-label"),
        paragraph: r.querySelector("blockquote")?.textContent,
        marked: r.querySelector("mark")?.textContent,
      }));
    const whole = sides();
    expect(whole.length).toBeGreaterThan(dataset.conflicts.length);
    // Sides whose quote is marked inside a longer paragraph: what the pieces lacked.
    expect(whole.filter((s) => s.paragraph!.length > s.marked!.length).length).toBeGreaterThan(2);
    cleanup();
    const { pieces, tablePiece, loads } = opened();
    await user.click(await screen.findByRole("tab", { name: "Conflicts" }));
    await screen.findByRole("heading", { name: dataset.conflicts[0].subject }, { timeout: 20_000 });
    await waitFor(() => expect(sides()).toEqual(whole), { timeout: 20_000 });
    const docs = new Set(dataset.conflicts.flatMap((c) => c.sides.map((s) => s.doc)));
    const fetched = pieces.calls.filter((u) => u.startsWith("data/pieces/docs/"));
    expect(new Set(fetched).size).toBe(docs.size);
    for (const doc of docs)
      expect(fetched.some((u) => u.startsWith(`data/pieces/docs/${doc}.`))).toBe(true);
    expect(pieces.calls.filter((u) => u.startsWith("data/pieces/tables/"))).toEqual([
      tablePiece("conflicts"),
    ]);
    expect(pieces.calls).not.toContain("data/dataset.json");
    expect(loads).toEqual([]);
    expect(within(screen.getByRole("tabpanel")).queryByRole("alert")).toBeNull();
  });

  it("reads a side's text only once the side comes on screen", async () => {
    const user = userEvent.setup();
    const watched = new Map<Element, (entries: { isIntersecting: boolean }[]) => void>();
    class OnScreen {
      constructor(private readonly report: (entries: { isIntersecting: boolean }[]) => void) {}
      observe(target: Element) {
        watched.set(target, this.report);
      }
      disconnect() {}
    }
    Object.assign(globalThis, { IntersectionObserver: OnScreen });
    try {
      const { pieces } = opened();
      await user.click(await screen.findByRole("tab", { name: "Conflicts" }));
      await screen.findByRole(
        "heading",
        { name: dataset.conflicts[0].subject },
        { timeout: 20_000 },
      );
      const docs = () => pieces.calls.filter((u) => u.startsWith("data/pieces/docs/"));
      await waitFor(() => expect(watched.size).toBeGreaterThan(0));
      expect(docs()).toEqual([]);
      const side = screen.getAllByRole("region")[0];
      act(() => watched.get(side)!([{ isIntersecting: true }]));
      const doc = dataset.conflicts[0].sides[0].doc;
      await waitFor(() => expect(docs()).toHaveLength(1));
      expect(docs()[0]).toMatch(new RegExp(`^data/pieces/docs/${doc}\\.`));
    } finally {
      delete (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver;
    }
  });

  it("shows a side's quote alone, and why, where its document's text piece is not the one listed", async () => {
    const user = userEvent.setup();
    runtime.resetRuntimeDataset();
    const served = memoryPieceFetch(dataset);
    const doc = dataset.conflicts[0].sides[0].doc;
    const tampered: typeof served = Object.assign(
      async (url: string, fresh: boolean) => {
        const response = await served(url, fresh);
        if (!url.startsWith(`data/pieces/docs/${doc}.`)) return response;
        const bytes = new Uint8Array(await response.arrayBuffer());
        bytes[0] ^= 1;
        return { ...response, arrayBuffer: async () => bytes.buffer };
      },
      { calls: served.calls },
    );
    runtime.configureRuntimeDataset({ pieceFetch: tampered, recalculate: async () => {} });
    const { loads } = renderApp(fakeActions("excel"), {
      loadCatalog: async () => catalog,
      loadTables: runtimeTablesLoader,
    });
    await user.click(await screen.findByRole("tab", { name: "Conflicts" }));
    const card = await screen.findByRole(
      "article",
      { name: dataset.conflicts[0].subject },
      { timeout: 20_000 },
    );
    expect(
      await within(card).findAllByText(/is not the one the catalog lists/, {}, { timeout: 20_000 }),
    ).not.toHaveLength(0);
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
