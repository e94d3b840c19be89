import { useEffect, useRef, useState } from "react";
import { datasetWarnings } from "../../core/dataset/datasetTrust";
import type { Dataset } from "../../core/dataset/schema";
import type { RefreshProgress, RefreshSummary, WorkbookActions } from "../workbook";

export type RefreshState =
  | { status: "idle" }
  | { status: "fetching" }
  | { status: "refreshing"; progress: RefreshProgress | null }
  | { status: "reloaded"; dataset: Dataset }
  /** The dataset is suspect for the workbook's tables: nothing is written until confirmed. */
  | { status: "confirm"; dataset: Dataset; warnings: string[] }
  | { status: "cancelled"; dataset: Dataset }
  | { status: "done"; summary: RefreshSummary }
  | { status: "error"; error: unknown };

/**
 * Refresh: fetch and validate the dataset first (a failure there changes nothing), compare it
 * with the versions the tables were written with (a silently changed or older dataset waits for
 * `confirm`), then update every inserted table. The browser preview has no tables, so there it
 * only reloads.
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
  const exclusive = async (work: () => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    try {
      await work();
    } finally {
      busy.current = false;
    }
  };
  const run = () => exclusive(refresh);
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
    let warnings: string[];
    try {
      warnings = datasetWarnings(dataset, await actions.readTableVersions());
    } catch (error) {
      setState({ status: "error", error });
      return;
    }
    if (warnings.length) {
      setState({ status: "confirm", dataset, warnings });
      return;
    }
    await write(dataset);
  };
  const write = async (dataset: Dataset) => {
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
  const confirm = () =>
    exclusive(async () => {
      if (state.status === "confirm") await write(state.dataset);
    });
  const cancel = () => {
    if (state.status === "confirm") setState({ status: "cancelled", dataset: state.dataset });
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
  return { state, run, confirm, cancel };
}
