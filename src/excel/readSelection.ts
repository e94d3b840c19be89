import { matchRows } from "../core/diff/matchRows";
import { containsCell, parseAddress } from "../core/layout/address";
import { figureIdFromName } from "../core/layout/planFigure";
import type { CellValue } from "../core/layout/safeText";
import type { SelectionInfo } from "../core/layout/workbookTypes";
import { buildIndex } from "../core/lookup/buildIndex";
import {
  explainPolicyFormula,
  explainPolicyFormulaWith,
  parsePolicyCall,
  referencedCells,
  type FormulaSource,
} from "../core/lookup/explainFormula";
import { readTags } from "./readTags";
import { EXCEL_API, requireExcelApi, type Requirements } from "./requirements";

/**
 * What the selected cell is to Policy Tables: a POLICY.VALUE formula, an inserted figure
 * (marked by a workbook name), a cell of an inserted table (its record found through the
 * table's tag, even after the user sorted the table), or nothing of ours. Only a POLICY formula
 * needs the dataset: it is explained from `explainFrom`, the whole dataset or an indexer that
 * reads the pieces the formula's function reads.
 */
export async function readSelection(
  context: Excel.RequestContext,
  requirements: Requirements,
  explainFrom: FormulaSource,
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
  const here = parseAddress(cell.address);
  if (/POLICY\./i.test(formula)) {
    const cells = await readReferences(context, formula, here.sheet);
    let version = "";
    const explained =
      typeof explainFrom === "function"
        ? await explainPolicyFormulaWith(
            async (call, args) => {
              const index = await explainFrom(call, args);
              version = index.dataset.version;
              return index;
            },
            formula,
            cells,
          )
        : explainPolicyFormula(buildIndex(explainFrom), formula, cells);
    return {
      ...info,
      recordId: explained.recordId,
      via: "formula",
      datasetVersion: typeof explainFrom === "function" ? version || null : explainFrom.version,
      formula: explained,
    };
  }

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

/**
 * The values of the cells a POLICY formula's arguments name ("B2", "'Q4 data'!C3"), by the
 * address as written; a reference to a sheet that is gone is left out (the call then sees an
 * omitted argument, and Excel would show #REF! anyway).
 */
async function readReferences(
  context: Excel.RequestContext,
  formula: string,
  activeSheet: string,
): Promise<Map<string, unknown>> {
  const call = parsePolicyCall(formula);
  const refs = call ? referencedCells(call) : [];
  const values = new Map<string, unknown>();
  if (refs.length === 0) return values;
  const located = refs.map((ref) => {
    const bang = ref.lastIndexOf("!");
    const sheet =
      bang < 0
        ? activeSheet
        : ref
            .slice(0, bang)
            .replace(/^'(.*)'$/, "$1")
            .replace(/''/g, "'");
    return { ref, sheet, cell: ref.slice(bang + 1) };
  });
  const sheets = new Map(
    [...new Set(located.map((l) => l.sheet))].map((name) => [
      name,
      context.workbook.worksheets.getItemOrNullObject(name),
    ]),
  );
  await context.sync();
  const ranges = located
    .filter((l) => !sheets.get(l.sheet)!.isNullObject)
    .map((l) => ({ ref: l.ref, range: sheets.get(l.sheet)!.getRange(l.cell).load("values") }));
  await context.sync();
  for (const { ref, range } of ranges) values.set(ref, range.values[0][0]);
  return values;
}
