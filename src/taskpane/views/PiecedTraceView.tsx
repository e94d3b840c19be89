import { Button } from "@fluentui/react-components";
import { useMemo } from "react";
import type { PiecedDataset } from "../../functions/piecedDataset";
import { usePiecedTrace } from "../hooks/usePiecedTrace";
import type { WorkbookActions } from "../workbook";
import { Busy } from "./Busy";
import { ErrorBar } from "./ErrorBar";
import { RecordDetails } from "./RecordDetails";
import { TracePicker, tracePickerWording } from "./TracePicker";
import { traceChoices } from "./traceChoices";
import { useViewStyles } from "./useViewStyles";

export interface PiecedTraceViewProps {
  pieces: PiecedDataset;
  actions: WorkbookActions;
  recordId: string | null;
  onChooseRecord: (id: string | null) => void;
}

/**
 * Trace over the published pieces: the chosen record from its id shard and its document's text
 * fetched alone, the quote checked against that text before it is marked; the picker searches
 * the search pieces for what is typed. Reading the selected cell in Excel (which may explain
 * any POLICY formula) is left to the Trace view over the whole dataset: choosing it clears the
 * record, and the pane opens that view.
 */
export function PiecedTraceView({
  pieces,
  actions,
  recordId,
  onChooseRecord,
}: PiecedTraceViewProps) {
  const styles = useViewStyles();
  const { traced, found, choicesFrom, foundIds, searchChoices } = usePiecedTrace(pieces, recordId);
  const choices = useMemo(() => traceChoices(choicesFrom), [choicesFrom]);
  return (
    <div className={styles.stack}>
      {actions.mode === "excel" && (
        <div className={styles.row}>
          <Button
            appearance="primary"
            onClick={() => onChooseRecord(null)}
            data-shortcut="trace-selection"
          >
            Trace selected cell
          </Button>
        </div>
      )}
      <TracePicker
        choices={choices}
        onType={searchChoices}
        foundIds={foundIds}
        recordId={recordId}
        onChooseRecord={onChooseRecord}
        {...tracePickerWording(actions.mode)}
      />
      {recordId && traced === null && <Busy label="Reading the record and its document…" />}
      {traced && "error" in traced && <ErrorBar error={traced.error} />}
      {traced && "dataset" in traced && found && (
        <RecordDetails
          found={found}
          dataset={traced.dataset}
          index={traced.index}
          selection={null}
        />
      )}
    </div>
  );
}
