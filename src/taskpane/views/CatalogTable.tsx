import { Button, Checkbox, mergeClasses } from "@fluentui/react-components";
import { useLayoutEffect, useRef } from "react";
import { flushSync } from "react-dom";
import { ArrowLeftRegular } from "@fluentui/react-icons";
import type { Dataset, Table as DatasetTable } from "../../core/dataset/schema";
import type { CatalogViewState } from "../hooks/useCatalogView";
import { useTablePreview } from "../hooks/useTablePreview";
import type { WorkbookActions } from "../workbook";
import { ActionResult, DownloadButton, NoChartsNote } from "./CatalogActions";
import { ChartSection } from "./ChartSection";
import { pageScroller } from "./pageScroller";
import { ColumnFilterFields } from "./ColumnFilterFields";
import { ErrorBar } from "./ErrorBar";
import { FreeTextFilter } from "./FreeTextFilter";
import { PreviewGrid } from "./PreviewGrid";
import { TableDownload } from "./TableDownload";
import { useCatalogTableStyles } from "./useCatalogTableStyles";
import { useViewStyles } from "./useViewStyles";

export interface CatalogTableProps {
  catalog: CatalogViewState;
  dataset: Dataset;
  table: DatasetTable;
  actions: WorkbookActions;
}

/** One table of the Catalog opened: choose its columns, filter and sort, then insert it. */
export function CatalogTable({ catalog, dataset, table, actions }: CatalogTableProps) {
  const styles = useViewStyles();
  const own = useCatalogTableStyles();
  const { choice } = catalog;
  const tablePreview = useTablePreview(dataset, table, catalog, actions);
  const { columns, preview, chosenKeys, toggleColumn, setFilter, sortBy, insert } = tablePreview;
  const plan = "plan" in preview ? preview.plan : null;
  const working = catalog.action.status === "working";
  // Back to the list where it was scrolled, with the focus on the card's Preview button; the
  // list is drawn at once so the button exists to take it.
  const back = () => {
    const top = catalog.listTop.current;
    flushSync(() => catalog.open(null));
    pageScroller().scrollTop = top;
    document.getElementById(`preview-${table.id}`)?.focus({ preventScroll: true });
  };
  // Opened from a card far down the list, the preview still starts at its title, filter and
  // row count; the heading takes the focus so a screen reader starts there too.
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    pageScroller().scrollTop = 0;
    heading.current?.focus({ preventScroll: true });
  }, [table.id]);
  return (
    <div className={styles.stack}>
      <div>
        <Button appearance="subtle" icon={<ArrowLeftRegular />} onClick={back}>
          All tables
        </Button>
      </div>
      <div className={styles.tight}>
        <h2 ref={heading} tabIndex={-1} className={mergeClasses(styles.heading, own.focusTarget)}>
          {table.title}
        </h2>
        <span className={styles.muted}>{table.description}</span>
      </div>
      <details>
        <summary className={own.summary}>
          Columns ({chosenKeys.length} of {columns.length})
        </summary>
        <fieldset className={own.columns}>
          <legend className={styles.muted}>Columns to include</legend>
          {columns.map((c) => (
            <Checkbox
              key={c.key}
              label={c.title}
              checked={chosenKeys.includes(c.key)}
              onChange={(_, d) => toggleColumn(c.key, d.checked === true)}
            />
          ))}
        </fieldset>
      </details>
      <ColumnFilterFields
        fields={tablePreview.fields}
        filters={tablePreview.filters}
        onChange={tablePreview.setColumnFilter}
        formula={tablePreview.formula}
        sortedBy={tablePreview.sortedBy}
      />
      <FreeTextFilter
        value={choice.filter ?? ""}
        onChange={setFilter}
        hint={tablePreview.hint}
        onApplyHint={tablePreview.applyHint}
      />
      {"error" in preview && <ErrorBar error={preview.error} />}
      {plan && <PreviewGrid plan={plan} choice={choice} onSort={sortBy} />}
      {plan && <ChartSection dataset={dataset} plan={plan} actions={actions} />}
      <div className={styles.row}>
        {actions.mode === "excel" ? (
          <>
            <Button
              appearance="primary"
              disabled={working}
              onClick={() => insert("selection")}
              data-shortcut="insert-table"
            >
              Insert at selected cell
            </Button>
            <Button disabled={working} onClick={() => insert("newSheet")}>
              Insert on new sheet
            </Button>
          </>
        ) : (
          <>
            <DownloadButton action={catalog.action} onClick={catalog.download} />
            <NoChartsNote className={styles.muted} />
          </>
        )}
      </div>
      <ActionResult action={catalog.action} />
      <TableDownload
        dataset={dataset}
        table={table}
        choice={choice}
        rows={plan ? plan.values.length : null}
      />
    </div>
  );
}
