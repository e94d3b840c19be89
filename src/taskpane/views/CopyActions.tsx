import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Textarea,
} from "@fluentui/react-components";
import { CopyRegular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import type { Source } from "../../core/dataset/schema";
import type { FigureOrEvent } from "../../core/lookup/fields";
import { useCopy } from "../hooks/useCopy";
import { copyTexts } from "./copyTexts";
import { useViewStyles } from "./useViewStyles";

export interface CopyActionsProps {
  found: FigureOrEvent;
  source: Source | undefined;
  /** Offer Copy citation with a style choice (off where the view has its own citation box). */
  citation?: boolean;
}

/**
 * Copy formula, Copy value with citation and Copy citation (APA, Chicago, plain) for one
 * record, each one click and confirmed on screen and to screen readers. Copy formula carries
 * data-shortcut="copy-formula" so the pane's shortcut finds it.
 */
export function CopyActions({ found, source, citation = true }: CopyActionsProps) {
  const styles = useViewStyles();
  const id = found.record.id;
  const [formula, value, ...citations] = useMemo(() => copyTexts(found, source), [found, source]);
  const { state, copy, close, fieldRef } = useCopy();
  const [style, setStyle] = useState(citations[0].kind);
  const chosen = citations.find((c) => c.kind === style) ?? citations[0];
  const fieldLabel = state.status === "manual" ? `Text of ${state.choice.what}` : "";
  return (
    <div className={styles.tight}>
      <div className={styles.row} role="group" aria-label={`Copy ${id}`}>
        <Button
          size="small"
          icon={<CopyRegular />}
          data-shortcut="copy-formula"
          aria-label={`${formula.label} ${id}`}
          onClick={(e) => void copy(formula, e.currentTarget)}
        >
          {formula.label}
        </Button>
        <Button
          size="small"
          aria-label={`${value.label} ${id}`}
          onClick={(e) => void copy(value, e.currentTarget)}
        >
          {value.label}
        </Button>
        {citation && (
          <>
            <Select
              size="small"
              className={styles.select}
              aria-label={`Citation style for ${id}`}
              value={style}
              onChange={(_, d) => setStyle(d.value as typeof style)}
            >
              {citations.map((c) => (
                <option key={c.kind} value={c.kind}>
                  {c.label}
                </option>
              ))}
            </Select>
            <Button
              size="small"
              aria-label={`Copy citation ${id}`}
              onClick={(e) => void copy(chosen, e.currentTarget)}
            >
              Copy citation
            </Button>
          </>
        )}
      </div>
      <div aria-live="polite">
        {state.status === "copied" && (
          <MessageBar intent="success">
            <MessageBarBody>
              Copied {state.choice.what}
              {state.bySelection ? " (from the selected text: the clipboard API was refused)" : ""}.
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {state.status === "manual" && (
        <div className={styles.tight} onKeyDown={(e) => e.key === "Escape" && close()}>
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Copy it by hand</MessageBarTitle>
              This host did not let the pane use the clipboard ({state.reason}). The text below is
              selected: press Ctrl+C (⌘C on a Mac), then Close.
            </MessageBarBody>
          </MessageBar>
          <Field label={fieldLabel}>
            <Textarea ref={fieldRef} readOnly value={state.choice.text} resize="vertical" />
          </Field>
          <div>
            <Button size="small" onClick={close}>
              Close
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
