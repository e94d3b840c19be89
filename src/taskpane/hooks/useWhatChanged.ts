import { useCallback, useState } from "react";
import type { Dataset } from "../../core/dataset/schema";
import type { ChangeReport } from "../../core/diff/listChanges";
import { DatasetDeclined, type DatasetApproval } from "../loadDataset";
import type { WorkbookActions } from "../workbook";

export type WhatChangedState =
  | { status: "closed" }
  | { status: "loading" }
  | { status: "ready"; report: ChangeReport }
  | { status: "error"; error: unknown };

/**
 * "What changed": fetches the dataset without putting it in use (the list must not change what
 * it compares), then asks the workbook what a refresh would do, writing nothing. The browser
 * preview has no tables: it compares the published pieces in use with the fetched ones
 * (`fromPieces`), reading only the tables whose pieces differ, or else the whole dataset in use
 * with the fetched one.
 */
export function useWhatChanged(
  actions: WorkbookActions,
  reload: (approve?: DatasetApproval) => Promise<Dataset>,
  inUse: Dataset | undefined,
  fromPieces = false,
) {
  const [state, setState] = useState<WhatChangedState>({ status: "closed" });
  const open = useCallback(async () => {
    setState({ status: "loading" });
    try {
      const next = await fetchWithoutInstalling(reload);
      let report: ChangeReport;
      const piecesReport =
        !actions.previewChanges && fromPieces
          ? await import(/* webpackChunkName: "view-changes" */ "../comparePieces").then((m) =>
              m.compareWithPiecesInUse(next),
            )
          : null;
      if (actions.previewChanges) report = await actions.previewChanges(next);
      else if (piecesReport) report = piecesReport;
      else if (!inUse) throw new Error("There is no dataset in use to compare with yet.");
      else {
        const { compareDatasets } = await import(
          /* webpackChunkName: "view-changes" */ "../../core/diff/compareDatasets"
        );
        report = compareDatasets(inUse, next);
      }
      setState({ status: "ready", report });
    } catch (error) {
      setState({ status: "error", error });
    }
  }, [actions, reload, inUse, fromPieces]);
  const close = useCallback(() => setState({ status: "closed" }), []);
  return { state, open, close };
}

/** The dataset at the URL now, fetched and validated; declined, so the one in use stays. */
async function fetchWithoutInstalling(
  reload: (approve?: DatasetApproval) => Promise<Dataset>,
): Promise<Dataset> {
  try {
    // A loader that cannot ask installs what it fetched; it is still the dataset to compare.
    return await reload(async () => false);
  } catch (error) {
    if (error instanceof DatasetDeclined) return error.dataset;
    throw error;
  }
}
