import type { Dataset } from "../dataset/schema";
import { toAddress } from "../layout/address";
import { planTable } from "../layout/planTable";
import { tagForPlan } from "../layout/tableTag";
import { diffTable } from "./diffTable";
import { listChanges, type ChangeReport, type TableChanges } from "./listChanges";

/**
 * What a refresh from `inUse` to `next` would change in tables inserted from `inUse` with their
 * default columns and left as written: the browser preview's change list, where there is no
 * workbook to read. Uses the same diff and change list as a refresh of a real workbook.
 */
export function compareDatasets(inUse: Dataset, next: Dataset): ChangeReport {
  const tables = inUse.tables.map((table): TableChanges => {
    const before = planTable(inUse, table.id);
    const where = toAddress({
      sheet: "Sheet1",
      row: 0,
      col: 0,
      lastRow: before.values.length,
      lastCol: before.header.length - 1,
    });
    if (!next.tables.some((t) => t.id === table.id))
      return {
        tableId: table.id,
        tableName: before.tableName,
        status: "not_in_dataset",
        message: `Dataset ${next.version} no longer has table "${table.id}"; ${before.tableName} would be left as it is.`,
        records: [],
      };
    const tag = tagForPlan(before, {
      excelTableId: table.id,
      tableName: before.tableName,
      sheetId: "preview",
      sheetName: "Sheet1",
      address: where,
    });
    const state = { address: where, header: before.header, body: before.values };
    const plan = planTable(next, table.id, tag.choice);
    const update = diffTable(tag, state, plan);
    const records = listChanges(tag, state, plan, update, next);
    return {
      tableId: table.id,
      tableName: before.tableName,
      status: records.length || update.tagChanged ? "updated" : "unchanged",
      message: update.messages.length ? update.messages.join(" ") : null,
      records,
    };
  });
  // Planned here with planTable's default, the 1900 system: there is no workbook to ask.
  return {
    fromVersion: inUse.version,
    toVersion: next.version,
    tables,
    problems: [],
    dateSystem: "1900",
  };
}
