import type { Dataset, Table } from "./schema";

/** The records a table's rows name, in row order (sources, conflicts, figures or events). */
export function tableRecords(dataset: Dataset, table: Table): object[] {
  const pool: { id: string }[] =
    table.kind === "sources"
      ? dataset.sources
      : table.kind === "conflicts"
        ? dataset.conflicts
        : table.kind === "figures"
          ? dataset.figures
          : dataset.events;
  const byId = new Map(pool.map((r) => [r.id, r]));
  return table.rows.map((id) => {
    const record = byId.get(id);
    if (!record) throw new Error(`table ${table.id} names ${id}, which the dataset lacks`);
    return record;
  });
}
