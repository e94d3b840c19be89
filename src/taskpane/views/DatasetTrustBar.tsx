import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { describeError } from "./describeError";
import { returnFocus } from "./returnFocus";

export interface DatasetTrustBarProps {
  /** The dataset URL saved in the workbook. */
  url: string;
  /** Its host, or null when the URL itself is refused (`problem` says why). */
  host: string | null;
  problem?: unknown;
  /** A refresh was asked for (ribbon, shortcut, open-time check) before the person chose. */
  refreshRefused?: boolean;
  onTrust: () => void;
  onDecline: () => void;
}

/**
 * A workbook can name the dataset its tables come from; whoever sent the workbook chose it. It
 * is used only once the person has seen its host and said yes, in this pane.
 */
export function DatasetTrustBar({
  url,
  host,
  problem,
  refreshRefused,
  onTrust,
  onDecline,
}: DatasetTrustBarProps) {
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>This workbook names another dataset</MessageBarTitle>
        {refreshRefused && (
          <p style={{ margin: 0 }}>
            Refresh tables: nothing was refreshed. This workbook names a dataset you have not
            confirmed yet; choose below which dataset to use, then refresh again.
          </p>
        )}
        {host ? (
          <>
            It asks to load its figures from <strong>{host}</strong> ({url}), not the dataset
            shipped with the add-in. Nothing is loaded from there until you choose.
          </>
        ) : (
          <>
            Its dataset URL is refused: {describeError(problem).message} The shipped dataset is used
            instead.
          </>
        )}
      </MessageBarBody>
      <MessageBarActions>
        {host && (
          <Button appearance="primary" onClick={onTrust}>
            Use {host}
          </Button>
        )}
        <Button onClick={onDecline}>Use the shipped dataset</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

export interface SuspectDatasetBarProps {
  /** One sentence per problem, from datasetWarnings. */
  warnings: string[];
  onConfirm: () => void;
  onCancel: () => void;
  /** The control that asked to insert: it has the focus again once this is answered. */
  returnTo?: Element | null;
}

/**
 * Before an insert writes from a dataset that disagrees with the versions the workbook's tables
 * were written with: the person reads why and chooses; cancelling (or Escape) writes nothing.
 * It takes the focus on Cancel, the choice that writes nothing, and hands it back when answered.
 */
export function SuspectDatasetBar({
  warnings,
  onConfirm,
  onCancel,
  returnTo,
}: SuspectDatasetBarProps) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    cancel.current?.focus();
    return () => returnFocus(returnTo);
  }, [returnTo]);
  return (
    <MessageBar
      intent="warning"
      layout="multiline"
      role="alert"
      onKeyDown={(e) => e.key === "Escape" && onCancel()}
    >
      <MessageBarBody>
        <MessageBarTitle>Insert from this dataset?</MessageBarTitle>
        {warnings.join(" ")} Nothing is inserted until you choose.
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onConfirm}>
          Insert anyway
        </Button>
        <Button onClick={onCancel} ref={cancel}>
          Cancel
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
