import type { Column, Conflict, Dataset, Event, Figure, Table } from "../schema";
import { tableRecords } from "../tableRecords";

/**
 * What the Catalog shows of a table before it is opened: its heading and columns, the number
 * of its rows, the categories of its records and how many documents they come from. The
 * catalog piece carries one per table, so the pane lists tables without fetching their rows.
 */
export interface TableDescription {
  id: string;
  title: string;
  description: string;
  kind: Table["kind"];
  columns: Column[];
  rowCount: number;
  /** Sorted; sources and conflicts tables have none. */
  categories: string[];
  sourceCount: number;
}

/** The description of `table`, from the records of `dataset` its rows name. */
export function describeTable(dataset: Dataset, table: Table): TableDescription {
  const categories = new Set<string>();
  const sources = new Set<string>();
  for (const record of tableRecords(dataset, table)) {
    if (table.kind === "sources") sources.add(record.id);
    else if (table.kind === "conflicts")
      (record as unknown as Conflict).sides.forEach((s) => sources.add(s.doc));
    else {
      const r = record as unknown as Figure | Event;
      categories.add(r.category);
      sources.add(r.source.doc);
    }
  }
  const { rows, ...described } = table;
  return {
    ...described,
    rowCount: rows.length,
    categories: [...categories].sort(),
    sourceCount: sources.size,
  };
}
