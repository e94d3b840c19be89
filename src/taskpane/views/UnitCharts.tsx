import { Button, ToggleButton } from "@fluentui/react-components";
import { useId, useMemo, useState } from "react";
import type { Dataset } from "../../core/dataset/schema";
import { unitChoice, type ChartUnit } from "../../core/layout/chartUnits";
import { planChart } from "../../core/layout/planChart";
import { planTable, type CellPlan } from "../../core/layout/planTable";
import { useChartInsert } from "../hooks/useChartInsert";
import type { WorkbookActions } from "../workbook";
import { ChartInsertResult } from "./ChartInsertResult";
import { DrawnChart } from "./DrawnChart";
import { ErrorBar } from "./ErrorBar";
import { useViewStyles } from "./useViewStyles";

const rowsOf = (n: number) => `${n} ${n === 1 ? "row" : "rows"}`;

/**
 * A figures table whose rows mix units: one value axis cannot show pounds beside dollars, so
 * each unit is offered as a chart of its own rows. In Excel the unit's rows go into a table of
 * their own (the table filtered to the unit) with the chart beside it, which refresh keeps to
 * that unit; the pane draws the same plan.
 */
export function UnitCharts({
  dataset,
  plan,
  actions,
  units,
}: {
  dataset: Dataset;
  plan: CellPlan;
  actions: WorkbookActions;
  units: ChartUnit[];
}) {
  const styles = useViewStyles();
  const intro = useId();
  const [chosen, setChosen] = useState<ChartUnit | null>(null);
  const { inserted, working, run, clear } = useChartInsert();
  const chart = useMemo(() => {
    if (!chosen) return null;
    try {
      const own = planTable(dataset, plan.tableId, unitChoice(plan.choice, chosen));
      return { plan: planChart(dataset, own) };
    } catch (error) {
      return { error };
    }
  }, [dataset, plan, chosen]);
  const drawn = chart?.plan ?? null;
  const apart = units.filter((u) => u.where === null);
  const choose = (unit: ChartUnit) => {
    setChosen(unit === chosen ? null : unit);
    clear();
  };
  const insert = (unit: ChartUnit) =>
    run(() => actions.insertUnitChart(dataset, plan.tableId, plan.choice, unit.label));
  return (
    <div className={styles.stack}>
      <span id={intro}>
        {plan.title} has rows in {units.length} units, and one value axis cannot show them together.
        Chart one unit:
      </span>
      <div role="group" aria-labelledby={intro} className={styles.row}>
        {units.map((u) => (
          <ToggleButton
            key={u.label}
            size="small"
            checked={u === chosen}
            disabled={u.where === null}
            onClick={() => choose(u)}
          >
            Chart {u.label} ({rowsOf(u.rows)})
          </ToggleButton>
        ))}
      </div>
      {apart.length > 0 && (
        <span className={styles.muted}>
          {apart.map((u) => u.label).join(", ")}: no filter of the Unit column keeps these rows
          apart, so they cannot be charted on their own.
        </span>
      )}
      {chart && !drawn && <ErrorBar error={chart.error} />}
      {chosen && drawn && (
        <>
          <DrawnChart plan={drawn} />
          {actions.mode === "excel" ? (
            <div className={styles.row}>
              <Button appearance="primary" disabled={working} onClick={() => insert(chosen)}>
                Insert chart of {chosen.label}
              </Button>
              <span className={styles.muted}>
                The {rowsOf(chosen.rows)} in {chosen.label} as a table of their own on a new sheet,
                filtered to that unit, with this chart beside it.
              </span>
            </div>
          ) : (
            <span className={styles.muted}>
              In Excel, Insert chart of {chosen.label} adds the {rowsOf(chosen.rows)} in{" "}
              {chosen.label} as a table of their own on a new sheet (the table filtered to that
              unit), with this chart beside it; refresh keeps both to that unit.
            </span>
          )}
        </>
      )}
      {inserted && <ChartInsertResult result={inserted} />}
    </div>
  );
}
