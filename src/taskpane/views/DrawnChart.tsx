import { makeStyles, tokens } from "@fluentui/react-components";
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  Tooltip,
  type ChartConfiguration,
  type Scale,
} from "chart.js";
import { useEffect, useRef } from "react";
import type { ChartPlan } from "../../core/layout/planChart";
import { displayCell } from "./format";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

const useStyles = makeStyles({
  figure: {
    margin: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  canvasBox: { position: "relative", width: "100%", minWidth: 0 },
  data: { fontSize: tokens.fontSizeBase200 },
  dataTable: {
    borderCollapse: "collapse",
    "& td, & th": { padding: "2px 6px", textAlign: "start" },
  },
});

/** A chart plan drawn with Chart.js, titled and sourced, its points listed in a table below. */
export function DrawnChart({ plan }: { plan: ChartPlan }) {
  const own = useStyles();
  const canvas = useRef<HTMLCanvasElement>(null);
  const text = (v: number | null) => (v === null ? "no date" : displayCell(v, plan.valueFormat));
  useEffect(() => {
    if (!canvas.current) return;
    const drawn = new Chart(canvas.current, chartConfig(plan, text));
    return () => drawn.destroy();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- text derives from plan
  }, [plan]);
  const height = plan.kind === "events" ? Math.max(160, 28 * plan.points.length + 60) : 260;
  const kind = plan.kind === "events" ? "Bar chart of dates" : "Column chart";
  return (
    <figure className={own.figure} aria-label={`Chart of ${plan.title}`}>
      <figcaption className={own.title}>{plan.title}</figcaption>
      <div className={own.canvasBox} style={{ height }}>
        <canvas
          ref={canvas}
          role="img"
          aria-label={`${kind}: ${plan.value.title} by ${plan.category.title}, ${plan.points.length} points; the data follows.`}
        />
      </div>
      <span className={own.data}>{plan.sourceLine}</span>
      <details className={own.data}>
        <summary>Chart data ({plan.points.length} points)</summary>
        <table className={own.dataTable} data-testid="chart-data">
          <thead>
            <tr>
              <th scope="col">{plan.category.title}</th>
              <th scope="col">{plan.value.title}</th>
            </tr>
          </thead>
          <tbody>
            {plan.points.map((p, i) => (
              <tr key={i}>
                <td>{p.label}</td>
                <td>{text(p.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** Columns of values, or horizontal bars of dates running down the page in table order. */
function chartConfig(
  plan: ChartPlan,
  text: (v: number | null) => string,
): ChartConfiguration<"bar", (number | null)[], string> {
  const values = plan.points.map((p) => p.value);
  const dated = values.filter((v): v is number => v !== null);
  const timeline = plan.kind === "events";
  // Whole labels are in the tooltip and the data table; the axis keeps the plot wide enough.
  // A narrow pane leaves the labels a third of the width: cut them to fit, not off the edge.
  const label = function (this: Scale, _: unknown, i: number) {
    return short(plan.points[i]?.label ?? "", this.chart.width < 480 ? 12 : 24);
  };
  const valueScale = {
    ticks: { callback: (v: string | number) => text(Number(v)) },
    ...(timeline ? { min: Math.min(...dated) - 31, max: Math.max(...dated) + 31 } : {}),
  };
  return {
    type: "bar",
    data: {
      labels: plan.points.map((p) => p.label),
      datasets: [{ label: plan.value.title, data: values, backgroundColor: "#0f6cbd" }],
    },
    options: {
      indexAxis: timeline ? "y" : "x",
      maintainAspectRatio: false,
      animation: false,
      plugins: {
        tooltip: {
          callbacks: {
            title: (items) => plan.points[items[0]?.dataIndex ?? 0]?.label ?? "",
            label: (item) => text(item.parsed[timeline ? "x" : "y"]),
          },
        },
      },
      scales: timeline
        ? { x: valueScale, y: { ticks: { autoSkip: false, callback: label } } }
        : { y: { ...valueScale, beginAtZero: true }, x: { ticks: { callback: label } } },
    },
  };
}

function short(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
