import { activeFilter } from "../activeFilter";
import type { RefreshTable } from "./refreshTable";

/**
 * Clears the filters of the tables that will gain or lose rows (Excel adds and deletes rows of a
 * filtered table wrongly or not at all), in a request of its own, then reads them back: in some
 * Excel builds clearFilters returns without clearing (office-js #468, #3030). A table whose
 * filter is still set gets no row changes; it is refused and left as it is. One sync, only
 * when a table has a filter to lift.
 */
export async function liftFilters(
  tables: RefreshTable[],
  sync: () => Promise<void>,
): Promise<RefreshTable[]> {
  const lifting = tables.filter((t) => t.lifted.length > 0);
  if (lifting.length === 0) return [];
  const after = lifting.map((t) => {
    t.table.clearFilters();
    return t.lifted.map(({ index }) => t.table.columns.getItemAt(index).filter.load("criteria"));
  });
  await sync();
  return lifting.filter((_, n) => after[n].some((f) => activeFilter(f.criteria) !== null));
}
