import { datasetWarnings } from "../../core/dataset/datasetWarnings";
import type { Dataset } from "../../core/dataset/schema";
import { userMessage } from "../../core/errors";
import { createExcelWorkbookActions } from "../../excel/excelWorkbookActions";
import * as F from "../../functions/functions";
import * as runtime from "../../functions/runtimeDataset";
import { runtimePieces } from "../../functions/runtimePieces";
import { ensureValidated, resetVerifiedDatasets } from "../../functions/verifyDataset";
import { SHIPPED_DATASET_URL } from "../../taskpane/loadDataset";
import { refreshFromPieces } from "../../taskpane/piecesRefresh";
// The faithful Excel fake counts syncs as Excel would see them (see refresh.ts).
import { FakeExcel } from "../../../test/fakes/excel";
import { timePerCall, type PerCall } from "./perCall";
import type { GzipServer, ServedFile } from "./serveGzip";

export interface FirstCallResult {
  ms: number;
  /** The call's answer: a number, or the error Excel would show. */
  answer: string;
  /** What the server sent while the call ran. */
  fetched: ServedFile[];
  /** LOOKUP's words; TABLE's and SEARCH's arguments. */
  asked?: string;
  /** The same call repeated in the warm runtime (every piece held), per call over runs. */
  warm?: PerCall;
}

/** Warm calls per run, and runs, after each first call. */
const WARM_CALLS = 500;
const WARM_RUNS = 5;

export interface NodeScaleResult {
  value: FirstCallResult;
  lookup: FirstCallResult;
  /** POLICY.TABLE of TABLE_CALL, SEARCH of SEARCH_CALL and VERSION, each in a fresh runtime. */
  table?: FirstCallResult;
  search?: FirstCallResult;
  version?: FirstCallResult;
  refresh: RefreshAtScale;
}

/** A table of every corpus size (the seeds' configuration names it) with three of its columns. */
export const TABLE_CALL = ["sanctions", "metric,value,unit"] as const;
/** The words the pane's Search is timed with (scaleBrowser.ts), at SEARCH's default of 20 rows. */
export const SEARCH_CALL = "fentanyl seized";

export interface RefreshAtScale {
  completed: boolean;
  tables: string[];
  rows: number;
  /** Fetch, verify and rewrite, as the pane's Refresh does it. */
  ms: number;
  syncs: number;
  /** Bytes the server sent for the refresh (gzip): the catalog and the tables' pieces. */
  bytes?: number;
  /** What the server sent for it, by path. */
  fetched?: string[];
  problem?: string;
  /** The same Refresh of the same workbook in a fresh runtime: nothing held from the inserts. */
  cold?: RefreshAtScale;
}

/**
 * In Node, against the served site over HTTP: the first POLICY.VALUE, LOOKUP, TABLE, SEARCH
 * and VERSION of a fresh functions runtime configured as the add-in's (pieces fetched, checked
 * and read by the runtime itself: VALUE from the catalog and the id shards, LOOKUP from the
 * lookup postings and figure blocks, TABLE from the table's piece, SEARCH from the search index
 * and its hits' id shards, VERSION from the catalog), and a Refresh, as the pane runs it from the pieces, of a
 * workbook holding three tables.
 */
export async function measureNode(server: GzipServer, figureId: string): Promise<NodeScaleResult> {
  const page = `${server.origin}/taskpane.html`;
  const httpFetch = (url: string | URL | Request, init?: RequestInit) =>
    fetch(new URL(String(url), page), init);
  const freshRuntime = () => {
    runtime.resetRuntimeDataset();
    resetVerifiedDatasets();
    runtime.configureRuntimeDataset({
      fetch: (url) => httpFetch(url),
      // As platformPieceFetch in the add-in: the catalog past any cache, pieces by their hash.
      pieceFetch: (url, fresh) => httpFetch(url, fresh ? { cache: "no-store" } : {}),
      recalculate: async () => {},
    });
  };

  freshRuntime();
  const value = await firstCall(server, () => F.value(figureId));
  value.warm = await timePerCall(() => F.value(figureId), WARM_CALLS, WARM_RUNS);
  // LOOKUP by meaning asks for the same figure by its metric, actor and period (lookupWords).
  const args = await Promise.all(
    ["metric", "actor", "period_start"].map(async (f) => {
      const v = await F.field(figureId, f);
      return typeof v === "string" || typeof v === "number" ? String(v) : undefined;
    }),
  );
  freshRuntime();
  const words = lookupWords(figureId, args[0]);
  const lookup = await firstCall(server, () => F.lookup(words, args[1], args[2]));
  lookup.asked = words;
  lookup.warm = await timePerCall(() => F.lookup(words, args[1], args[2]), WARM_CALLS, WARM_RUNS);

  freshRuntime();
  const table = await firstCall(server, () => F.table(...TABLE_CALL));
  table.asked = `"${TABLE_CALL.join('", "')}"`;
  freshRuntime();
  const search = await firstCall(server, () => F.search(SEARCH_CALL));
  search.asked = `"${SEARCH_CALL}"`;
  freshRuntime();
  const version = await firstCall(server, () => F.version());

  freshRuntime();
  const refresh = await refreshThreeTables(server, freshRuntime);
  runtime.resetRuntimeDataset();
  resetVerifiedDatasets();
  return { value, lookup, table, search, version, refresh };
}

/**
 * The words LOOKUP asks the figure `id` by: its metric, and in a replicated corpus the id's
 * copy word ("r1999"), as every copy repeats the metric, actor and period: without it the
 * answer is rightly #N/A listing the copies, which would time an ambiguity, not a lookup.
 */
export function lookupWords(id: string, metric: string | undefined): string {
  const copy = /-(r\d+)$/.exec(id)?.[1];
  return [metric ?? id, copy].filter(Boolean).join(" ");
}

async function firstCall(
  server: GzipServer,
  call: () => Promise<unknown>,
): Promise<FirstCallResult> {
  const from = server.served.length;
  const started = performance.now();
  const r = await call();
  const ms = Math.round(performance.now() - started);
  return { ms, answer: describe(r), fetched: server.served.slice(from) };
}

function describe(r: unknown): string {
  if (typeof r === "number" || typeof r === "string") return String(r);
  // A spilled result: its size, or the error a 1×1 array holds.
  if (Array.isArray(r)) {
    const rows = r as unknown[][];
    if (rows.length === 1 && rows[0].length === 1 && typeof rows[0][0] === "object")
      return describe(rows[0][0]);
    return `${rows.length - 1} rows × ${rows[0]?.length ?? 0} columns`;
  }
  const e = r as { code?: string; message?: string } | null;
  const code = String(e?.code ?? "error");
  return `${code.startsWith("#") ? code : `#${code}`}: ${(e?.message ?? "").slice(0, 160)}`;
}

/**
 * Opens the pieced dataset, inserts its three largest tables from their pieces, then refreshes
 * them through the pane's path (piecesRefresh.ts: the catalog anew, the trust check, then
 * refreshAll, which fetches the pieces of the workbook's tables), counting what it fetched:
 * once straight after the inserts (warm: the tables' pieces are held by their hash), and again
 * in a fresh runtime (`freshRuntime`: a new reader, nothing cached), as a workbook reopened in
 * a new session is refreshed.
 */
async function refreshThreeTables(
  server: GzipServer,
  freshRuntime: () => void,
): Promise<RefreshAtScale> {
  const fake = new FakeExcel();
  const actions = createExcelWorkbookActions(fake.run as never, fake.requirements);
  const none = { completed: false, tables: [], rows: 0, ms: 0, syncs: 0, bytes: 0 };
  const opened = await runtimePieces(SHIPPED_DATASET_URL);
  if (!opened)
    return { ...none, problem: `open: no readable catalog beside ${SHIPPED_DATASET_URL}` };
  const largest = [...opened.catalog.tables].sort((a, b) => b.rowCount - a.rowCount).slice(0, 3);
  const rows = largest.reduce((n, t) => n + t.rowCount, 0);
  const tables = largest.map((t) => t.id);
  try {
    for (const id of tables)
      await actions.insertTable(await written(await opened.tables([id])), id, {}, "newSheet");
  } catch (error) {
    return { ...none, tables, rows, problem: `insert: ${userMessage(error)}` };
  }
  const warm = await refreshOnce(server, fake, actions, tables, rows);
  freshRuntime();
  return { ...warm, cold: await refreshOnce(server, fake, actions, tables, rows) };
}

/** As the pane's validateBeforeWrite: every write waits for its dataset's one validation. */
async function written(dataset: Dataset): Promise<Dataset> {
  await ensureValidated(dataset);
  return dataset;
}

/** One Refresh of the workbook's three tables, as the pane runs it, and what it fetched. */
async function refreshOnce(
  server: GzipServer,
  fake: FakeExcel,
  actions: ReturnType<typeof createExcelWorkbookActions>,
  tables: string[],
  rows: number,
): Promise<RefreshAtScale> {
  const syncsBefore = fake.stats.syncs;
  const servedBefore = server.served.length;
  const started = performance.now();
  const measured = () => ({
    tables,
    rows,
    ms: Math.round(performance.now() - started),
    syncs: fake.stats.syncs - syncsBefore,
    bytes: server.served.slice(servedBefore).reduce((n, f) => n + f.bodyBytes, 0),
    fetched: server.served.slice(servedBefore).map((f) => f.path),
  });
  try {
    const approve = async (d: Dataset) =>
      datasetWarnings(d, await actions.readTableVersions()).length === 0;
    const fresh = await refreshFromPieces(SHIPPED_DATASET_URL, approve);
    if (!fresh)
      return { completed: false, ...measured(), problem: "refresh: the catalog went away" };
    const summary = await actions.refreshAll(await written(fresh.dataset), () => {});
    const refreshed = summary.tables.filter(
      (t) => tables.includes(t.tableId) && (t.status === "updated" || t.status === "unchanged"),
    ).length;
    return {
      completed: refreshed === 3,
      ...measured(),
      ...(refreshed === 3
        ? {}
        : {
            problem: `refreshed ${refreshed} of 3 tables: ${summary.tables.map((t) => `${t.tableId} ${t.status}${t.message ? ` (${t.message})` : ""}`).join(", ")}`,
          }),
    };
  } catch (error) {
    return { completed: false, ...measured(), problem: `refresh: ${userMessage(error)}` };
  }
}
