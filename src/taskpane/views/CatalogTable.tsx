import {
  Button,
  Checkbox,
  Field,
  mergeClasses,
  SearchBox,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { ArrowLeftRegular } from "@fluentui/react-icons";
import type { CellPlan } from "../../core/layout/planTable";
import type { Dataset, Table as DatasetTable } from "../../core/dataset/schema";
import { PREVIEW_ROWS, type CatalogViewState } from "../hooks/useCatalogView";
import { useTablePreview } from "../hooks/useTablePreview";
import type { TableChoice, WorkbookActions } from "../workbook";
import { ActionResult, DownloadButton } from "./CatalogActions";
import { ErrorBar } from "./ErrorBar";
import { TableDownload } from "./TableDownload";
import { displayCell } from "./format";
import { useCatalogViewStyles } from "./useCatalogViewStyles";
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
  const own = useCatalogViewStyles();
  const { choice } = catalog;
  const { columns, preview, chosenKeys, toggleColumn } = useTablePreview(
    dataset,
    table,
    choice,
    catalog.setChoice,
  );
  const plan = "plan" in preview ? preview.plan : null;
  const working = catalog.action.status === "working";
  return (
    <div className={styles.stack}>
      <div>
        <Button appearance="subtle" icon={<ArrowLeftRegular />} onClick={() => catalog.open(null)}>
          All tables
        </Button>
      </div>
      <div className={styles.tight}>
        <h2 className={styles.heading}>{table.title}</h2>
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
      <Field label="Filter rows">
        <SearchBox
          value={choice.filter ?? ""}
          onChange={(_, d) => catalog.setFilter(d.value)}
          placeholder="Text any chosen column contains"
        />
      </Field>
      {"error" in preview && <ErrorBar error={preview.error} />}
      {plan && <PlanPreview plan={plan} choice={choice} onSort={catalog.sortBy} />}
      <div className={styles.row}>
        {actions.mode === "excel" ? (
          <>
            <Button
              appearance="primary"
              disabled={working}
              onClick={() => catalog.insert("selection")}
              data-shortcut="insert-table"
            >
              Insert at selected cell
            </Button>
            <Button disabled={working} onClick={() => catalog.insert("newSheet")}>
              Insert on new sheet
            </Button>
          </>
        ) : (
          <DownloadButton action={catalog.action} onClick={catalog.download} />
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

function PlanPreview({
  plan,
  choice,
  onSort,
}: {
  plan: CellPlan;
  choice: TableChoice;
  onSort: (key: string) => void;
}) {
  const styles = useViewStyles();
  const own = useCatalogViewStyles();
  const count = plan.values.length;
  const sortedBy = choice.sort ? plan.columns.find((c) => c.key === choice.sort?.key) : undefined;
  return (
    <>
      <span className={styles.muted} role="status" aria-live="polite">
        {count > PREVIEW_ROWS
          ? `Showing ${PREVIEW_ROWS} of ${count} rows`
          : `${count} row${count === 1 ? "" : "s"}`}
        {sortedBy && choice.sort ? `, sorted by ${sortedBy.title} ${choice.sort.direction}` : ""}
        {` · inserts as ${plan.tableName}`}
      </span>
      <div
        className={own.scroller}
        role="region"
        aria-label={`Preview of ${plan.title}`}
        tabIndex={0}
      >
        <Table size="small" sortable className={own.grid} aria-label={plan.title}>
          <TableHeader>
            <TableRow>
              {plan.columns.map((c) => (
                <TableHeaderCell
                  key={c.key}
                  className={
                    c.type === "number" || c.type === "integer"
                      ? mergeClasses(own.cell, own.numberHeader)
                      : own.cell
                  }
                  sortDirection={choice.sort?.key === c.key ? choice.sort.direction : undefined}
                  onClick={() => onSort(c.key)}
                >
                  {c.title}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {plan.values.slice(0, PREVIEW_ROWS).map((row, r) => (
              <TableRow key={plan.rowIds[r]}>
                {row.map((cell, i) => (
                  <TableCell
                    key={plan.columns[i].key}
                    className={
                      typeof cell === "number" ? mergeClasses(own.cell, own.number) : own.cell
                    }
                  >
                    <span className={own.clamp}>{displayCell(cell, plan.numberFormats[r][i])}</span>
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}
