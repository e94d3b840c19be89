import { Button } from "@fluentui/react-components";
import { DataBarVerticalRegular } from "@fluentui/react-icons";
import { lazy, Suspense, useState } from "react";
import type { Dataset } from "../../core/dataset/schema";
import type { CellPlan } from "../../core/layout/planTable";
import type { WorkbookActions } from "../workbook";
import { Busy } from "./Busy";

// The chart and its charting library are fetched when a person first asks for a chart.
const ChartPanel = lazy(() =>
  import(/* webpackChunkName: "view-chart" */ "./ChartPanel").then((m) => ({
    default: m.ChartPanel,
  })),
);

/** "Chart" on an opened table: shows the chart Insert chart would add, and inserts it in Excel. */
export function ChartSection(props: {
  dataset: Dataset;
  plan: CellPlan;
  actions: WorkbookActions;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <div>
        <Button
          icon={<DataBarVerticalRegular />}
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open ? "Hide chart" : "Chart"}
        </Button>
      </div>
      {open && (
        <Suspense fallback={<Busy label="Drawing the chart…" />}>
          <ChartPanel {...props} />
        </Suspense>
      )}
    </>
  );
}
