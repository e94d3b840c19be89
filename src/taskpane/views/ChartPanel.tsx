import { Button } from "@fluentui/react-components";
import { useMemo } from "react";
import { chartUnits } from "../../core/layout/chartUnits";
import type { Dataset } from "../../core/dataset/schema";
import { planChart } from "../../core/layout/planChart";
import type { CellPlan } from "../../core/layout/planTable";
import { findTable } from "../../core/layout/tableColumns";
import { useChartInsert } from "../hooks/useChartInsert";
import type { WorkbookActions } from "../workbook";
import { ChartInsertResult } from "./ChartInsertResult";
import { DrawnChart } from "./DrawnChart";
import { ErrorBar } from "./ErrorBar";
import { UnitCharts } from "./UnitCharts";
import { useViewStyles } from "./useViewStyles";

/**
 * The chart of the opened table as Insert chart makes it in Excel: planChart gives both the
 * same categories and values, so what the pane draws is what the workbook will show. A figures
 * table whose rows mix units offers a chart per unit instead (UnitCharts).
 */
export function ChartPanel({
  dataset,
  plan,
  actions,
}: {
  dataset: Dataset;
  plan: CellPlan;
  actions: WorkbookActions;
}) {
  const units = useMemo(
    () => (findTable(dataset, plan.tableId).kind === "figures" ? chartUnits(dataset, plan) : []),
    [dataset, plan],
  );
  if (units.length > 1)
    return <UnitCharts dataset={dataset} plan={plan} actions={actions} units={units} />;
  return <TableChart dataset={dataset} plan={plan} actions={actions} />;
}

function TableChart({
  dataset,
  plan,
  actions,
}: {
  dataset: Dataset;
  plan: CellPlan;
  actions: WorkbookActions;
}) {
  const styles = useViewStyles();
  const chart = useMemo(() => {
    try {
      return { plan: planChart(dataset, plan) };
    } catch (error) {
      return { error };
    }
  }, [dataset, plan]);
  const { inserted, working, run } = useChartInsert();
  if ("error" in chart) return <ErrorBar error={chart.error} />;
  const insert = () => run(() => actions.insertChart(dataset, plan.tableId));
  return (
    <div className={styles.stack}>
      <DrawnChart plan={chart.plan} />
      {actions.mode === "excel" ? (
        <div className={styles.row}>
          <Button appearance="primary" disabled={working} onClick={insert}>
            Insert chart
          </Button>
          <span className={styles.muted}>Beside the inserted table, bound to its columns.</span>
        </div>
      ) : (
        <span className={styles.muted}>
          In Excel, Insert chart adds this chart beside the inserted table, bound to its columns,
          and refresh keeps it on the table&apos;s rows.
        </span>
      )}
      {inserted && <ChartInsertResult result={inserted} />}
    </div>
  );
}
