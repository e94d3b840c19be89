import type { Dataset } from "../../src/core/dataset/schema";
import { createExcelWorkbookActions } from "../../src/excel/excelWorkbookActions";
import { FakeExcel } from "../fakes/excel";

/** A fake workbook with the Office.js actions wired to it. */
export function workbook(apiVersion = "1.18", sheets = ["Sheet1"]) {
  const fake = new FakeExcel(apiVersion, sheets);
  const actions = createExcelWorkbookActions(fake.run as never, fake.requirements);
  return { fake, actions };
}

/**
 * Actions on `fake` whose Excel refuses every request from the `from`-th of each Excel.run on
 * (1-based) with `message`, as a lost connection or a refused argument would: nothing queued
 * for a refused request runs.
 */
export function refusingFrom(fake: FakeExcel, from: number, message: string) {
  const run = fake.run;
  return createExcelWorkbookActions(
    (async (batch: (c: unknown) => Promise<unknown>) =>
      run(async (context: { sync: () => Promise<void> }) => {
        let syncs = 0;
        const sync = context.sync.bind(context);
        context.sync = async () => {
          if (++syncs < from) return sync();
          (context as unknown as { queue: unknown[] }).queue = [];
          throw new Error(message);
        };
        return batch(context);
      })) as never,
    fake.requirements,
  );
}

/** Syncs and write operations one action makes. */
export async function measure<T>(fake: FakeExcel, action: () => Promise<T>) {
  const before = { ...fake.stats, requestBytes: [...fake.stats.requestBytes] };
  const result = await action();
  return {
    result,
    syncs: fake.stats.syncs - before.syncs,
    writeOps: fake.stats.writeOps - before.writeOps,
    requestBytes: fake.stats.requestBytes.slice(before.requestBytes.length),
  };
}

export type { Dataset };
