import type { Dataset } from "../core/dataset/schema";
import { PolicyError } from "../core/errors";
import { chartUnits, unitChoice } from "../core/layout/chartUnits";
import { planChart } from "../core/layout/planChart";
import { planTable } from "../core/layout/planTable";
import type { InsertedChart, TableChoice } from "../core/layout/workbookTypes";
import { insertChart } from "./insertChart";
import { insertTable } from "./insertTable";
import type { Requirements } from "./requirements";

/**
 * Charts the rows of one unit of a figures table that mixes units: inserts the table as chosen,
 * filtered to that unit ("unit = pounds" added to its filter, kept in its tag), on a sheet of
 * its own, and charts that table. Refresh plans the table through its filter, so a new row of
 * the unit joins the table and the chart, and a row of another unit joins neither; no cell
 * outside the new sheet is written. The syncs are those of insertTable and insertChart.
 */
export async function insertUnitChart(
  context: Excel.RequestContext,
  requirements: Requirements,
  dataset: Dataset,
  tableId: string,
  choice: TableChoice,
  unitLabel: string,
): Promise<InsertedChart> {
  const units = chartUnits(dataset, planTable(dataset, tableId, choice));
  const unit = units.find((u) => u.label === unitLabel);
  if (!unit) {
    throw new PolicyError(
      "bad_argument",
      `No row of "${tableId}" as chosen is in ${unitLabel}; its units are ${units.map((u) => u.label).join(", ")}.`,
    );
  }
  if (unit.where === null) {
    throw new PolicyError(
      "bad_argument",
      `The rows in ${unitLabel} cannot be kept apart by a filter of the Unit column, so they cannot be charted on their own. Filter the table in Excel and chart it there.`,
    );
  }
  const chosen = unitChoice(choice, unit);
  // Refuse before writing anything when the unit's rows cannot be charted either.
  planChart(dataset, planTable(dataset, tableId, chosen));
  const table = await insertTable(context, requirements, dataset, tableId, chosen, "newSheet");
  try {
    const chart = await insertChart(context, requirements, dataset, tableId, table.tableName);
    return {
      ...chart,
      syncs: table.syncs + chart.syncs,
      warnings: [...table.warnings, ...chart.warnings],
      unitTable: { unit: unit.label, address: table.address, rows: table.rows },
    };
  } catch (e) {
    throw new PolicyError(
      "workbook_conflict",
      `${table.tableName} (the rows in ${unit.label}) was inserted at ${table.address}, but its chart was not: ${e instanceof Error ? e.message : String(e)} Select a cell of ${table.tableName} and press Insert chart to try again.`,
    );
  }
}
