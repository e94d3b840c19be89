import type { Dataset } from "../../core/dataset/schema";
import { userMessage } from "../../core/errors";
import { createExcelWorkbookActions } from "../../excel/excelWorkbookActions";
import * as F from "../../functions/functions";
import * as runtime from "../../functions/runtimeDataset";
import { ensureValidated, resetVerifiedDatasets } from "../../functions/verifyDataset";
import { fetchDatasetLoader } from "../../taskpane/fetchDataset";
import { sharedDatasetLoader, SHIPPED_DATASET_URL } from "../../taskpane/loadDataset";
// The faithful Excel fake counts syncs as Excel would see them (see refresh.ts).
import { FakeExcel } from "../../../test/fakes/excel";
import type { GzipServer, ServedFile } from "./serveGzip";

export interface FirstCallResult {
  ms: number;
  /** The call's answer: a number, or the error Excel would show. */
  answer: string;
  /** What the server sent while the call ran. */
  fetched: ServedFile[];
  /** LOOKUP's words. */
  asked?: string;
}

export interface NodeScaleResult {
  value: FirstCallResult;
  lookup: FirstCallResult;
  refresh: RefreshAtScale;
}

export interface RefreshAtScale {
  completed: boolean;
  tables: string[];
  rows: number;
  /** Fetch, verify and rewrite, as the pane's Refresh does it. */
  ms: number;
  syncs: number;
  problem?: string;
}

/**
 * In Node, against the served site over HTTP: the first POLICY.VALUE and the first
 * POLICY.LOOKUP of a fresh functions runtime configured as the add-in's (pieces fetched, checked
 * and read by the runtime itself: VALUE from the catalog and the id shards, LOOKUP from the
 * lookup postings and figure blocks), and a Refresh, as the pane runs it, of a workbook holding three tables.
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

  freshRuntime();
  const refresh = await refreshThreeTables(httpFetch);
  runtime.resetRuntimeDataset();
  resetVerifiedDatasets();
  return { value, lookup, refresh };
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
  const e = r as { code?: string; message?: string } | null;
  const code = String(e?.code ?? "error");
  return `${code.startsWith("#") ? code : `#${code}`}: ${(e?.message ?? "").slice(0, 160)}`;
}

/** Opens the dataset, inserts its three largest tables, then refreshes them as the pane does. */
async function refreshThreeTables(httpFetch: typeof fetch): Promise<RefreshAtScale> {
  const load = sharedDatasetLoader(fetchDatasetLoader(httpFetch), async () => runtime);
  const fake = new FakeExcel();
  const actions = createExcelWorkbookActions(fake.run as never, fake.requirements);
  let dataset: Dataset;
  try {
    dataset = await load(SHIPPED_DATASET_URL, "open");
  } catch (error) {
    return {
      completed: false,
      tables: [],
      rows: 0,
      ms: 0,
      syncs: 0,
      problem: `open: ${userMessage(error)}`,
    };
  }
  const largest = [...dataset.tables].sort((a, b) => b.rows.length - a.rows.length).slice(0, 3);
  const rows = largest.reduce((n, t) => n + t.rows.length, 0);
  const tables = largest.map((t) => t.id);
  try {
    // The pane validates a dataset in full before its first write (validateBeforeWrite.ts).
    await ensureValidated(dataset);
    for (const t of largest) await actions.insertTable(dataset, t.id, {}, "newSheet");
  } catch (error) {
    return {
      completed: false,
      tables,
      rows,
      ms: 0,
      syncs: 0,
      problem: `insert: ${userMessage(error)}`,
    };
  }
  const syncsBefore = fake.stats.syncs;
  const started = performance.now();
  try {
    const fresh = await load(SHIPPED_DATASET_URL, "refresh");
    await ensureValidated(fresh);
    const summary = await actions.refreshAll(fresh, () => {});
    const ms = Math.round(performance.now() - started);
    const refreshed = summary.tables.filter(
      (t) => tables.includes(t.tableId) && (t.status === "updated" || t.status === "unchanged"),
    ).length;
    return {
      completed: refreshed === 3,
      tables,
      rows,
      ms,
      syncs: fake.stats.syncs - syncsBefore,
      ...(refreshed === 3
        ? {}
        : {
            problem: `refreshed ${refreshed} of 3 tables: ${summary.tables.map((t) => `${t.tableId} ${t.status}`).join(", ")}`,
          }),
    };
  } catch (error) {
    return {
      completed: false,
      tables,
      rows,
      ms: Math.round(performance.now() - started),
      syncs: fake.stats.syncs - syncsBefore,
      problem: `refresh: ${userMessage(error)}`,
    };
  }
}
