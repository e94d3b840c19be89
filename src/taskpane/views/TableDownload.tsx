import { Button } from "@fluentui/react-components";
import { DocumentTableArrowRightRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { Dataset, Table } from "../../core/dataset/schema";
import {
  exportOneTable,
  saveTableFile,
  tableFile,
  type TableExporter,
  type TableFileSaver,
  type TableFormat,
} from "../tableDownload";
import type { TableChoice } from "../workbook";
import { Busy } from "./Busy";
import { LazyErrorBar, LazySuccessBar } from "./lazyBars";
import { useViewStyles } from "./useViewStyles";

type DownloadState =
  | { status: "idle" }
  | { status: "working"; format: TableFormat }
  | { status: "saved"; fileName: string; rows: number | null }
  | { status: "error"; error: unknown };

const FORMAT_NAMES: Record<TableFormat, string> = { csv: "CSV", xlsx: ".xlsx" };

export interface TableDownloadProps {
  dataset: Dataset;
  table: Table;
  choice: TableChoice;
  /** Rows the choice keeps, as the preview counts them. */
  rows: number | null;
  save?: TableFileSaver;
  exportTable?: TableExporter;
}

/** Saves the opened table, as the person shaped it, as a CSV or an .xlsx file. */
export function TableDownload({
  dataset,
  table,
  choice,
  rows,
  save = saveTableFile(document),
  exportTable = exportOneTable,
}: TableDownloadProps) {
  const styles = useViewStyles();
  const [state, setState] = useState<DownloadState>({ status: "idle" });
  const download = (format: TableFormat) => {
    setState({ status: "working", format });
    tableFile(dataset, table.id, choice, format, exportTable).then(
      (file) => {
        save(file);
        setState({ status: "saved", fileName: file.fileName, rows });
      },
      (error: unknown) => setState({ status: "error", error }),
    );
  };
  const working = state.status === "working";
  return (
    <div className={styles.tight}>
      <div className={styles.row} role="group" aria-label={`Download ${table.title}`}>
        {(["csv", "xlsx"] as const).map((format) => (
          <Button
            key={format}
            size="small"
            icon={<DocumentTableArrowRightRegular />}
            disabled={working}
            onClick={() => download(format)}
            // The name starts with the visible words, so speech input users can say what they see
            // (WCAG 2.5.3 Label in Name); the table's title follows for screen reader users.
            aria-label={`This table as ${FORMAT_NAMES[format]} (${table.title})`}
          >
            This table as {FORMAT_NAMES[format]}
          </Button>
        ))}
      </div>
      <div aria-live="polite">
        {state.status === "working" && (
          <Busy label={`Building the ${FORMAT_NAMES[state.format]} file…`} />
        )}
        {state.status === "saved" && (
          <LazySuccessBar>
            Saved {state.fileName}
            {state.rows !== null ? ` (${state.rows} row${state.rows === 1 ? "" : "s"})` : ""}, with
            your columns, filter and sort.
          </LazySuccessBar>
        )}
      </div>
      {state.status === "error" && <LazyErrorBar error={state.error} />}
    </div>
  );
}
