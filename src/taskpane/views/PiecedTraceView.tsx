import { useMemo } from "react";
import type { Dataset } from "../../core/dataset/schema";
import { piecesFormulaIndexer } from "../../functions/formulaIndexer";
import type { PiecedDataset } from "../../functions/piecedDataset";
import { usePiecedTrace } from "../hooks/usePiecedTrace";
import { useSelection } from "../hooks/useSelection";
import type { WorkbookActions } from "../workbook";
import { Busy } from "./Busy";
import { ErrorBar } from "./ErrorBar";
import { RecordDetails } from "./RecordDetails";
import { SelectedCell } from "./SelectedCell";
import { TracePicker, tracePickerWording } from "./TracePicker";
import { traceChoices } from "./traceChoices";
import { useViewStyles } from "./useViewStyles";

export interface PiecedTraceViewProps {
  pieces: PiecedDataset;
  actions: WorkbookActions;
  recordId: string | null;
  onChooseRecord: (id: string | null) => void;
  /**
   * The whole dataset, loaded when asked: for a selected POLICY formula the pieces cannot
   * explain (an unknown id's near ids, POLICY.SEARCH).
   */
  wholeDataset: () => Promise<Dataset>;
}

/**
 * Trace over the published pieces: the chosen record from its id shard and its document's text
 * fetched alone, the quote checked against that text before it is marked; the picker searches
 * the search pieces for what is typed. In Excel the selected cell is read too: a cell of an
 * inserted table or figure names its record, and a POLICY formula is explained from the pieces
 * its function reads (piecesFormulaIndexer).
 */
export function PiecedTraceView({
  pieces,
  actions,
  recordId,
  onChooseRecord,
  wholeDataset,
}: PiecedTraceViewProps) {
  const styles = useViewStyles();
  const explainFrom = useMemo(
    () => piecesFormulaIndexer(pieces, wholeDataset),
    [pieces, wholeDataset],
  );
  const { state, read } = useSelection(actions, explainFrom, onChooseRecord, recordId === null);
  const selection = state.status === "read" ? state.selection : null;
  const { traced, found, choicesFrom, foundIds, searchChoices } = usePiecedTrace(pieces, recordId);
  const choices = useMemo(() => traceChoices(choicesFrom), [choicesFrom]);
  return (
    <div className={styles.stack}>
      {actions.mode === "excel" && <SelectedCell state={state} read={read} />}
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
          selection={selection}
        />
      )}
    </div>
  );
}
