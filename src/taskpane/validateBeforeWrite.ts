import type { Dataset } from "../core/dataset/schema";
import type { WorkbookActions } from "./workbook";

/**
 * The same actions, each write first waiting for one full validation of its dataset in this
 * runtime: the pane opens on a dataset trusted by its content hash, and the validator loads
 * only when something is about to be written. A dataset that fails stops the write with the
 * validator's message; nothing is written.
 */
export function validateBeforeWrite(
  actions: WorkbookActions,
  ensure: (dataset: Dataset) => Promise<void> = ensureValidatedLater,
): WorkbookActions {
  // Reads (the selection, tag versions, a refresh's dry run) pass through as they are; every
  // write is wrapped. The actions are plain objects of arrow functions (workbook.ts), so passing
  // one on unbound is safe.
  const checked =
    <A extends [Dataset, ...unknown[]], R>(write: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      await ensure(args[0]);
      return write(...args);
    };
  return {
    ...actions,
    insertTable: checked(actions.insertTable),
    insertFigure: checked(actions.insertFigure),
    insertChart: checked(actions.insertChart),
    insertUnitChart: checked(actions.insertUnitChart),
    refreshAll: checked(actions.refreshAll),
    downloadWorkbook: checked(actions.downloadWorkbook),
  };
}

/**
 * ensureValidated, loaded with the first write: nothing in the pane's first download needs it
 * (its state lives on globalThis, so this copy and the runtime's agree).
 */
async function ensureValidatedLater(dataset: Dataset): Promise<void> {
  const { ensureValidated } = await import(
    /* webpackChunkName: "validate" */ "../functions/verifyDataset"
  );
  return ensureValidated(dataset);
}
