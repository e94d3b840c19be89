import { useCallback, useEffect, useState } from "react";
import type { FormulaSource } from "../../core/lookup/explainFormula";
import type { SelectionInfo, WorkbookActions } from "../workbook";

export type SelectionState =
  | { status: "idle" }
  | { status: "reading" }
  | { status: "read"; selection: SelectionInfo }
  | { status: "error"; error: unknown };

/**
 * The selected cell, read through the workbook actions: in Excel when the view opens and
 * whenever the person asks (the browser preview has no cells). A cell that is ours makes its
 * record the one shown; `readOnOpen` is false when a record was already chosen elsewhere. A
 * POLICY formula in the cell is explained from `explainFrom` (the dataset, or the pieces).
 */
export function useSelection(
  actions: WorkbookActions,
  explainFrom: FormulaSource,
  onRecord: (id: string) => void,
  readOnOpen: boolean,
) {
  const [auto] = useState(actions.mode === "excel" && readOnOpen);
  const [state, setState] = useState<SelectionState>(
    auto ? { status: "reading" } : { status: "idle" },
  );
  const settle = useCallback(
    (reading: Promise<SelectionInfo>) =>
      reading.then(
        (selection) => {
          setState({ status: "read", selection });
          if (selection.recordId) onRecord(selection.recordId);
        },
        (error: unknown) => setState({ status: "error", error }),
      ),
    [onRecord],
  );
  const read = useCallback(() => {
    setState({ status: "reading" });
    void settle(actions.readSelection(explainFrom));
  }, [actions, explainFrom, settle]);
  useEffect(() => {
    if (auto) void settle(actions.readSelection(explainFrom));
    // Only on opening: reading again on every dataset change would fight the person's choice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return { state, read };
}
