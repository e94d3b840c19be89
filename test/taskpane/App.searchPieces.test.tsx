/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { planPieces } from "../../src/core/dataset/pieces/planPieces";
import type { IdIndex } from "../../src/core/dataset/pieces/pieceTypes";
import { shardOf } from "../../src/core/dataset/pieces/shardOf";
import { buildIndex } from "../../src/core/lookup/buildIndex";
import { explainPolicyFormulaWith } from "../../src/core/lookup/explainFormula";
import { searchRecords } from "../../src/core/lookup/searchRecords";
import { PiecedDataset } from "../../src/functions/piecedDataset";
import { PieceReader } from "../../src/functions/pieceReader";
import type { PiecesOpener } from "../../src/taskpane/loadTables";
import { fixtureDataset } from "../fixtures/fixtureDataset";
import { shippedDataset } from "../excel/shippedDataset";
import { memoryPieceFetch } from "../functions/memoryPieceFetch";
import { fakeActions } from "./fakeActions";
import { renderApp } from "./renderApp";
import { catalogListing } from "./renderView";

/** Search and Trace reading the published pieces: the whole dataset is never loaded. */
const dataset = fixtureDataset();
const listing = catalogListing(dataset);
const loadCatalog = async () => listing;
jest.setTimeout(60_000);

function served(options?: { shardTargetBytes: number }, pieced = dataset) {
  const fetchPiece = memoryPieceFetch(pieced, options);
  const reader = new PieceReader(fetchPiece);
  const openPieces: PiecesOpener = async (url) => {
    const { catalog, sha256 } = await reader.catalogWithHash(
      url.replace(/dataset\.json$/, "catalog.json"),
    );
    return new PiecedDataset(reader, "data/catalog.json", catalog, sha256);
  };
  return { openPieces, calls: fetchPiece.calls };
}

/** A selected cell as readSelection reports it. */
const cell = (address: string, cellValue: number) => ({
  address,
  recordId: null as string | null,
  cellValue,
  via: null,
  datasetVersion: null,
  tableName: null,
  column: null,
});

/** The traced record's paragraph and its marked quote, once shown. */
async function tracedQuote() {
  const [mark] = await screen.findAllByText(/./, { selector: "mark" }, { timeout: 20_000 });
  return { paragraph: mark.closest("blockquote")!.textContent, marked: mark.textContent };
}

const results = () =>
  within(screen.getByRole("list", { name: "Results" })).queryAllByRole("listitem");

describe("App's Search and Trace over published pieces", () => {
  it("searches, then traces a hit to its marked quote, without loading the whole dataset", async () => {
    const user = userEvent.setup();
    const { openPieces, calls } = served();
    const { loads } = renderApp(fakeActions("preview"), { loadCatalog, openPieces });
    await user.click(await screen.findByRole("tab", { name: "Search" }));
    await user.type(
      await screen.findByRole("searchbox", { name: "Search figures and events" }),
      "pill presses",
    );
    const expected = searchRecords(buildIndex(dataset), { text: "pill presses", max: 100 });
    await waitFor(() =>
      expect(screen.getByRole("status")).toHaveTextContent(`${expected.length} results`),
    );
    expect(results().map((li) => li.querySelector("code")?.textContent)).toEqual(
      expected.map((h) => `=POLICY.${h.type === "figure" ? "VALUE" : "DATE"}("${h.id}")`),
    );
    await user.click(within(results()[0]).getByRole("button", { name: `Trace ${expected[0].id}` }));
    const mark = await screen.findByText(expected[0].quote.slice(0, 30), {
      selector: "mark",
      exact: false,
    });
    expect(mark.closest("blockquote")).toBeInTheDocument();
    expect(loads).toEqual([]);
    const texts = calls.filter((c) => c.includes("/docs/"));
    expect(texts).toHaveLength(1);
    expect(calls.some((c) => c.includes("/tables/"))).toBe(false);
  });

  it("lists the categories and documents the search pieces hold in the filters", async () => {
    const user = userEvent.setup();
    const { openPieces, calls } = served();
    renderApp(fakeActions("preview"), { loadCatalog, openPieces });
    await user.click(await screen.findByRole("tab", { name: "Search" }));
    const category = await screen.findByRole("combobox", { name: "Category" });
    await waitFor(() =>
      expect(
        within(category)
          .getAllByRole("option")
          .map((o) => o.textContent),
      ).toEqual([
        "All categories",
        ...[...new Set([...dataset.figures, ...dataset.events].map((r) => r.category))].sort(),
      ]),
    );
    const source = screen.getByRole("combobox", { name: "Source" });
    // The documents list is read when the Source filter is first used, not when Search opens.
    expect(within(source).getAllByRole("option")).toHaveLength(1);
    expect(calls.filter((c) => c.includes("/search/sources."))).toEqual([]);
    source.focus();
    await waitFor(() =>
      expect(within(source).getAllByRole("option")).toHaveLength(dataset.sources.length + 1),
    );
    expect(calls.filter((c) => c.includes("/search/sources."))).toHaveLength(1);
    await user.selectOptions(category, "sanctions");
    const sanctions = [...dataset.figures, ...dataset.events].filter(
      (r) => r.category === "sanctions",
    ).length;
    await waitFor(() =>
      expect(screen.getByRole("status")).toHaveTextContent(`${sanctions} results`),
    );
  });

  it("finds records to trace by typing in the picker, from the search pieces", async () => {
    const user = userEvent.setup();
    const { openPieces } = served();
    const { loads } = renderApp(fakeActions("preview"), { loadCatalog, openPieces });
    await user.click(await screen.findByRole("tab", { name: "Trace" }));
    await user.type(
      await screen.findByRole("combobox", { name: "Figure or event to trace" }),
      "pill presses",
    );
    await user.click(await screen.findByRole("option", { name: /pill presses/i }));
    expect(
      await screen.findByText(/DHS seized more than 3,600 pill presses/, { selector: "mark" }),
    ).toBeInTheDocument();
    expect(loads).toEqual([]);
  });

  it("after a choice, lists only what new words find and traces the record chosen next", async () => {
    const user = userEvent.setup();
    const { openPieces } = served();
    renderApp(fakeActions("preview"), { loadCatalog, openPieces });
    await user.click(await screen.findByRole("tab", { name: "Trace" }));
    const box = await screen.findByRole("combobox", { name: "Figure or event to trace" });
    await user.click(box);
    await user.paste("pill presses");
    await user.click(await screen.findByRole("option", { name: /pill presses/i }));
    await screen.findByText(/DHS seized more than 3,600 pill presses/, { selector: "mark" });
    await user.click(box);
    await user.keyboard("{Control>}a{/Control}deaths");
    expect(box).toHaveValue("deaths");
    // The record traced labels the box but is not offered for words that do not find it.
    const listed = () =>
      within(screen.getByRole("listbox"))
        .getAllByRole("option")
        .map((o) => o.textContent);
    await waitFor(() => expect(listed()).toHaveLength(2));
    expect(listed()).toEqual([
      expect.stringMatching(
        /^drug overdose deaths a year in the United States — more than 100,000/,
      ),
      expect.stringMatching(/^drug overdose deaths in the United States — more than 107,000/),
    ]);
    await user.click(screen.getByRole("option", { name: /more than 107,000 deaths/ }));
    expect(
      await screen.findByRole("heading", { name: "more than 107,000 deaths" }),
    ).toBeInTheDocument();
  });

  it("in Excel, reads a selected cell that is not ours without loading the whole dataset", async () => {
    const user = userEvent.setup();
    const { openPieces } = served();
    const actions = fakeActions("excel", {
      readSelection: async () => ({ ...cell("Sheet1!B2", 5), recordId: null }),
    });
    const { loads } = renderApp(actions, { loadCatalog, openPieces });
    await user.click(await screen.findByRole("tab", { name: "Search" }));
    await user.type(
      await screen.findByRole("searchbox", { name: "Search figures and events" }),
      "pill presses",
    );
    const trace = await screen.findAllByRole("button", { name: /^Trace / });
    await user.click(trace[0]);
    await screen.findByRole("heading", { name: "Where it comes from" });
    expect(actions.calls.readSelection).toHaveLength(0);
    await user.click(screen.getByRole("button", { name: "Trace selected cell" }));
    expect(await screen.findByText(/Cell Sheet1!B2 is not from Policy Tables/)).toBeInTheDocument();
    expect(actions.calls.readSelection).toHaveLength(1);
    expect(loads).toEqual([]);
  });

  it("in Excel, traces the selected table cell on opening, marking the quote as over the whole dataset", async () => {
    const user = userEvent.setup();
    const figure = dataset.figures.find((f) => f.unit !== "percent")!;
    const selected = {
      ...cell("Sheet1!B3", figure.value),
      via: "table" as const,
      recordId: figure.id,
    };
    // Trace over the whole dataset, for comparison.
    renderApp(fakeActions("excel", { readSelection: async () => selected }), { loadCatalog });
    await user.click(await screen.findByRole("tab", { name: "Trace" }));
    const whole = await tracedQuote();
    cleanup();
    const { openPieces, calls } = served();
    const actions = fakeActions("excel", { readSelection: async () => selected });
    const { loads } = renderApp(actions, { loadCatalog, openPieces });
    await user.click(await screen.findByRole("tab", { name: "Trace" }));
    expect(await tracedQuote()).toEqual(whole);
    expect(
      screen.getByText(`Cell Sheet1!B3 matches dataset ${dataset.version}.`),
    ).toBeInTheDocument();
    expect(loads).toEqual([]);
    expect(calls.filter((u) => u.includes("/docs/"))).toEqual([
      expect.stringMatching(new RegExp(`^data/pieces/docs/${figure.source.doc}\\.`)),
    ]);
    expect(calls.every((u) => /^data\/(catalog\.json|pieces\/(ids[./]|docs\/))/.test(u))).toBe(
      true,
    );
  });

  it("in Excel, explains a selected POLICY formula from the pieces its function reads", async () => {
    const user = userEvent.setup();
    const figure = dataset.figures.find((f) => f.unit !== "percent")!;
    const formula = `=POLICY.VALUE("${figure.id}")`;
    const { openPieces, calls } = served();
    const actions = fakeActions("excel", {
      // What the Excel adapter does with the cell's formula (test/excel/readSelection.test.ts).
      readSelection: async (explainFrom) => {
        if (typeof explainFrom !== "function") throw new Error("expected the pieces' indexer");
        const explained = await explainPolicyFormulaWith(explainFrom, formula);
        return {
          ...cell("Sheet1!C3", figure.value),
          via: "formula",
          recordId: explained.recordId,
          formula: explained,
        };
      },
    });
    const { loads } = renderApp(actions, { loadCatalog, openPieces });
    await user.click(await screen.findByRole("tab", { name: "Trace" }));
    expect(
      await screen.findByText(`Sheet1!C3 returns ${figure.value}`, {}, { timeout: 20_000 }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(figure.source.quote.slice(0, 30), { selector: "mark", exact: false }),
    ).toBeInTheDocument();
    expect(loads).toEqual([]);
    expect(calls.some((u) => u.includes("/docs/"))).toBe(true);
    expect(calls.some((u) => u.includes("/tables/") || u.includes("/search"))).toBe(false);
  });

  it("loads the whole dataset where no pieces are published", async () => {
    const user = userEvent.setup();
    const { loads } = renderApp(fakeActions("preview"), {
      loadCatalog,
      openPieces: async () => null,
    });
    await user.click(await screen.findByRole("tab", { name: "Search" }));
    await screen.findByRole("searchbox", { name: "Search figures and events" });
    await waitFor(() => expect(loads).toEqual(["data/dataset.json"]));
  });
});

describe("Search's reads over many id shards", () => {
  it("reads no id shard for an empty box, and for a query only those of the hits it shows and their documents", async () => {
    // The shipped dataset in shards of about 500 bytes: most records sit in shards of their own.
    const dataset = shippedDataset();
    const shardTargetBytes = 500;
    const planned = planPieces(dataset, { shardTargetBytes });
    const ids = JSON.parse(
      planned.files.find((f) => f.path === planned.catalog.ids.path)!.content,
    ) as IdIndex;
    const shardCount = ids.shards.length;
    expect(shardCount).toBeGreaterThan(40);
    const user = userEvent.setup();
    const { openPieces, calls } = served({ shardTargetBytes }, dataset);
    const listing = catalogListing(dataset);
    renderApp(fakeActions("preview"), { loadCatalog: async () => listing, openPieces });
    await user.click(await screen.findByRole("tab", { name: "Search" }));
    const all = dataset.figures.length + dataset.events.length;
    expect(
      await screen.findByText(
        `Type a word, or choose a category, source or dates, to search ${all} figures and events.`,
      ),
    ).toHaveAttribute("role", "status");
    const shardsRead = () =>
      new Set(
        calls.filter((c) => c.includes("/pieces/ids/")).map((c) => /ids\/(\d+)\./.exec(c)![1]),
      );
    expect(shardsRead().size).toBe(0);
    const text = "fentanyl";
    const box = screen.getByRole("searchbox", { name: "Search figures and events" });
    fireEvent.change(box, { target: { value: text } });
    const total = searchRecords(buildIndex(dataset), { text, max: all }).length;
    expect(total).toBeGreaterThan(20);
    await waitFor(() => expect(results()).toHaveLength(20));
    const shown = searchRecords(buildIndex(dataset), { text });
    const needed = new Set(
      shown.flatMap((h) => [h.id, h.doc]).map((id) => String(shardOf(id, shardCount))),
    );
    expect([...shardsRead()].sort()).toEqual([...needed].sort());
    // A page of 20 hits reads at most 40 id shards (README, "What one query reads").
    expect(shardsRead().size).toBeLessThanOrEqual(40);
  });
});
