import type { Dataset } from "../../src/core/dataset/schema";
import { createExcelWorkbookActions } from "../../src/excel/excelWorkbookActions";
import { FakeExcel } from "../fakes/excel";

/** A fake workbook with the Office.js actions wired to it. */
export function workbook(apiVersion = "1.18", sheets = ["Sheet1"]) {
  const fake = new FakeExcel(apiVersion, sheets);
  const actions = createExcelWorkbookActions(fake.run as never, fake.requirements);
  return { fake, actions };
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
