import type { RefreshTable } from "./refreshTable";

export const FILTER_SET_AGAIN = "Its filter was lifted to add and remove rows, then set again.";

/**
 * Sets again the filters lifted to add and remove rows, once the rows and tags are written, so
 * a filter Excel refuses costs the user a filter (they are told which), never data: one sync
 * for all, and on failure one per table to say which.
 */
export async function restoreFilters(
  tables: RefreshTable[],
  sync: () => Promise<void>,
): Promise<void> {
  const lifted = tables.filter((t) => t.lifted.length > 0);
  if (lifted.length === 0) return;
  const queue = (t: RefreshTable) => {
    for (const { index, criteria } of t.lifted)
      t.table.columns.getItemAt(index).filter.apply(criteria);
  };
  try {
    lifted.forEach(queue);
    await sync();
    lifted.forEach((t) => say(t, FILTER_SET_AGAIN));
    return;
  } catch {
    // Which table's filter failed: try each on its own.
  }
  for (const t of lifted) {
    try {
      queue(t);
      await sync();
      say(t, FILTER_SET_AGAIN);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      say(
        t,
        `Its filter was lifted to add and remove rows and Excel would not set it again (${why}): filter the table again from its column headers.`,
      );
    }
  }
}

/** Adds a sentence to a table's summary message. */
export function say(t: RefreshTable, message: string) {
  t.filterNote = message;
  t.summary!.message = [t.summary!.message, message].filter(Boolean).join(" ");
}
