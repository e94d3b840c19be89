import type { Column } from "../../core/dataset/schema";

/** A column with no unit or description, text ("@") unless a format is given. */
export const column = (key: string, title: string, type: Column["type"], format = "@"): Column => ({
  key,
  title,
  type,
  unit: null,
  format,
  description: null,
});

/** The columns of the generated figures tables (benchmarks and size tests): metric, value, year, quote. */
export const METRIC_COLUMN = column("metric", "Metric", "string", "@");
export const VALUE_COLUMN = column("value", "Value", "number", "#,##0");
export const UNIT_COLUMN = column("unit", "Unit", "string", "@");
export const YEAR_COLUMN = column("period.start", "Year", "date", "yyyy");
export const QUOTE_COLUMN = column("source.quote", "Quote", "string", "@");
