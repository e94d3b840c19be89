import type { TableConfig } from "./datasetConfig";
import { ONE_ROW_PER_FACT, onePerFact } from "./restatements";
import { Conflict, Event, Figure, Source, type Table } from "./schema";
import { DERIVED_KEYS } from "./tableCell";

/** The tables a record asks to be a row of, and where it asked (for messages). */
export interface TableTags {
  tables: string[];
  /** e.g. `seeds/annotations/000_x.yaml figures[2] (id "y")` */
  where: string;
}

export interface TableInput {
  figures: Figure[];
  events: Event[];
  sources: Source[];
  conflicts: Conflict[];
  tags: Map<string, TableTags>;
}

const FIELDS: Record<TableConfig["kind"], string[]> = {
  figures: [...Object.keys(Figure.shape), ...DERIVED_KEYS],
  events: Object.keys(Event.shape),
  sources: Object.keys(Source.shape),
  conflicts: Object.keys(Conflict.shape),
};

/**
 * The analyst tables of seeds/dataset.yaml filled with row ids: tagged figures or events in
 * document or date order, or every record of the kind. A table of tagged figures shows one row
 * per fact (onePerFact), so a SUM over it counts each fact once; its description says so. Unknown table names in annotations,
 * tags on a table of another kind, and column keys that name no field are problems.
 */
export function buildTables(
  configs: TableConfig[],
  input: TableInput,
  configFile = "seeds/dataset.yaml",
): { tables: Table[]; problems: string[] } {
  const problems: string[] = [];
  const byId = new Map(configs.map((t) => [t.id, t]));
  configs.forEach((t, i) => {
    const where = `${configFile} tables[${i}] (id "${t.id}")`;
    if (configs.findIndex((o) => o.id === t.id) !== i) problems.push(`${where}.id: duplicate`);
    t.columns.forEach((c, j) => {
      const field = c.key.split(".")[0];
      if (!FIELDS[t.kind].includes(field))
        problems.push(
          `${where}.columns[${j}].key: "${c.key}" names no field of ${t.kind}; valid: ${FIELDS[t.kind].join(", ")}`,
        );
    });
    if ((t.kind === "sources" || t.kind === "conflicts") && t.rows !== "all")
      problems.push(`${where}.rows: a ${t.kind} table holds every ${t.kind} row; write rows: all`);
  });

  const kindOf = new Map<string, "figures" | "events">([
    ...input.figures.map((f) => [f.id, "figures"] as const),
    ...input.events.map((e) => [e.id, "events"] as const),
  ]);
  for (const [id, tag] of input.tags) {
    tag.tables.forEach((name, k) => {
      const table = byId.get(name);
      const kind = kindOf.get(id);
      const valid = configs.filter((t) => t.kind === kind && t.rows === "tagged").map((t) => t.id);
      if (!table)
        problems.push(
          `${tag.where}.tables[${k}]: no table "${name}" in ${configFile}; valid for ${kind}: ${valid.join(", ") || "(none)"}`,
        );
      else if (table.kind !== kind || table.rows !== "tagged")
        problems.push(
          `${tag.where}.tables[${k}]: table "${name}" ${table.kind !== kind ? `holds ${table.kind}, not ${kind}` : "takes all rows, no tags"}; valid for ${kind}: ${valid.join(", ") || "(none)"}`,
        );
    });
  }

  const docOrder = new Map(input.sources.map((s, i) => [s.id, i]));
  const byDocument = (a: Figure | Event, b: Figure | Event) =>
    (docOrder.get(a.source.doc) ?? 0) - (docOrder.get(b.source.doc) ?? 0) ||
    a.source.start - b.source.start ||
    cmp(a.id, b.id);
  const byDate = (a: Event, b: Event) =>
    (a.date === null ? 1 : 0) - (b.date === null ? 1 : 0) ||
    cmp(a.date ?? "", b.date ?? "") ||
    byDocument(a, b);

  const tables = configs.map((t): Table => {
    const tagged = (id: string) => t.rows === "all" || !!input.tags.get(id)?.tables.includes(t.id);
    let rows: string[];
    if (t.kind === "sources") rows = input.sources.map((s) => s.id);
    else if (t.kind === "conflicts") rows = input.conflicts.map((c) => c.id);
    else if (t.kind === "figures") {
      const figures = input.figures.filter((f) => tagged(f.id)).sort(byDocument);
      rows = (t.rows === "all" ? figures : onePerFact(figures, input.sources)).map((f) => f.id);
    } else
      rows = input.events
        .filter((e) => tagged(e.id))
        .sort(t.order === "date" ? byDate : byDocument)
        .map((e) => e.id);
    return {
      id: t.id,
      title: t.title,
      description:
        t.kind === "figures" && t.rows === "tagged"
          ? `${t.description} ${ONE_ROW_PER_FACT}`
          : t.description,
      kind: t.kind,
      columns: t.columns,
      rows,
    };
  });
  return { tables, problems };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
