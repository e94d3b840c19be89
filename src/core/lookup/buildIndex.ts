import type { Conflict, Dataset, Figure, Source, Table } from "../dataset/schema";
import type { FigureOrEvent } from "./fields";
import { tokenize } from "./tokens";

/** A dataset with every lookup prepared once, so a formula call is a Map read. */
export interface LookupIndex {
  dataset: Dataset;
  records: Map<string, FigureOrEvent>;
  sources: Map<string, Source>;
  tables: Map<string, Table>;
  conflicts: Map<string, Conflict>;
  /** Figure and event ids, sorted: the candidates for "Did you mean". */
  recordIds: string[];
  /** Figure ids: the candidates for LOOKUP's "Did you mean". */
  figureIds: string[];
  /** Word stems of each record's descriptive text (what LOOKUP and SEARCH match against). */
  stems: Map<string, RecordStems>;
}

export interface RecordStems {
  /** id, metric or title: the words that name the record. */
  name: string[];
  /** unit, category, actor, place, parties, period, kind. */
  context: string[];
  /** The quoted sentence. */
  quote: string[];
}

/** Indexes a parsed dataset; ids are unique across figures and events (parseDataset checks). */
export function buildIndex(dataset: Dataset): LookupIndex {
  const records = new Map<string, FigureOrEvent>();
  const stems = new Map<string, RecordStems>();
  for (const f of dataset.figures) {
    records.set(f.id, { type: "figure", record: f });
    stems.set(f.id, figureStems(f));
  }
  for (const e of dataset.events) {
    records.set(e.id, { type: "event", record: e });
    stems.set(e.id, {
      name: tokenize(`${e.id.replace(/-/g, " ")} ${e.title}`),
      context: tokenize([e.kind, e.category, e.place, ...e.parties].filter(Boolean).join(" ")),
      quote: tokenize(e.source.quote),
    });
  }
  return {
    dataset,
    records,
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    tables: new Map(dataset.tables.map((t) => [t.id, t])),
    conflicts: new Map(dataset.conflicts.map((c) => [c.id, c])),
    recordIds: [...records.keys()].sort(),
    figureIds: dataset.figures.map((f) => f.id),
    stems,
  };
}

/** The word stems LOOKUP and SEARCH match a figure on; the lookup pieces are keyed by them too. */
export function figureStems(f: Figure): RecordStems {
  return {
    name: tokenize(`${f.id.replace(/-/g, " ")} ${f.metric}`),
    context: tokenize(
      [f.unit.replace(/_/g, " "), f.category, f.actor, f.place, f.period.text, f.note]
        .filter(Boolean)
        .join(" "),
    ),
    quote: tokenize(f.source.quote),
  };
}
