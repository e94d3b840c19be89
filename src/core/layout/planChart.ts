import type { Dataset } from "../dataset/schema";
import { PolicyError } from "../errors";
import { chartUnits } from "./chartUnits";
import { findTable } from "./tableColumns";
import type { CellPlan } from "./planTable";

/**
 * A chart of one inserted table: which of its columns give the categories and the values, and
 * everything drawn around them. The Excel chart binds to those columns of the table; the pane's
 * preview draws `points`, the same cells, so both show one series.
 */
export interface ChartPlan {
  tableId: string;
  kind: "figures" | "events";
  /** An Excel.ChartType: columns for figures, horizontal bars over dates for a timeline. */
  chartType: "ColumnClustered" | "BarClustered";
  /** Column keys within the table, and their headers as written. */
  category: { key: string; title: string };
  value: { key: string; title: string };
  /** The table's title, with the unit for figures ("Funding and money (USD)"). */
  title: string;
  /** "Source: Policy Tables dataset 1.0.5, see Sources sheet". */
  sourceLine: string;
  /** Excel number format of the value axis: the unit's, or a date format for a timeline. */
  valueFormat: string;
  /** One point per body row, in table order: the category's text, the value as Excel holds it. */
  points: { label: string; value: number | null }[];
}

/** The line under a chart's title that says which dataset it charts. */
export function chartSourceLine(version: string): string {
  return `Source: Policy Tables dataset ${version}, see Sources sheet`;
}

/** A title's last line as chartSourceLine writes it, for any version. */
const SOURCE_LINE_END = /\nSource: Policy Tables dataset [^\n,]+, see Sources sheet$/;

/**
 * A chart title whose source line names `version`: `text` is the whole title, `sourceAt` where
 * the source line starts (it is set smaller). The title's first line is kept as it is, edited or
 * not; null when the title no longer ends with a source line Policy Tables wrote (the person
 * changed or removed it), which is then left alone.
 * @example retitleSource("Sanctions\nSource: Policy Tables dataset 1.0.6, see Sources sheet", "1.1.0").text // "Sanctions\nSource: Policy Tables dataset 1.1.0, see Sources sheet"
 */
export function retitleSource(
  title: string,
  version: string,
): { text: string; sourceAt: number; sourceLength: number } | null {
  const end = SOURCE_LINE_END.exec(title);
  if (!end) return null;
  const line = chartSourceLine(version);
  return {
    text: `${title.slice(0, end.index)}\n${line}`,
    sourceAt: end.index + 1,
    sourceLength: line.length,
  };
}

/** Excel's limit for a chart name is not documented; table names allow 255, which is ample. */
const MAX_CHART_NAME = 200;

/**
 * Plans the chart of a table planned by planTable. Refuses, with what to do instead, a table
 * that one value axis cannot show honestly: rows in different units (dollars beside pounds),
 * a kind other than figures or events, the category or value column left out, or no value.
 * @example planChart(dataset, planTable(dataset, "money")).title // "Funding and money (USD)"
 */
export function planChart(dataset: Dataset, table: CellPlan): ChartPlan {
  const meta = findTable(dataset, table.tableId);
  const keys = table.columns.map((c) => c.key);
  const column = (key: string) => {
    const j = keys.indexOf(key);
    return j < 0 ? null : { key, title: table.header[j], j };
  };
  const need = (what: string, ...candidates: string[]) => {
    const found = candidates.map(column).find((c) => c !== null);
    if (found) return found;
    throw new PolicyError(
      "bad_argument",
      `"${meta.title}" cannot be charted without its ${what} column (key ${candidates.join(" or ")}); insert the table with that column and chart it again.`,
    );
  };
  if (meta.kind !== "figures" && meta.kind !== "events") {
    throw new PolicyError(
      "bad_argument",
      `"${meta.title}" is a ${meta.kind} table; only figures and events tables can be charted.`,
    );
  }
  if (table.values.length === 0) {
    throw new PolicyError(
      "bad_argument",
      `"${meta.title}" has no rows to chart. Clear or change its filter.`,
    );
  }
  const sourceLine = chartSourceLine(dataset.version);
  const textOf = (v: unknown) => (v === null || v === undefined ? "" : String(v));

  if (meta.kind === "events") {
    const date = need("Date", "date");
    const label = need("Event", "title");
    const points = table.values.map((row) => ({
      label: textOf(row[label.j]),
      value: typeof row[date.j] === "number" ? (row[date.j] as number) : null,
    }));
    if (points.every((p) => p.value === null)) {
      throw new PolicyError(
        "bad_argument",
        `No event of "${meta.title}" has a date, so there is nothing to place on a timeline.`,
      );
    }
    return {
      tableId: table.tableId,
      kind: "events",
      chartType: "BarClustered",
      category: { key: label.key, title: label.title },
      value: { key: date.key, title: date.title },
      title: meta.title,
      sourceLine,
      valueFormat: "mmm yyyy",
      points,
    };
  }

  const value = need("Value", "value");
  const label = need("Metric or Actor", "metric", "actor");
  const units = chartUnits(dataset, table);
  if (units.length > 1) {
    const listed = units.map((u) => `${u.label} (${u.rows})`).join(", ");
    const example = units.find((u) => u.where !== null);
    throw new PolicyError(
      "bad_argument",
      `"${meta.title}" mixes ${units.length} units: ${listed}. One value axis cannot show them together without misleading; chart one unit at a time${example ? ` (its rows go into a table of their own, filtered "unit = ${example.label}")` : ""}, or filter the table to one unit and chart that.`,
    );
  }
  const format = table.columns[value.j].format ?? table.numberFormats[0][value.j];
  return {
    tableId: table.tableId,
    kind: "figures",
    chartType: "ColumnClustered",
    category: { key: label.key, title: label.title },
    value: { key: value.key, title: value.title },
    title: `${meta.title} (${units[0].label})`,
    sourceLine,
    valueFormat: format.replace(/\.0+/, ""),
    points: table.values.map((row) => ({
      label: textOf(row[label.j]),
      value: typeof row[value.j] === "number" ? (row[value.j] as number) : null,
    })),
  };
}

/**
 * The name of a table's chart: "PT_Chart_" and the table name without "PT_", then "_2", "_3"…
 * Excel lets two charts of a sheet share a name (ChartCollection.getItem returns the first), so
 * uniqueness among `existing` is the add-in's to keep.
 * @example chartName("PT_Seizures", ["PT_Chart_Seizures"]) // "PT_Chart_Seizures_2"
 */
export function chartName(tableName: string, existing: readonly string[]): string {
  const base = `PT_Chart_${tableName.replace(/^PT_/, "")}`.slice(0, MAX_CHART_NAME);
  const taken = new Set(existing.map((e) => e.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}_${n}`.toLowerCase())) return `${base}_${n}`;
}
