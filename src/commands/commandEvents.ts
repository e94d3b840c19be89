/** What the ribbon commands tell the task pane (they share one runtime, so one module instance). */
export type CommandEvent =
  | { type: "refresh-requested" }
  /** The workbook opened with a newer dataset than its tables': show what would change. */
  | { type: "changes-available" }
  | { type: "failed"; command: string; message: string };

type Listener = (event: CommandEvent) => void;

const listeners = new Set<Listener>();
/** Events sent before the task pane subscribed; delivered to the first subscriber. */
const pending: CommandEvent[] = [];

/** Subscribes to command events; returns the function that unsubscribes. */
export function onCommandEvent(listener: Listener): () => void {
  listeners.add(listener);
  for (const event of pending.splice(0)) listener(event);
  return () => listeners.delete(listener);
}

export function emitCommandEvent(event: CommandEvent): void {
  if (listeners.size === 0) pending.push(event);
  for (const listener of listeners) listener(event);
}
