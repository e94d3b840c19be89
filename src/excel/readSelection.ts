import type { Dataset } from "../core/dataset/schema";
import { matchRows } from "../core/diff/matchRows";
import { containsCell, parseAddress } from "../core/layout/address";
import { figureIdFromName } from "../core/layout/planFigure";
import type { CellValue } from "../core/layout/safeText";
import type { SelectionInfo } from "../core/layout/workbookTypes";
import { readTags } from "./readTags";
import { EXCEL_API, requireExcelApi, type Requirements } from "./requirements";

const POLICY_FORMULA = /^=\s*POLICY\.VALUE\(\s*"([a-z0-9-]+)"/i;

/**
 * What the selected cell is to Policy Tables: a POLICY.VALUE formula, an inserted figure
 * (marked by a workbook name), a cell of an inserted table (its record found through the
 * table's tag, even after the user sorted the table), or nothing of ours.
 */
export async function readSelection(
  context: Excel.RequestContext,
  requirements: Requirements,
  dataset: Dataset,
): Promise<SelectionInfo> {
  requireExcelApi(requirements, EXCEL_API.insert, "Tracing the selected cell");
  const wb = context.workbook;
  const cell = wb.getActiveCell().load("address,values,formulas,rowIndex,columnIndex");
  const names = wb.names.load("items/name,value");
  const { stored } = await readTags(context);
  const value = cell.values[0][0] as CellValue;
  const info: SelectionInfo = {
    address: cell.address,
    recordId: null,
    cellValue: value === "" ? null : value,
    via: null,
    datasetVersion: null,
    tableName: null,
    column: null,
  };
  const formula = String(cell.formulas[0][0] ?? "");
  const byFormula = POLICY_FORMULA.exec(formula);
  if (byFormula)
    return { ...info, recordId: byFormula[1], via: "formula", datasetVersion: dataset.version };

  const here = parseAddress(cell.address);
  const named = names.items.find((n) => {
    if (!figureIdFromName(n.name) || typeof n.value !== "string") return false;
    const at = parseAddress(n.value.replace(/^=/, ""));
    return (
      at.sheet === here.sheet &&
      at.row === here.row &&
      at.col === here.col &&
      at.lastRow === at.row &&
      at.lastCol === at.col
    );
  });
  if (named) return { ...info, recordId: figureIdFromName(named.name), via: "figure" };
  if (stored.length === 0) return info;

  const handles = stored.map((s) => wb.tables.getItemOrNullObject(s.tag.excelTableId).load("name"));
  await context.sync();
  const live = stored.map((s, n) => ({ s, t: handles[n] })).filter((x) => !x.t.isNullObject);
  const ranges = live.map((x) => x.t.getRange().load("address"));
  await context.sync();
  const at = ranges.findIndex((r) => {
    const rect = parseAddress(r.address);
    return rect.sheet === here.sheet && containsCell(rect, here.row, here.col);
  });
  if (at < 0) return info;
  const { s, t } = live[at];
  const rect = parseAddress(ranges[at].address);
  const header = t.getHeaderRowRange().load("values");
  const body = t.getDataBodyRange().load("formulas");
  await context.sync();
  const titles = (header.values[0] as CellValue[]).map((h) => String(h ?? ""));
  const title = titles[here.col - rect.col];
  const column = s.tag.columns.find((c) => c.title === title)?.key ?? null;
  const base = {
    ...info,
    via: "table" as const,
    tableName: t.name,
    column,
    datasetVersion: s.tag.datasetVersion,
  };
  if (here.row === rect.row) return base;
  const columnAt = s.tag.columns.map((c) => titles.indexOf(c.title));
  const { taggedOf } = matchRows(s.tag, columnAt, body.formulas as CellValue[][]);
  const k = taggedOf[here.row - rect.row - 1];
  return { ...base, recordId: k >= 0 ? s.tag.rowIds[k] : null };
}
