import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
} from "@fluentui/react-components";
import { ArrowSyncRegular } from "@fluentui/react-icons";
import { lazy, Suspense, useEffect, useRef } from "react";
import type { Dataset } from "../../core/dataset/schema";
import { useRefreshView } from "../hooks/useRefreshView";
import { useWhatChanged } from "../hooks/useWhatChanged";
import type { DatasetApproval } from "../loadDataset";
import type { SettingsStore } from "../settingsStore";
import type { RefreshSummary, TableRefreshSummary, WorkbookActions } from "../workbook";
import { Busy } from "./Busy";
import { ErrorBar } from "./ErrorBar";
import { OpenSettingsFields } from "./OpenSettingsFields";
import { RefreshConfirmBar } from "./RefreshConfirmBar";
import { returnFocus } from "./returnFocus";
import { useViewStyles } from "./useViewStyles";

const WhatChangedView = lazy(() =>
  import(/* webpackChunkName: "view-changes" */ "./WhatChangedView").then((m) => ({
    default: m.WhatChangedView,
  })),
);

export interface RefreshViewProps {
  actions: WorkbookActions;
  reload: (approve?: DatasetApproval) => Promise<Dataset>;
  /** What "What changed?" fetches to compare with; `reload` unless given. */
  reloadToCompare?: (approve?: DatasetApproval) => Promise<Dataset>;
  /** Where the dataset comes from when it is not the shipped one; null for the shipped dataset. */
  datasetHost?: string | null;
  /** The dataset in use: what the browser preview's change list compares with. */
  dataset?: Dataset;
  /** The workbook's settings, for "when this workbook opens"; without them that is not offered. */
  settings?: SettingsStore;
  /**
   * What the ribbon or the open-time check asked for and has not started yet: a refresh, or the
   * change list.
   */
  request?: "refresh" | "changes" | null;
  onStarted?: () => void;
}

/** Refresh every Policy Tables table in the workbook, then say what changed, table by table. */
export function RefreshView({
  actions,
  reload,
  reloadToCompare = reload,
  dataset,
  settings,
  datasetHost,
  request,
  onStarted,
}: RefreshViewProps) {
  const styles = useViewStyles();
  const { state, run, confirm, cancel } = useRefreshView(
    actions,
    reload,
    request === "refresh",
    onStarted,
  );
  // The browser preview without the whole dataset reads the published pieces: the change list
  // compares those in use with those `reload` (the refresh's own fetch, declined) reads.
  const fromPieces = !actions.previewChanges && !dataset;
  const changes = useWhatChanged(
    actions,
    fromPieces ? reload : reloadToCompare,
    dataset,
    fromPieces,
  );
  // The workbook compares its own tables; the browser preview compares with the pieces or the
  // dataset in use.
  const canCompare = Boolean(dataset || actions.previewChanges || fromPieces);
  const refreshButton = useRef<HTMLButtonElement>(null);
  // What changed? when the person opened the list; none when the open-time check did.
  const changesOpener = useRef<HTMLElement | null>(null);
  const closeChanges = () => {
    changes.close();
    returnFocus(changesOpener.current ?? refreshButton.current);
    changesOpener.current = null;
  };
  // The Refresh button is disabled while the refresh it confirmed runs: focused once it is done.
  const answered = (answer: () => void) => {
    answer();
    returnFocus(refreshButton.current);
  };
  const { open: openChanges } = changes;
  // Once per request, as for a refresh: the open-time check asks for the change list.
  useEffect(() => {
    if (request === "changes" && canCompare) {
      onStarted?.();
      void openChanges();
    }
  }, [request, canCompare, onStarted, openChanges]);
  const busy =
    state.status === "fetching" ||
    state.status === "refreshing" ||
    state.status === "confirm" ||
    changes.state.status === "loading";
  return (
    <div className={styles.stack}>
      <p style={{ margin: 0 }}>
        {actions.mode === "excel"
          ? "Fetches the dataset again and updates every inserted table in this workbook. Cells you typed into are kept and listed as conflicts."
          : "Fetches the dataset again. In Excel, this also updates every inserted table."}
      </p>
      {datasetHost && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            The dataset comes from <strong>{datasetHost}</strong>, not the one shipped with the
            add-in. Refresh writes its figures into your tables.
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Button
          appearance="primary"
          icon={<ArrowSyncRegular />}
          disabled={busy}
          onClick={run}
          ref={refreshButton}
        >
          {actions.mode === "excel" ? "Refresh all tables" : "Reload dataset"}
        </Button>
        {canCompare && (
          <Button
            disabled={busy}
            onClick={(e) => {
              changesOpener.current = e.currentTarget;
              void openChanges();
            }}
          >
            What changed?
          </Button>
        )}
      </div>
      {changes.state.status === "loading" && (
        <Busy label="Comparing the dataset with the tables…" />
      )}
      {changes.state.status === "error" && (
        <ErrorBar error={changes.state.error} onRetry={() => void openChanges()} />
      )}
      {changes.state.status === "ready" && (
        <Suspense fallback={<Busy label="Loading the change list…" />}>
          <WhatChangedView
            report={changes.state.report}
            mode={actions.mode}
            onClose={closeChanges}
          />
        </Suspense>
      )}
      {state.status === "fetching" && (
        <Field validationMessage="Fetching and checking the dataset…" validationState="none">
          <ProgressBar aria-label="Fetching the dataset" />
        </Field>
      )}
      {state.status === "refreshing" && (
        <Field
          validationState="none"
          validationMessage={
            state.progress
              ? `Table ${Math.min(state.progress.done + 1, state.progress.total)} of ${state.progress.total}${state.progress.tableName ? `: ${state.progress.tableName}` : ""}`
              : "Finding the tables…"
          }
        >
          <ProgressBar
            aria-label="Refreshing tables"
            value={
              state.progress && state.progress.total
                ? state.progress.done / state.progress.total
                : undefined
            }
          />
        </Field>
      )}
      {state.status === "error" && <ErrorBar error={state.error} onRetry={run} />}
      {state.status === "reloaded" && (
        <MessageBar intent="success">
          <MessageBarBody>Loaded dataset {state.dataset.version}.</MessageBarBody>
        </MessageBar>
      )}
      {state.status === "confirm" && (
        <RefreshConfirmBar
          version={state.dataset.version}
          warnings={state.warnings}
          onConfirm={() => answered(confirm)}
          onCancel={() => answered(cancel)}
        />
      )}
      {state.status === "cancelled" && (
        <MessageBar intent="info">
          <MessageBarBody>
            Refresh cancelled: dataset {state.dataset.version} was not used, and no table or formula
            changed.
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === "done" && <Summary summary={state.summary} />}
      {settings && <OpenSettingsFields settings={settings} mode={actions.mode} />}
    </div>
  );
}

const STATUS: Record<
  TableRefreshSummary["status"],
  { label: string; color: "success" | "subtle" | "danger" | "warning" }
> = {
  updated: { label: "updated", color: "success" },
  unchanged: { label: "unchanged", color: "subtle" },
  deleted: { label: "table deleted", color: "danger" },
  sheet_deleted: { label: "sheet deleted", color: "danger" },
  not_in_dataset: { label: "not in dataset", color: "warning" },
  refused: { label: "refused", color: "danger" },
  failed: { label: "not fully refreshed", color: "danger" },
};

function Summary({ summary }: { summary: RefreshSummary }) {
  const styles = useViewStyles();
  const { totals } = summary;
  const troubled = summary.tables.some(
    (t) => STATUS[t.status].color !== "success" && t.status !== "unchanged",
  );
  if (summary.tables.length === 0 && !summary.problems?.length)
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          This workbook has no Policy Tables tables yet. Insert one from the Catalog.
        </MessageBarBody>
      </MessageBar>
    );
  return (
    <section className={styles.stack} aria-labelledby="refresh-summary">
      <MessageBar intent={totals.conflicts || troubled ? "warning" : "success"} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle id="refresh-summary">
            {totals.updated} of {totals.tables} table{totals.tables === 1 ? "" : "s"} updated
          </MessageBarTitle>
          Dataset {summary.fromVersion ?? "unknown"} → {summary.toVersion}: {totals.valuesChanged}{" "}
          value{totals.valuesChanged === 1 ? "" : "s"} changed, {totals.rowsAdded} row
          {totals.rowsAdded === 1 ? "" : "s"} added, {totals.rowsRemoved} removed,{" "}
          {totals.conflicts} edit{totals.conflicts === 1 ? "" : "s"} of yours kept.
        </MessageBarBody>
      </MessageBar>
      {summary.problems && summary.problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Some tables could not be read</MessageBarTitle>
            {summary.problems.join(" ")} Insert those tables again from the Catalog.
          </MessageBarBody>
        </MessageBar>
      )}
      {summary.warnings && summary.warnings.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Left as it was</MessageBarTitle>
            {summary.warnings.join(" ")}
          </MessageBarBody>
        </MessageBar>
      )}
      {summary.notices && summary.notices.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{summary.notices.join(" ")}</MessageBarBody>
        </MessageBar>
      )}
      <Accordion multiple collapsible>
        {summary.tables.map((t) => (
          <AccordionItem key={`${t.tableId}:${t.tableName}`} value={`${t.tableId}:${t.tableName}`}>
            <AccordionHeader>
              <span className={styles.row}>
                {t.tableName}
                <Badge
                  appearance="tint"
                  color={t.conflicts.length ? "warning" : STATUS[t.status].color}
                >
                  {t.conflicts.length
                    ? `${STATUS[t.status].label}, ${t.conflicts.length} kept`
                    : STATUS[t.status].label}
                </Badge>
              </span>
            </AccordionHeader>
            <AccordionPanel>
              <TableDetails table={t} />
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}

function TableDetails({ table }: { table: TableRefreshSummary }) {
  const styles = useViewStyles();
  return (
    <div className={styles.tight}>
      {table.message && <span>{table.message}</span>}
      <dl className={styles.facts}>
        <dt>Dataset table</dt>
        <dd>{table.tableId}</dd>
        <dt>Values changed</dt>
        <dd>{table.valuesChanged}</dd>
        <dt>Rows added</dt>
        <dd>{table.rowsAdded}</dd>
        <dt>Rows removed</dt>
        <dd>{table.rowsRemoved}</dd>
      </dl>
      {table.conflicts.length > 0 && (
        <>
          <h4 className={styles.subheading}>Your edits, kept</h4>
          <ul className={styles.list}>
            {table.conflicts.map((c) => (
              <li key={c.address}>
                <strong>{c.address}</strong> ({c.column}, {c.recordId}): you have{" "}
                {show(c.userValue)};{" "}
                {c.datasetValue === null
                  ? "the record is no longer in the dataset."
                  : `the dataset says ${show(c.datasetValue)}.`}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function show(value: string | number | boolean | null): string {
  if (value === null || value === "") return "an empty cell";
  if (typeof value === "number") return value.toLocaleString("en-US");
  return `"${String(value)}"`;
}
