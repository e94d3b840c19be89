import { Badge, Button } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import type { Dataset } from "../../core/dataset/schema";
import type { LookupIndex } from "../../core/lookup/buildIndex";
import { useCatalogView } from "../hooks/useCatalogView";
import type { WorkbookActions } from "../workbook";
import { Busy } from "./Busy";
import { ActionResult, DownloadButton } from "./CatalogActions";
import { useCatalogViewStyles } from "./useCatalogViewStyles";
import { useViewStyles } from "./useViewStyles";

// The list of tables is what the pane opens on; an opened table (preview grid, column choice,
// filter) is a chunk of its own, fetched on the first Preview.
const CatalogTable = lazy(() =>
  import(/* webpackChunkName: "view-catalog-table" */ "./CatalogTable").then((m) => ({
    default: m.CatalogTable,
  })),
);

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
  const { table } = catalog;

  if (!table) {
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
                    id={`preview-${s.table.id}`}
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

  return (
    <Suspense fallback={<Busy label={`Opening ${table.title}…`} />}>
      <CatalogTable catalog={catalog} dataset={dataset} table={table} actions={actions} />
    </Suspense>
  );
}
