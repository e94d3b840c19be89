import { useMemo } from "react";
import type { Dataset } from "../../core/dataset/schema";
import type { LookupIndex } from "../../core/lookup/buildIndex";
import { findRecord } from "../../core/lookup/findFigure";
import { useSelection } from "../hooks/useSelection";
import type { WorkbookActions } from "../workbook";
import { ErrorBar } from "./ErrorBar";
import { RecordDetails } from "./RecordDetails";
import { SelectedCell } from "./SelectedCell";
import { TracePicker, tracePickerWording } from "./TracePicker";
import { traceChoices } from "./traceChoices";
import { useViewStyles } from "./useViewStyles";

export interface TraceViewProps {
  dataset: Dataset;
  index: LookupIndex;
  actions: WorkbookActions;
  /** The record to show, chosen in Search, Conflicts or the list here; null for none. */
  recordId: string | null;
  onChooseRecord: (id: string | null) => void;
}

/**
 * Where a value came from. In Excel it reads the selected cell; anywhere, a record can be chosen
 * from the list (the browser preview has no cells).
 */
export function TraceView({ dataset, index, actions, recordId, onChooseRecord }: TraceViewProps) {
  const styles = useViewStyles();
  const { state, read } = useSelection(actions, dataset, onChooseRecord, recordId === null);
  const selection = state.status === "read" ? state.selection : null;
  const choices = useMemo(() => traceChoices(dataset), [dataset]);
  let found = null;
  let lookupError: unknown;
  if (recordId) {
    try {
      found = findRecord(index, recordId);
    } catch (e) {
      lookupError = e;
    }
  }
  return (
    <div className={styles.stack}>
      {actions.mode === "excel" && <SelectedCell state={state} read={read} />}
      <TracePicker
        choices={choices}
        recordId={recordId}
        onChooseRecord={onChooseRecord}
        {...tracePickerWording(actions.mode)}
      />
      {lookupError !== undefined && <ErrorBar error={lookupError} />}
      {found && (
        <RecordDetails found={found} dataset={dataset} index={index} selection={selection} />
      )}
    </div>
  );
}

export { PiecedTraceView } from "./PiecedTraceView";
