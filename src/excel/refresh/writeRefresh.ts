import { chunkBySize } from "../../core/layout/chunkPlan";
import type { TableWrite } from "../queueTableUpdate";

/** Where the writes stopped: Excel refused the request holding writes [from, to). */
export interface WriteFailure {
  from: number;
  to: number;
  error: unknown;
}

/**
 * Queues every table's writes in requests of at most REQUEST_BUDGET_BYTES, syncing each;
 * `last` is queued with the final request (the Sources table, written once everything else is).
 * With nothing to write, `last` still gets a request of its own when `always` is set (tags of
 * deleted tables to remove). A refused request ends the writing: what it and later requests
 * would have done is returned, for the caller to record what was kept.
 */
export async function writeRefresh(
  writes: TableWrite[],
  sync: () => Promise<void>,
  last: () => void,
  always: boolean,
): Promise<WriteFailure | null> {
  if (writes.length === 0 && !always) return null;
  const batches = chunkBySize(writes.map((w) => w.size));
  if (batches.length === 0) batches.push([0, 0]);
  for (const [start, end] of batches) {
    for (let i = start; i < end; i++) writes[i].queue();
    if (end === writes.length) last();
    try {
      await sync();
    } catch (error) {
      return { from: start, to: end, error };
    }
  }
  return null;
}
