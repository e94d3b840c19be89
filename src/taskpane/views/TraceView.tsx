import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useMemo } from "react";
import type { Dataset } from "../../core/dataset/schema";
import type { LookupIndex } from "../../core/lookup/buildIndex";
import { findRecord } from "../../core/lookup/findFigure";
import { useSelection } from "../hooks/useSelection";
import type { WorkbookActions } from "../workbook";
import { Busy } from "./Busy";
import { ErrorBar } from "./ErrorBar";
import { FormulaExplanation } from "./FormulaExplanation";
import { RecordDetails } from "./RecordDetails";
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
      {actions.mode === "excel" && (
        <div className={styles.tight}>
          <div className={styles.row}>
            <Button
              appearance="primary"
              onClick={read}
              disabled={state.status === "reading"}
              data-shortcut="trace-selection"
            >
              Trace selected cell
            </Button>
            {state.status === "reading" && <Busy label="Reading the selection…" />}
          </div>
          {state.status === "error" && <ErrorBar error={state.error} onRetry={read} />}
          {selection?.formula && (
            <FormulaExplanation address={selection.address} explanation={selection.formula} />
          )}
          {selection && selection.recordId === null && !selection.formula && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>
                Cell {selection.address} is not from Policy Tables. Select a cell of an inserted
                table, a POLICY formula or an inserted figure, then select Trace selected cell.
              </MessageBarBody>
            </MessageBar>
          )}
        </div>
      )}
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
