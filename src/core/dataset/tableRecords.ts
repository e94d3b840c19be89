import { PolicyError } from "../errors";
import type { Dataset, Table } from "./schema";

export type TableRecord = Record<string, unknown> & { id: string };

/** The records a table's rows name, in row order (sources, conflicts, figures or events). */
export function tableRecords(dataset: Dataset, table: Table): TableRecord[] {
  const pool: TableRecord[] =
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
    // parseDataset guarantees every row names a record of the table's kind.
    if (!record)
      throw new PolicyError(
        "invalid_dataset",
        `Table "${table.id}" lists "${id}", which the dataset lacks.`,
      );
    return record;
  });
}
