import { Button } from "@fluentui/react-components";
import type { ActionState } from "../hooks/useCatalogView";
import { Busy } from "./Busy";
import { LazyErrorBar, LazySuccessBar } from "./lazyBars";

export function DownloadButton({ action, onClick }: { action: ActionState; onClick: () => void }) {
  // No icon: the icon library's share of the first download went to the tab bar's overflow.
  return (
    <Button appearance="primary" disabled={action.status === "working"} onClick={onClick}>
      Download workbook
    </Button>
  );
}

/** Said where the workbook is offered: exceljs neither writes nor keeps charts (exceljs #141). */
export function NoChartsNote({ className }: { className: string }) {
  return (
    <span className={className}>The workbook has no charts; Insert chart makes them in Excel.</span>
  );
}

export function ActionResult({ action }: { action: ActionState }) {
  switch (action.status) {
    case "working":
      return (
        <Busy
          label={action.what === "insert" ? "Inserting the table…" : "Building the workbook…"}
        />
      );
    case "inserted":
      return (
        <LazySuccessBar>
          Inserted {action.result.rows} rows as table {action.result.tableName} at{" "}
          {action.result.address}. Refresh keeps it up to date. {action.result.warnings.join(" ")}
        </LazySuccessBar>
      );
    case "downloaded":
      return (
        <LazySuccessBar>
          Saved {action.fileName}: every table on its own sheet
          {action.shaped ? ` (${action.shaped} with your columns, filter and sort)` : ""}, with a
          Sources sheet.
        </LazySuccessBar>
      );
    case "error":
      return <LazyErrorBar error={action.error} />;
    default:
      return null;
  }
}
