import { datasetWarnings } from "../core/dataset/datasetTrust";
import { PolicyError } from "../core/errors";
import type { Dataset } from "../core/dataset/schema";
import type { WorkbookActions } from "./workbook";

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
