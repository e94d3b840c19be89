import {
  mergeClasses,
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import type { CellPlan } from "../../core/layout/planTable";
import type { TableChoice } from "../workbook";
import { keyColumnIndex, keyIsName, VIRTUALIZE_FROM } from "./previewColumns";
import { PreviewRow } from "./PreviewRow";
import { useCatalogTableStyles } from "./useCatalogTableStyles";
import { useFitToViewport } from "./useFitToViewport";
import { useViewStyles } from "./useViewStyles";

const VirtualRows = lazy(() =>
  import(/* webpackChunkName: "preview-virtual-rows" */ "./VirtualRows").then((m) => ({
    default: m.VirtualRows,
  })),
);

/**
 * The planned table as a grid in a box of its own that scrolls both ways, so its scrollbars are
 * on screen rather than below fifty rows. The header row stays on top, and the first column and
 * the value (or an event's date) stay at the left while the other columns scroll under them.
 * Sticky columns rather than one card per row in a narrow pane: an analyst reads a preview down
 * its columns (comparing values, checking a sort), and the grid keeps the column order and
 * headers that Insert writes, so what is previewed is what lands in the sheet.
 */
export function PreviewGrid({
  plan,
  choice,
  onSort,
}: {
  plan: CellPlan;
  choice: TableChoice;
  onSort: (key: string) => void;
}) {
  const styles = useViewStyles();
  const own = useCatalogTableStyles();
  // State, not a ref: the rows' virtualiser is a child, whose effects run before a parent's ref
  // is set, so it must render again once the box exists.
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const maxHeight = useFitToViewport(scroller);
  const count = plan.values.length;
  const keyColumn = keyColumnIndex(plan.columns);
  const sortedBy = choice.sort ? plan.columns.find((c) => c.key === choice.sort?.key) : undefined;
  return (
    <>
      <span className={styles.muted} role="status" aria-live="polite">
        {`${count} row${count === 1 ? "" : "s"}`}
        {sortedBy && choice.sort ? `, sorted by ${sortedBy.title} ${choice.sort.direction}` : ""}
        {` · inserts as ${plan.tableName}`}
      </span>
      <div
        ref={setScroller}
        className={own.scroller}
        style={maxHeight === undefined ? undefined : { maxHeight }}
        role="region"
        aria-label={`Preview of ${plan.title}`}
        tabIndex={0}
      >
        <Table
          size="small"
          sortable
          className={own.grid}
          aria-label={plan.title}
          aria-rowcount={count + 1}
        >
          <TableHeader className={own.head}>
            <TableRow aria-rowindex={1}>
              {plan.columns.map((c, i) => (
                <TableHeaderCell
                  key={c.key}
                  className={mergeClasses(
                    own.cell,
                    own.headCell,
                    (c.type === "number" || c.type === "integer") && own.numberHeader,
                    i === 0 && own.lead,
                    i === keyColumn && own.key,
                    i === keyColumn && keyIsName(plan.columns, i) && own.keyName,
                  )}
                  sortDirection={choice.sort?.key === c.key ? choice.sort.direction : undefined}
                  onClick={() => onSort(c.key)}
                >
                  {c.title}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {count > VIRTUALIZE_FROM ? (
              <Suspense fallback={null}>
                <VirtualRows plan={plan} keyColumn={keyColumn} scroller={scroller} />
              </Suspense>
            ) : (
              plan.values.map((_, r) => (
                <PreviewRow key={plan.rowIds[r]} plan={plan} r={r} keyColumn={keyColumn} />
              ))
            )}
          </TableBody>
        </Table>
      </div>
    </>
  );
}
