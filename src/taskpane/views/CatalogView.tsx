import { Button } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import type { TableDescription } from "../../core/dataset/pieces/describeTable";
import { useCatalogView, type CatalogData } from "../hooks/useCatalogView";
import type { WorkbookActions } from "../workbook";
import { Busy } from "./Busy";
import { Pill } from "./Pill";
import { ActionResult, DownloadButton, NoChartsNote } from "./CatalogActions";
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
  /** The tables to list: the catalog's, or those of the dataset once it is loaded. */
  tables: TableDescription[];
  data: CatalogData;
  actions: WorkbookActions;
}

/** The dataset's tables; open one to preview it, shape it, and insert (or download) it. */
export function CatalogView({ tables, data, actions }: CatalogViewProps) {
  const styles = useViewStyles();
  const own = useCatalogViewStyles();
  const catalog = useCatalogView(data, actions);
  const { table, tableId } = catalog;

  if (tableId && !table) {
    const title = tables.find((t) => t.id === tableId)?.title ?? tableId;
    return <Busy label={`Opening ${title}…`} />;
  }
  if (!table || !data.dataset) {
    return (
      <div className={styles.stack}>
        <div className={styles.row} style={{ justifyContent: "space-between" }}>
          <h2 className={styles.heading}>Tables</h2>
          {actions.mode === "preview" && (
            <DownloadButton action={catalog.action} onClick={catalog.download} />
          )}
        </div>
        {actions.mode === "preview" && <NoChartsNote className={styles.muted} />}
        <ActionResult action={catalog.action} />
        <ul className={styles.list}>
          {tables.map((t) => (
            <li key={t.id}>
              <article className={styles.card} aria-labelledby={`table-${t.id}`}>
                <div className={own.cardHead}>
                  <div className={styles.tight}>
                    <h3 className={styles.subheading} id={`table-${t.id}`}>
                      {t.title}
                    </h3>
                    <span className={styles.muted}>{t.description}</span>
                  </div>
                  <Button
                    size="small"
                    id={`preview-${t.id}`}
                    onClick={() => catalog.open(t.id)}
                    aria-label={`Preview ${t.title}`}
                  >
                    Preview
                  </Button>
                </div>
                <div className={own.meta}>
                  <Pill look="brand">{t.rowCount} rows</Pill>
                  {t.categories.map((c) => (
                    <Pill key={c} look="informative">
                      {c}
                    </Pill>
                  ))}
                  <Pill look="subtle">
                    {t.sourceCount} source{t.sourceCount === 1 ? "" : "s"}
                  </Pill>
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
      <CatalogTable catalog={catalog} dataset={data.dataset} table={table} actions={actions} />
    </Suspense>
  );
}
