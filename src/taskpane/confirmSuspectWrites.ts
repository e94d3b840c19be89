import { datasetWarnings } from "../core/dataset/datasetTrust";
import { PolicyError } from "../core/errors";
import type { Dataset } from "../core/dataset/schema";
import type { WorkbookActions } from "./workbook";

/** A suspect dataset waiting for the person's answer before an insert writes from it. */
export interface PendingApproval {
  dataset: Dataset;
  warnings: string[];
  answer: (approved: boolean) => void;
}

/**
 * The same actions, each insert (a table from the Catalog, a figure from Search or Trace) first
 * checking the dataset against the versions the workbook's tables were written with, as Refresh
 * does: a content hash that changed under the same version, or an older version, waits for
 * `ask`. Declined, nothing is written and the insert fails saying why. A dataset approved once
 * is not asked about again in this pane.
 */
export function confirmSuspectWrites(
  actions: WorkbookActions,
  ask: (dataset: Dataset, warnings: string[]) => Promise<boolean>,
): WorkbookActions {
  if (actions.mode === "preview") return actions; // no workbook tables to compare with
  const approved = new Set<string>();
  const check = async (dataset: Dataset) => {
    if (approved.has(dataset.contentHash)) return;
    const warnings = datasetWarnings(dataset, await actions.readTableVersions());
    if (!warnings.length) return;
    if (!(await ask(dataset, warnings))) {
      throw new PolicyError(
        "workbook_conflict",
        `Nothing was inserted: ${warnings.join(" ")} Refresh the tables from the dataset they ` +
          "were written with, or insert again and confirm to use this one.",
      );
    }
    approved.add(dataset.contentHash);
  };
  return {
    ...actions,
    insertTable: async (dataset, tableId, choice, target) => {
      await check(dataset);
      return actions.insertTable(dataset, tableId, choice, target);
    },
    insertFigure: async (dataset, recordId, form) => {
      await check(dataset);
      return actions.insertFigure(dataset, recordId, form);
    },
  };
}

/**
 * One question at a time for the pane to show: `ask` resolves when the person answers;
 * `subscribe` and `current` fit React's useSyncExternalStore.
 */
export function approvalQueue() {
  let pending: PendingApproval | null = null;
  const listeners = new Set<() => void>();
  const set = (next: PendingApproval | null) => {
    pending = next;
    for (const l of listeners) l();
  };
  return {
    ask: (dataset: Dataset, warnings: string[]) =>
      new Promise<boolean>((resolve) => {
        pending?.answer(false); // a newer insert replaces an unanswered question
        set({
          dataset,
          warnings,
          answer: (approved) => {
            set(null);
            resolve(approved);
          },
        });
      }),
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    current: () => pending,
  };
}
