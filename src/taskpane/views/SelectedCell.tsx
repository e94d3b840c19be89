import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { SelectionState } from "../hooks/useSelection";
import { Busy } from "./Busy";
import { ErrorBar } from "./ErrorBar";
import { FormulaExplanation } from "./FormulaExplanation";
import { useViewStyles } from "./useViewStyles";

/**
 * Trace's "Trace selected cell" in Excel: the button, and what the cell read is (a POLICY
 * formula explained, or a cell that is not ours); a cell of ours shows as its record below.
 */
export function SelectedCell({ state, read }: { state: SelectionState; read: () => void }) {
  const styles = useViewStyles();
  const selection = state.status === "read" ? state.selection : null;
  return (
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
            Cell {selection.address} is not from Policy Tables. Select a cell of an inserted table,
            a POLICY formula or an inserted figure, then select Trace selected cell.
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
