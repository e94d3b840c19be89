import { buildTables, type TableTags } from "../../../src/core/dataset/buildTables";
import type { TableConfig } from "../../../src/core/dataset/datasetConfig";
import { fixtureDataset } from "../../fixtures/fixtureDataset";

const column = (key: string) => ({
  key,
  title: key,
  type: "string" as const,
  unit: null,
  format: "@",
  description: null,
});

function table(over: Partial<TableConfig>): TableConfig {
  return {
    id: "t",
    title: "T",
    description: "T.",
    kind: "events",
    rows: "tagged",
    order: "document",
    columns: [column("title")],
    ...over,
  };
}

function input(tags: [string, string[]][] = []) {
  const d = fixtureDataset();
  return {
    ...d,
    tags: new Map<string, TableTags>(
      tags.map(([id, tables]) => [id, { tables, where: `a.yaml (id "${id}")` }]),
    ),
  };
}

describe("buildTables", () => {
  it("orders a date table by date and a document table by position", () => {
    const tags: [string, string[]][] = [
      ["treasury-strike-force-announced", ["by-date", "by-doc"]],
      ["treasury-strike-force-launch", ["by-date", "by-doc"]],
    ];
    const { tables, problems } = buildTables(
      [table({ id: "by-date", order: "date" }), table({ id: "by-doc" })],
      input(tags),
    );
    expect(problems).toEqual([]);
    expect(tables[0].rows).toEqual([
      "treasury-strike-force-launch",
      "treasury-strike-force-announced",
    ]);
    expect(tables[1].rows).toEqual([
      "treasury-strike-force-launch",
      "treasury-strike-force-announced",
    ]);
  });

  it("puts undated events last in a date table", () => {
    const i = input();
    i.events[0].date = null;
    const { tables } = buildTables([table({ rows: "all", order: "date" })], i);
    expect(tables[0].rows).toEqual([
      "treasury-strike-force-announced",
      "treasury-strike-force-launch",
    ]);
  });

  it("rejects a column key that names no field, listing the valid ones", () => {
    const { problems } = buildTables(
      [table({ kind: "figures", columns: [column("vale")] })],
      input(),
      "cfg.yaml",
    );
    expect(problems).toEqual([
      'cfg.yaml tables[0] (id "t").columns[0].key: "vale" names no field of figures; valid: id, value, unit, qualifier, metric, category, actor, place, period, fact, note, source',
    ]);
  });

  it("requires rows: all on sources and conflicts tables", () => {
    const { problems } = buildTables(
      [table({ kind: "sources", columns: [column("id")] })],
      input(),
    );
    expect(problems).toEqual([
      'seeds/dataset.yaml tables[0] (id "t").rows: a sources table holds every sources row; write rows: all',
    ]);
  });

  it("rejects a tag on a table that takes all rows", () => {
    const { problems } = buildTables(
      [table({ id: "all-events", rows: "all" })],
      input([["treasury-strike-force-launch", ["all-events"]]]),
    );
    expect(problems).toEqual([
      'a.yaml (id "treasury-strike-force-launch").tables[0]: table "all-events" takes all rows, no tags; valid for events: (none)',
    ]);
  });
});
