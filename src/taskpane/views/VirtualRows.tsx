import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect } from "react";
import type { CellPlan } from "../../core/layout/planTable";
import { PreviewRow } from "./PreviewRow";

/** A one-line row of the small table; clamped text makes some rows up to three lines. */
const ROW_ESTIMATE = 33;

/**
 * The body rows of a long table, only those in (and near) view, between two spacer rows that
 * stand in for the rest so the scrollbar spans the whole table. Rows are placed by the estimate,
 * not measured: a taller row only pushes the rows after it down, so the view is never blank,
 * and measuring would re-render on every scroll (and loops where nothing has a layout).
 * A chunk of its own: most tables never need it.
 */
export function VirtualRows({
  plan,
  keyColumn,
  scroller,
}: {
  plan: CellPlan;
  keyColumn: number;
  scroller: HTMLDivElement | null;
}) {
  // The virtualiser's functions change as it scrolls; this component is not compiler-memoized.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: plan.values.length,
    getScrollElement: () => scroller,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 12,
    // Without a layout (server or test) the first render still shows the table's top rows.
    initialRect: { width: 320, height: 600 },
  });
  // The browser's own End and Home jump to the ends of the list's height as it stands, which
  // measuring rows then changes; the virtualiser goes to the last or first row and stays there.
  const last = plan.values.length - 1;
  useEffect(() => {
    if (!scroller) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.target !== scroller || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      if (e.key !== "End" && e.key !== "Home") return;
      e.preventDefault();
      virtualizer.scrollToIndex(e.key === "End" ? last : 0, {
        align: e.key === "End" ? "end" : "start",
      });
    };
    scroller.addEventListener("keydown", onKey);
    return () => scroller.removeEventListener("keydown", onKey);
  }, [scroller, virtualizer, last]);
  const items = virtualizer.getVirtualItems();
  const top = items.length ? items[0].start : 0;
  const bottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;
  const spacer = (height: number) =>
    height > 0 ? (
      <tr aria-hidden="true">
        <td colSpan={plan.columns.length} style={{ height, padding: 0, border: 0 }} />
      </tr>
    ) : null;
  return (
    <>
      {spacer(top)}
      {items.map((item) => (
        <PreviewRow
          key={plan.rowIds[item.index]}
          plan={plan}
          r={item.index}
          keyColumn={keyColumn}
        />
      ))}
      {spacer(bottom)}
    </>
  );
}
