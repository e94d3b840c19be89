import { useEffect, useRef, useState } from "react";
import type { Dataset } from "../../core/dataset/schema";
import type { RefreshProgress, RefreshSummary, WorkbookActions } from "../workbook";

export type RefreshState =
  | { status: "idle" }
  | { status: "fetching" }
  | { status: "refreshing"; progress: RefreshProgress | null }
  | { status: "reloaded"; dataset: Dataset }
  | { status: "done"; summary: RefreshSummary }
  | { status: "error"; error: unknown };

/**
 * Refresh: fetch and validate the dataset first (a failure there changes nothing), then update
 * every inserted table. The browser preview has no tables, so there it only reloads.
 */
export function useRefreshView(
  actions: WorkbookActions,
  reload: () => Promise<Dataset>,
  /** A refresh asked for elsewhere (the ribbon); started once, then `onStarted` clears it. */
  startNow = false,
  onStarted?: () => void,
) {
  const [state, setState] = useState<RefreshState>({ status: "idle" });
  const busy = useRef(false);
  const run = async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      await refresh();
    } finally {
      busy.current = false;
    }
  };
  const refresh = async () => {
    setState({ status: "fetching" });
    let dataset: Dataset;
    try {
      dataset = await reload();
    } catch (error) {
      setState({ status: "error", error });
      return;
    }
    if (actions.mode === "preview") {
      setState({ status: "reloaded", dataset });
      return;
    }
    setState({ status: "refreshing", progress: null });
    try {
      const summary = await actions.refreshAll(dataset, (progress) =>
        setState({ status: "refreshing", progress }),
      );
      setState({ status: "done", summary });
    } catch (error) {
      setState({ status: "error", error });
    }
  };
  // Once per request: startNow must go false (onStarted) and true again to start another.
  const started = useRef(false);
  useEffect(() => {
    if (startNow && !started.current) {
      started.current = true;
      onStarted?.();
      void run();
    }
    if (!startNow) started.current = false;
  });
  return { state, run };
}
