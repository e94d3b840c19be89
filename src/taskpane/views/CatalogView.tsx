import {
  Badge,
  Button,
  Checkbox,
  Field,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  SearchBox,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { ArrowDownloadRegular, ArrowLeftRegular } from "@fluentui/react-icons";
import type { Dataset } from "../../core/dataset/schema";
import type { LookupIndex } from "../../core/lookup/buildIndex";
import type { CellPlan } from "../../core/layout/planTable";
import { PREVIEW_ROWS, useCatalogView, type ActionState } from "../hooks/useCatalogView";
import type { TableChoice, WorkbookActions } from "../workbook";
import { Busy } from "./Busy";
import { ErrorBar } from "./ErrorBar";
import { displayCell } from "./format";
import { useCatalogViewStyles } from "./useCatalogViewStyles";
import { useViewStyles } from "./useViewStyles";

export interface CatalogViewProps {
  dataset: Dataset;
  index: LookupIndex;
  actions: WorkbookActions;
}

/** The dataset's tables; open one to preview it, shape it, and insert (or download) it. */
export function CatalogView({ dataset, index, actions }: CatalogViewProps) {
  const styles = useViewStyles();
  const own = useCatalogViewStyles();
  const catalog = useCatalogView(dataset, index, actions);
  const { table, preview, choice } = catalog;

  if (!table || !preview) {
    return (
      <div className={styles.stack}>
        <div className={styles.row} style={{ justifyContent: "space-between" }}>
          <h2 className={styles.heading}>Tables</h2>
          {actions.mode === "preview" && (
            <DownloadButton action={catalog.action} onClick={catalog.download} />
          )}
        </div>
        <ActionResult action={catalog.action} />
        <ul className={styles.list}>
          {catalog.summaries.map((s) => (
            <li key={s.table.id}>
              <article className={styles.card} aria-labelledby={`table-${s.table.id}`}>
                <div className={own.cardHead}>
                  <div className={styles.tight}>
                    <h3 className={styles.subheading} id={`table-${s.table.id}`}>
                      {s.table.title}
                    </h3>
                    <span className={styles.muted}>{s.table.description}</span>
                  </div>
                  <Button
                    size="small"
                    onClick={() => catalog.open(s.table.id)}
                    aria-label={`Preview ${s.table.title}`}
                  >
                    Preview
                  </Button>
                </div>
                <div className={own.meta}>
                  <Badge appearance="filled" color="brand">
                    {s.rows} rows
                  </Badge>
                  {s.categories.map((c) => (
                    <Badge key={c} appearance="tint" color="informative">
                      {c}
                    </Badge>
                  ))}
                  <Badge appearance="outline" color="subtle">
                    {s.sources.length} source{s.sources.length === 1 ? "" : "s"}
                  </Badge>
                </div>
              </article>
            </li>
          ))}
        </ul>
      </div>
    );
  }

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
          Columns ({catalog.chosenKeys.length} of {catalog.columns.length})
        </summary>
        <fieldset className={own.columns}>
          <legend className={styles.muted}>Columns to include</legend>
          {catalog.columns.map((c) => (
            <Checkbox
              key={c.key}
              label={c.title}
              checked={catalog.chosenKeys.includes(c.key)}
              onChange={(_, d) => catalog.toggleColumn(c.key, d.checked === true)}
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

function DownloadButton({ action, onClick }: { action: ActionState; onClick: () => void }) {
  return (
    <Button
      appearance="primary"
      icon={<ArrowDownloadRegular />}
      disabled={action.status === "working"}
      onClick={onClick}
    >
      Download workbook
    </Button>
  );
}

function ActionResult({ action }: { action: ActionState }) {
  switch (action.status) {
    case "working":
      return (
        <Busy
          label={action.what === "insert" ? "Inserting the table…" : "Building the workbook…"}
        />
      );
    case "inserted":
      return (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            Inserted {action.result.rows} rows as table {action.result.tableName} at{" "}
            {action.result.address}. Refresh keeps it up to date.
          </MessageBarBody>
        </MessageBar>
      );
    case "downloaded":
      return (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            Saved {action.fileName}: every table on its own sheet
            {action.shaped ? ` (${action.shaped} with your columns, filter and sort)` : ""}, with a
            Sources sheet.
          </MessageBarBody>
        </MessageBar>
      );
    case "error":
      return <ErrorBar error={action.error} />;
    default:
      return null;
  }
}
