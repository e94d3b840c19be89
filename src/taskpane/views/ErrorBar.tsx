import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { describeError } from "./describeError";

/** An error as a MessageBar: what happened, and what to do next. */
export function ErrorBar({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { title, message, next } = describeError(error);
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <span style={{ whiteSpace: "pre-line" }}>{message}</span> {next}
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>Retry</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

/** Something done, as a success MessageBar. */
export function SuccessBar({ children }: { children: ReactNode }) {
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>{children}</MessageBarBody>
    </MessageBar>
  );
}
