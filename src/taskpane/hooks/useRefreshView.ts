import { useEffect, useRef, useState } from "react";
import { datasetWarnings } from "../../core/dataset/datasetWarnings";
import type { Dataset } from "../../core/dataset/schema";
import { DatasetDeclined, type DatasetApproval } from "../loadDataset";
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
  /** Fetches the dataset; asks `approve` before installing it when the loader supports that. */
  reload: (approve?: DatasetApproval) => Promise<Dataset>,
  /** A refresh asked for elsewhere (the ribbon); started once, then `onStarted` clears it. */
  startNow = false,
  onStarted?: () => void,
) {
  const [state, setState] = useState<RefreshState>({ status: "idle" });
  const busy = useRef(false);
  const decision = useRef<((approved: boolean) => void) | null>(null);
  const run = async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      await refresh();
    } finally {
      busy.current = false;
    }
  };
  /** True when the dataset may be written; a suspect one waits for confirm or cancel. */
  const approve = async (dataset: Dataset): Promise<boolean> => {
    if (actions.mode === "preview") return true;
    const warnings = datasetWarnings(dataset, await actions.readTableVersions());
    if (!warnings.length) return true;
    const approved = await new Promise<boolean>((resolve) => {
      decision.current = resolve;
      setState({ status: "confirm", dataset, warnings });
    });
    if (approved) setState({ status: "fetching" });
    else setState({ status: "cancelled", dataset });
    return approved;
  };
  const refresh = async () => {
    setState({ status: "fetching" });
    let asked = false;
    let dataset: Dataset;
    try {
      dataset = await reload((d) => {
        asked = true;
        return approve(d);
      });
      // A loader that cannot ask before installing: ask before writing the tables at least.
      if (!asked && !(await approve(dataset))) return;
    } catch (error) {
      if (!(error instanceof DatasetDeclined)) setState({ status: "error", error });
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
  const decide = (approved: boolean) => {
    decision.current?.(approved);
    decision.current = null;
  };
  const confirm = () => decide(true);
  const cancel = () => decide(false);
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
