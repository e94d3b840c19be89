import type { InsertedChart } from "../workbook";
import { ErrorBar, SuccessBar } from "./ErrorBar";

/** What Insert chart did, or why it did nothing, in words. */
export function ChartInsertResult({ result }: { result: InsertedChart | { error: unknown } }) {
  if ("error" in result) return <ErrorBar error={result.error} />;
  const warnings = result.warnings.map((w) => ` ${w}`).join("");
  const { unitTable: unit } = result;
  if (unit) {
    return (
      <SuccessBar>
        Inserted the {unit.rows} {unit.rows === 1 ? "row" : "rows"} in {unit.unit} as{" "}
        {result.tableName} at {unit.address}, and its chart {result.chartName} beside it.
        {warnings}
      </SuccessBar>
    );
  }
  return (
    <SuccessBar>
      Inserted chart {result.chartName} beside {result.tableName} on {result.sheetName} (
      {result.points} points).
      {warnings}
    </SuccessBar>
  );
}
