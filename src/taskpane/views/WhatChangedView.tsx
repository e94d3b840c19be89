import { Badge, Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { CellChange, ChangeReport, RecordChange } from "../../core/diff/listChanges";
import type { DateSystem } from "../../core/lookup/excelDate";
import { displayCell } from "./format";
import { useViewStyles } from "./useViewStyles";

export interface WhatChangedViewProps {
  report: ChangeReport;
  /** In the browser preview there are no cells: addresses are left out. */
  mode: "excel" | "preview";
  onClose: () => void;
}

const KIND: Record<RecordChange["kind"], { label: string; color: "success" | "danger" | "brand" }> =
  {
    added: { label: "added", color: "success" },
    removed: { label: "removed", color: "danger" },
    changed: { label: "changed", color: "brand" },
  };

/**
 * What a refresh would change, before it runs: per table, each record added, removed or
 * changed, its quotes before and after, and the cells involved; cells the user typed into are
 * shown as kept. Takes the focus when it opens; Close or Escape hands it back to the caller.
 */
export function WhatChangedView({ report, mode, onClose }: WhatChangedViewProps) {
  const styles = useViewStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const records = report.tables.flatMap((t) => t.records);
  const count = (kind: RecordChange["kind"]) => records.filter((r) => r.kind === kind).length;
  const kept = records.flatMap((r) => r.cells).filter((c) => c.kept).length;
  return (
    <section
      className={styles.stack}
      aria-labelledby="what-changed"
      onKeyDown={(e) => e.key === "Escape" && onClose()}
    >
      <h2 id="what-changed" className={styles.heading} tabIndex={-1} ref={heading}>
        What changed: dataset {report.fromVersion ?? "none"} → {report.toVersion}
      </h2>
      <p style={{ margin: 0 }}>
        {mode === "excel"
          ? "What Refresh would do to the tables in this workbook. Nothing has been written."
          : "What Refresh would do to tables inserted from the dataset in use. Nothing has been loaded yet."}{" "}
        {count("added")} added, {count("removed")} removed, {count("changed")} changed
        {kept ? `, ${kept} cell${kept === 1 ? "" : "s"} kept (your edit)` : ""}.
      </p>
      {report.problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{report.problems.join(" ")}</MessageBarBody>
        </MessageBar>
      )}
      {report.tables.map((t) => (
        <section
          key={`${t.tableId}:${t.tableName}`}
          className={styles.tight}
          aria-label={t.tableName}
        >
          <h3 className={styles.subheading}>
            {t.tableName}{" "}
            <Badge appearance="tint" color={t.records.length ? "brand" : "subtle"}>
              {t.records.length
                ? `${t.records.length} record${t.records.length === 1 ? "" : "s"}`
                : t.status === "unchanged"
                  ? "no change"
                  : t.status.replace("_", " ")}
            </Badge>
          </h3>
          {t.message && <span className={styles.muted}>{t.message}</span>}
          {t.records.length > 0 && (
            <ul className={styles.list}>
              {t.records.map((r) => (
                <Record
                  key={`${r.kind}:${r.recordId}`}
                  record={r}
                  mode={mode}
                  dates={report.dateSystem}
                />
              ))}
            </ul>
          )}
        </section>
      ))}
      <div>
        <Button onClick={onClose}>Close</Button>
      </div>
    </section>
  );
}

function Record({
  record,
  mode,
  dates,
}: {
  record: RecordChange;
  mode: "excel" | "preview";
  dates: DateSystem;
}) {
  const styles = useViewStyles();
  const kind = KIND[record.kind];
  const shownCells =
    record.kind === "changed" || record.kept ? record.cells : record.cells.slice(0, 0);
  return (
    <li className={styles.card}>
      <span className={styles.row}>
        <Badge appearance="filled" color={kind.color}>
          {kind.label}
        </Badge>
        {record.kept && (
          <Badge appearance="tint" color="warning">
            kept (your edit)
          </Badge>
        )}
        <strong>{record.label || record.recordId}</strong>
      </span>
      <span className={styles.code}>{record.recordId}</span>
      {shownCells.length > 0 && (
        <ul className={styles.list}>
          {shownCells.map((c) => (
            <li key={`${c.column}:${c.address}`}>
              <Cell cell={c} mode={mode} removed={record.kind === "removed"} dates={dates} />
            </li>
          ))}
        </ul>
      )}
      {record.kind === "added" && (
        <span>
          {record.cells
            // The quote is shown below, once.
            .filter((c) => c.after !== null && c.after !== "" && c.after !== record.quote.after)
            .map((c) => `${c.column}: ${displayCell(c.after, c.format, dates)}`)
            .join(" · ")}
        </span>
      )}
      {record.kind === "removed" && !record.kept && mode === "excel" && record.cells[0] && (
        <span>
          Its row, {record.cells[0].address}:
          {record.cells[record.cells.length - 1].address.split("!").pop()}, would be deleted.
        </span>
      )}
      <Quotes record={record} />
    </li>
  );
}

function Cell({
  cell,
  mode,
  removed,
  dates,
}: {
  cell: CellChange;
  mode: "excel" | "preview";
  removed: boolean;
  dates: DateSystem;
}) {
  const where = mode === "excel" && cell.address ? ` (${cell.address})` : "";
  const before = show(cell.before, cell.format, dates);
  if (cell.kept)
    return (
      <>
        <strong>
          {cell.column}
          {where}
        </strong>
        : kept (your edit) — you have {before};{" "}
        {removed || cell.after === null
          ? "the record is no longer in the dataset."
          : `the dataset says ${show(cell.after, cell.format, dates)}.`}
      </>
    );
  return (
    <>
      <strong>
        {cell.column}
        {where}
      </strong>
      : {before} → {show(cell.after, cell.format, dates)}
    </>
  );
}

function Quotes({ record }: { record: RecordChange }) {
  const styles = useViewStyles();
  const { before, after } = record.quote;
  if (before === null && after === null) return null;
  if (before === after || before === null || after === null)
    return (
      <blockquote className={styles.muted} style={{ margin: 0 }}>
        “{after ?? before}”
      </blockquote>
    );
  return (
    <dl className={styles.facts}>
      <dt>Quote before</dt>
      <dd>“{before}”</dd>
      <dt>Quote now</dt>
      <dd>“{after}”</dd>
    </dl>
  );
}

function show(value: CellChange["before"], format: string, dates: DateSystem): string {
  if (value === null || value === "") return "an empty cell";
  const text = displayCell(value, format, dates);
  return typeof value === "string" ? `"${text}"` : text;
}
