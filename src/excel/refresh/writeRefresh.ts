import { chunkBySize } from "../../core/layout/chunkPlan";
import type { TableWrite } from "../queueTableUpdate";

/**
 * Queues every table's writes in requests of at most REQUEST_BUDGET_BYTES, syncing each;
 * `last` is queued with the final request (the Sources table, written once everything else is).
 * With nothing to write, `last` still gets a request of its own when `always` is set (tags of
 * deleted tables to remove).
 */
export async function writeRefresh(
  writes: TableWrite[],
  sync: () => Promise<void>,
  last: () => void,
  always: boolean,
): Promise<void> {
  if (writes.length === 0 && !always) return;
  const batches = chunkBySize(writes.map((w) => w.size));
  if (batches.length === 0) batches.push([0, 0]);
  for (const [start, end] of batches) {
    for (let i = start; i < end; i++) writes[i].queue();
    if (end === writes.length) last();
    await sync();
  }
}
