import { userMessage } from "../core/errors";
import { emitCommandEvent } from "./commandEvents";

/** The part of Office.AddinCommands.Event a command needs. */
export interface CompletableEvent {
  completed(): void;
}

/**
 * Runs a ribbon command and always completes its event (Office shows a spinner on the button
 * until then). A failure has no UI of its own here, so it goes to the task pane as an event.
 */
export async function runCommand(
  name: string,
  action: () => Promise<void>,
  event: CompletableEvent,
): Promise<void> {
  try {
    await action();
  } catch (error) {
    emitCommandEvent({ type: "failed", command: name, message: userMessage(error) });
  } finally {
    event.completed();
  }
}
