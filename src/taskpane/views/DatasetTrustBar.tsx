import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { describeError } from "./describeError";

export interface DatasetTrustBarProps {
  /** The dataset URL saved in the workbook. */
  url: string;
  /** Its host, or null when the URL itself is refused (`problem` says why). */
  host: string | null;
  problem?: unknown;
  onTrust: () => void;
  onDecline: () => void;
}

/**
 * A workbook can name the dataset its tables come from; whoever sent the workbook chose it. It
 * is used only once the person has seen its host and said yes, in this pane.
 */
export function DatasetTrustBar({ url, host, problem, onTrust, onDecline }: DatasetTrustBarProps) {
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>This workbook names another dataset</MessageBarTitle>
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
