import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";

export interface RefreshConfirmBarProps {
  version: string;
  warnings: string[];
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Refresh's question before it writes from a suspect dataset. It takes the focus on Cancel,
 * the choice that writes nothing, so Escape or Enter answers it from the keyboard; whoever shows
 * it gives the focus back once it is answered.
 */
export function RefreshConfirmBar({
  version,
  warnings,
  onConfirm,
  onCancel,
}: RefreshConfirmBarProps) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <MessageBar
      intent="warning"
      layout="multiline"
      onKeyDown={(e) => e.key === "Escape" && onCancel()}
    >
      <MessageBarBody>
        <MessageBarTitle>Check this dataset before it is written</MessageBarTitle>
        {warnings.join(" ")} Nothing has been written yet.
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onConfirm}>
          Write dataset {version} anyway
        </Button>
        <Button onClick={onCancel} ref={cancel}>
          Cancel
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
