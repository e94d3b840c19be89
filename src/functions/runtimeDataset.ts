import type { Dataset } from "../core/dataset/schema";
import { PolicyError, userMessage } from "../core/errors";
import { buildIndex, type LookupIndex } from "../core/lookup/buildIndex";
import type { PiecedDataset } from "./piecedDataset";
import type { PieceFetch, PieceReader } from "./pieceReader";
import { ensureValidated, verifyDataset } from "./verifyDataset";

/**
 * The dataset of this runtime: fetched once from `data/dataset.json` (relative to the page),
 * verified (verifyDataset.ts: by content hash when it is the dataset the add-in was built with,
 * otherwise by full validation), indexed, and shared by every custom function call and the task
 * pane. In the shared runtime the task pane and the functions run in one page, but webpack may
 * bundle this module once per entry; the state therefore lives on globalThis under a
 * registered symbol, so both copies see the same dataset.
 *
 * After a refresh the task pane calls installDataset(newDataset): it validates (once per
 * dataset in this runtime), swaps the
 * index, tells onDatasetChanged listeners, then asks Excel for a full recalculation. POLICY
 * functions are deliberately not volatile (volatile functions rerun on every edit) and not
 * streaming (a stream per cell would hold the runtime busy); a full calculation reruns every
 * formula once, so cells that use POLICY functions, and cells that depend on them, show the
 * new version.
 */

export const DATASET_URL = "data/dataset.json";

export interface DatasetResponse {
  ok: boolean;
  status: number;
  statusText: string;
  json(): Promise<unknown>;
}
export type DatasetFetch = (url: string) => Promise<DatasetResponse>;
export type DatasetListener = (dataset: Dataset) => void;

export interface RuntimeState {
  url: string;
  fetch?: DatasetFetch;
  recalculate: () => Promise<void>;
  index?: LookupIndex;
  loading?: Promise<LookupIndex>;
  /** Bumped by each install, so a fetch that finishes late cannot replace a newer dataset. */
  generation: number;
  fetches: number;
  listeners: Set<DatasetListener>;
  pieceFetch?: PieceFetch;
  /** One reader per runtime: its cache is keyed by content hash, whatever catalog lists it. */
  pieceReader?: PieceReader;
  /** The pieced dataset beside `url` (runtimePieces.ts); null where there is none. */
  pieces?: { reader: PieceReader; catalog: Promise<PiecedDataset | null> };
}

const KEY = Symbol.for("policy-tables.runtime-dataset");

export function state(): RuntimeState {
  const holder = globalThis as unknown as Record<symbol, RuntimeState | undefined>;
  holder[KEY] ??= freshState();
  return holder[KEY];
}

function freshState(): RuntimeState {
  return {
    url: DATASET_URL,
    recalculate: recalculateWorkbook,
    generation: 0,
    fetches: 0,
    listeners: new Set(),
  };
}

/** The index of the runtime's dataset, fetching it on first use; concurrent calls share one fetch. */
export function runtimeIndex(): Promise<LookupIndex> {
  const s = state();
  if (s.index) return Promise.resolve(s.index);
  if (!s.loading) {
    const generation = s.generation;
    s.loading = load(s).then(
      (index) => {
        if (s.generation === generation) s.index = index;
        return s.index ?? index;
      },
      (error: unknown) => {
        // Forget the failure so the next recalculation tries again.
        if (s.generation === generation) s.loading = undefined;
        throw error;
      },
    );
  }
  return s.loading;
}

let slices: Promise<typeof import("./slices")> | undefined;

/**
 * The slice readers, loaded on the first call with the functions' core (one chunk): the pane
 * opens without them. The promise is kept (an import() per call is a loader round trip in some
 * hosts), unless the load failed: the next call tries again.
 */
function sliceReaders(): Promise<typeof import("./slices")> {
  return (slices ??= import(/* webpackChunkName: "formulas" */ "./slices").catch((e) => {
    slices = undefined;
    throw e;
  }));
}

/**
 * An index that answers for the figure or event `id`: the whole dataset's once it is loaded;
 * before that, a slice holding the record and its document, read from the catalog and the one
 * id-index shard that holds it (and its document's shard), so the first POLICY.VALUE of a
 * large corpus fetches a few small pieces instead of the whole dataset. An unknown id's "Did
 * you mean" reads the sorted ids beside it, and a missing or non-text id the catalog's example
 * ids; only a dataset published without a catalog (or an older build's) goes to the whole
 * dataset, as before.
 */
export async function runtimeIndexFor(id: unknown): Promise<LookupIndex> {
  const s = state();
  if (s.index) return s.index;
  return (await (await sliceReaders()).pieceSlice(s, id)) ?? runtimeIndex();
}

/**
 * The index POLICY.LOOKUP answers from: the whole dataset's once it is loaded; before that, the
 * figures holding the query's words, from the lookup pieces (lookupSlice.ts).
 */
export async function runtimeIndexForLookup(
  text: unknown,
  actor: unknown,
  period: unknown,
): Promise<LookupIndex> {
  const s = state();
  if (s.index) return s.index;
  return (await (await sliceReaders()).lookupSlice(s, text, actor, period)) ?? runtimeIndex();
}

/**
 * The index POLICY.TABLE, POLICY.SEARCH or POLICY.VERSION answers from: the whole dataset's once
 * it is loaded; before that, the catalog and the pieces the call needs (catalogSlices.ts), so a
 * large corpus's dataset.json is never fetched for them where pieces are published.
 */
export async function runtimeIndexForTable(tableId: unknown): Promise<LookupIndex> {
  return indexFrom((r, s) => r.tableSlice(s, tableId));
}

export async function runtimeIndexForSearch(text: unknown, max: unknown): Promise<LookupIndex> {
  return indexFrom((r, s) => r.searchSlice(s, text, max));
}

export async function runtimeIndexForVersion(): Promise<LookupIndex> {
  return indexFrom((r, s) => r.versionSlice(s));
}

async function indexFrom(
  slice: (readers: typeof import("./slices"), s: RuntimeState) => Promise<LookupIndex | null>,
): Promise<LookupIndex> {
  const s = state();
  if (s.index) return s.index;
  return (await slice(await sliceReaders(), s)) ?? runtimeIndex();
}

/** The runtime's dataset, for the task pane: the same object the functions read. */
export async function runtimeDataset(): Promise<Dataset> {
  return (await runtimeIndex()).dataset;
}

async function load(s: RuntimeState): Promise<LookupIndex> {
  const fetchDataset = s.fetch ?? defaultFetch();
  s.fetches += 1;
  let response: DatasetResponse;
  try {
    response = await fetchDataset(s.url);
  } catch (error) {
    throw new PolicyError(
      "fetch_failed",
      `Could not load the dataset from ${s.url}: ${error instanceof Error ? error.message : String(error)}.`,
    );
  }
  if (!response.ok) {
    throw new PolicyError(
      "fetch_failed",
      `Could not load the dataset from ${s.url}: HTTP ${response.status} ${response.statusText}.`.trim(),
    );
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    throw new PolicyError(
      "invalid_dataset",
      `The dataset at ${s.url} is not valid JSON: ${userMessage(error)}`,
    );
  }
  return buildIndex(await verifyDataset(json));
}

function defaultFetch(): DatasetFetch {
  if (typeof fetch !== "function") {
    throw new PolicyError("not_loaded", "No dataset is loaded and this runtime cannot fetch one.");
  }
  return (url) => fetch(url);
}

/**
 * Validates and installs a new dataset (after a task-pane or ribbon refresh), tells listeners,
 * then recalculates the workbook. An invalid dataset throws the parseDataset error and leaves
 * the current one in place. Resolves to the installed dataset.
 */
export async function installDataset(input: unknown): Promise<Dataset> {
  const s = state();
  const dataset = await verifyDataset(input);
  await ensureValidated(dataset);
  const index = buildIndex(dataset);
  s.generation += 1;
  s.index = index;
  s.loading = Promise.resolve(index);
  for (const listener of [...s.listeners]) listener(index.dataset);
  await recalculateFor(s, index.dataset.version);
  return index.dataset;
}

/** Recalculates after dataset `version` was installed; a failure says how to do it by hand. */
export async function recalculateFor(s: RuntimeState, version: string): Promise<void> {
  try {
    await s.recalculate();
  } catch (error) {
    throw new PolicyError(
      "not_supported",
      `Dataset ${version} is installed, but Excel did not recalculate ` +
        `(${userMessage(error)}). Press Ctrl+Alt+F9 to recalculate all formulas.`,
    );
  }
}

/** Calls `listener` with each newly installed dataset; returns the function that stops it. */
export function onDatasetChanged(listener: DatasetListener): () => void {
  const s = state();
  s.listeners.add(listener);
  return () => s.listeners.delete(listener);
}

/**
 * A full calculation, the one kind that reruns formulas Excel does not consider dirty, such
 * as non-volatile custom functions whose arguments did not change. Outside Excel (browser
 * preview) there is no workbook, so there is nothing to do.
 */
export async function recalculateWorkbook(): Promise<void> {
  if (typeof Excel === "undefined") return;
  await Excel.run(async (context) => {
    context.workbook.application.calculate(Excel.CalculationType.full);
    await context.sync();
  });
}

/** Replaces how the dataset is fetched and recalculated (tests, the benchmark, the CLI). */
export function configureRuntimeDataset(options: {
  fetch?: DatasetFetch;
  url?: string;
  recalculate?: () => Promise<void>;
  /** How pieces are fetched; without it, a runtime given `fetch` reads the whole dataset only. */
  pieceFetch?: PieceFetch;
}): void {
  const s = state();
  if (options.pieceFetch) {
    s.pieceFetch = options.pieceFetch;
    s.pieceReader = undefined;
    s.pieces = undefined;
  }
  if (options.url && options.url !== s.url) s.pieces = undefined;
  if (options.fetch) s.fetch = options.fetch;
  if (options.url) s.url = options.url;
  if (options.recalculate) s.recalculate = options.recalculate;
}

/** Forgets the dataset, the configuration and the fetch count (tests and the benchmark). */
export function resetRuntimeDataset(): void {
  const holder = globalThis as unknown as Record<symbol, RuntimeState | undefined>;
  holder[KEY] = freshState();
}

/** How many times this runtime has fetched the dataset. */
export function datasetFetchCount(): number {
  return state().fetches;
}
