import { emitCommandEvent } from "./commandEvents";

/** How the command shows the task pane; Office.addin.showAsTaskpane in Excel. */
export type ShowTaskpane = () => Promise<void>;

/**
 * The ribbon's "Refresh tables" button. This is the seam for the Excel engine: until its
 * refreshAll is called from here, the button opens the task pane and asks it (through
 * onCommandEvent) to show its Refresh view, which updates every Policy Tables table.
 */
export async function refreshTables(showTaskpane: ShowTaskpane): Promise<void> {
  await showTaskpane();
  emitCommandEvent({ type: "refresh-requested" });
}
