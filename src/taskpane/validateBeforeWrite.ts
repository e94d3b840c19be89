import type { Dataset } from "../core/dataset/schema";
import { ensureValidated } from "../functions/verifyDataset";
import type { WorkbookActions } from "./workbook";

/**
 * The same actions, each write first waiting for one full validation of its dataset in this
 * runtime: the pane opens on a dataset trusted by its content hash, and the validator loads
 * only when something is about to be written. A dataset that fails stops the write with the
 * validator's message; nothing is written.
 */
export function validateBeforeWrite(
  actions: WorkbookActions,
  ensure: (dataset: Dataset) => Promise<void> = ensureValidated,
): WorkbookActions {
  // Reads (the selection, tag versions, a refresh's dry run) pass through as they are.
  return {
    ...actions,
    insertTable: async (dataset, tableId, choice, target) => {
      await ensure(dataset);
      return actions.insertTable(dataset, tableId, choice, target);
    },
    insertFigure: async (dataset, recordId, form) => {
      await ensure(dataset);
      return actions.insertFigure(dataset, recordId, form);
    },
    refreshAll: async (dataset, onProgress) => {
      await ensure(dataset);
      return actions.refreshAll(dataset, onProgress);
    },
    downloadWorkbook: async (dataset, choices) => {
      await ensure(dataset);
      return actions.downloadWorkbook(dataset, choices);
    },
  };
}
