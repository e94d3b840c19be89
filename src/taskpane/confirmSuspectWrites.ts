import { datasetWarnings } from "../core/dataset/datasetWarnings";
import { PolicyError } from "../core/errors";
import type { Dataset } from "../core/dataset/schema";
import type { WorkbookActions } from "./workbook";

/** A question waiting for the person before an insert writes from a suspect dataset. */
export interface Approval {
  warnings: string[];
  answer: (approved: boolean) => void;
  /** The control that started the insert, to give the focus back to once answered. */
  returnTo: Element | null;
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
    const versions = await actions.readTableVersions().catch((e: unknown) => {
      // An Excel without tags (below ExcelApi 1.5) cannot insert either; the insert says so.
      if (e instanceof PolicyError && e.code === "not_supported") return [];
      throw e;
    });
    const warnings = datasetWarnings(dataset, versions);
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
 * An `ask` for confirmSuspectWrites that shows its question through `show` (a React state
 * setter) and clears it once answered; a newer question answers an unanswered one with no.
 * `opener` names the control that started the insert (read when the insert was called: by
 * the time the question is asked, that control may be disabled and have lost the focus).
 */
export function askThrough(
  show: (next: Approval | null | ((shown: Approval | null) => Approval | null)) => void,
  opener: () => Element | null = () => null,
): (dataset: Dataset, warnings: string[]) => Promise<boolean> {
  let pending: Approval | null = null;
  return (_dataset, warnings) =>
    new Promise<boolean>((resolve) => {
      pending?.answer(false);
      const next: Approval = {
        warnings,
        returnTo: opener(),
        answer: (approved) => {
          if (pending === next) pending = null;
          show((shown) => (shown === next ? null : shown));
          resolve(approved);
        },
      };
      pending = next;
      show(next);
    });
}
