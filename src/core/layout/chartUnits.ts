import type { Dataset } from "../dataset/schema";
import { shownCell } from "../dataset/tableCell";
import { tableRecords } from "../dataset/tableRecords";
import { unitLabel } from "../dataset/unitRegistry";
import { rowFilter } from "../lookup/tableArray";
import type { CellPlan } from "./planTable";
import { findTable } from "./tableColumns";
import type { TableChoice } from "./workbookTypes";

/** The rows of a figures table that share one value axis: one unit, as the Unit column shows it. */
export interface ChartUnit {
  /** The unit's code ("pounds", "USD", "times"). */
  code: string;
  /** How titles and buttons name it: "pounds", "USD", "times heroin's". */
  label: string;
  /** Body rows of the plan in this unit. */
  rows: number;
  /**
   * The table's POLICY.TABLE filter with this unit's clause added ("value >= 10; unit = pounds"),
   * or null when the unit's text cannot be written as a clause that keeps exactly these rows.
   */
  where: string | null;
}

/**
 * The units of a planned figures table's rows, in first-seen order. Two multiples of different
 * things ("times heroin's", "times the 2015 value") are two units: one axis cannot show both.
 * A table whose value column fixes the unit has that one unit.
 * @example chartUnits(dataset, planTable(dataset, "seizures")).map((u) => u.label) // ["pounds", "USD", ...]
 */
export function chartUnits(dataset: Dataset, plan: CellPlan): ChartUnit[] {
  const meta = findTable(dataset, plan.tableId);
  const fixed = meta.columns.find((c) => c.key === "value")?.unit ?? null;
  if (fixed) {
    return [{ code: fixed, label: labelOf(fixed, null), rows: plan.rowIds.length, where: null }];
  }
  const byId = new Map(tableRecords(dataset, meta).map((r) => [r.id, r]));
  const groups = new Map<string, { code: string; shown: string | null; ids: Set<string> }>();
  for (const id of plan.rowIds) {
    const record = byId.get(id) ?? {};
    const code = String((record as { unit?: unknown }).unit ?? "count");
    const cell = shownCell(dataset, record, "unit");
    const shown = typeof cell === "string" && cell !== "" ? cell : null;
    const key = shown ?? code;
    const group = groups.get(key) ?? { code, shown, ids: new Set<string>() };
    group.ids.add(id);
    groups.set(key, group);
  }
  const hasUnitColumn = meta.columns.some((c) => c.key === "unit");
  return [...groups.values()].map(({ code, shown, ids }) => ({
    code,
    label: labelOf(code, shown),
    rows: ids.size,
    where: hasUnitColumn ? unitWhere(dataset, plan, byId, shown ?? code, ids) : null,
  }));
}

/**
 * The choice that keeps only `unit`'s rows: the table's own choice with the unit's clause
 * added to its filter, so an inserted table of it keeps that unit through every refresh.
 */
export function unitChoice(choice: TableChoice, unit: ChartUnit): TableChoice {
  if (unit.where === null) return choice;
  return { ...choice, where: unit.where };
}

function labelOf(code: string, shown: string | null): string {
  if (code === "USD") return "USD";
  return shown ?? unitLabel(code, 2);
}

/**
 * The filter adding this unit's clause, checked to keep exactly the unit's rows among the
 * plan's: the clause compares the Unit column's text, which a value such as "a; b" cannot name.
 */
function unitWhere(
  dataset: Dataset,
  plan: CellPlan,
  byId: Map<string, object>,
  text: string,
  ids: ReadonlySet<string>,
): string | null {
  if (/;|\s+and\s+/i.test(text)) return null;
  const own = plan.choice.where?.trim();
  const where = own ? `${own}; unit = ${text}` : `unit = ${text}`;
  const meta = findTable(dataset, plan.tableId);
  const keeps = rowFilter(dataset, meta, `unit = ${text}`);
  const kept = plan.rowIds.filter((id) => keeps(byId.get(id) ?? {}));
  return kept.length === ids.size && kept.every((id) => ids.has(id)) ? where : null;
}
