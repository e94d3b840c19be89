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
  it("keeps one row per fact in a table of tagged figures, the most precise statement, and says so", () => {
    const tags: [string, string[]][] = [
      ["us-overdose-deaths-per-year-since-2020", ["deaths"]],
      ["us-overdose-deaths-2022", ["deaths"]],
      ["treasury-sanctions-since-eo", ["deaths"]],
    ];
    const configs = [
      table({ id: "deaths", kind: "figures", columns: [column("value")] }),
      table({ id: "all", kind: "figures", rows: "all", columns: [column("value")] }),
    ];
    const { tables, problems } = buildTables(configs, input(tags));
    expect(problems).toEqual([]);
    // 107,000 states three significant digits, "more than 100,000" one.
    expect(tables[0].rows).toEqual(["treasury-sanctions-since-eo", "us-overdose-deaths-2022"]);
    expect(tables[0].description).toMatch(
      /^T\. One row per fact: .*most precise.*Also reported by/,
    );
    expect(tables[1].rows).toContain("us-overdose-deaths-per-year-since-2020");
    expect(tables[1].description).toBe("T.");
  });

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
      'cfg.yaml tables[0] (id "t").columns[0].key: "vale" names no field of figures; valid: id, value, unit, qualifier, metric, category, actor, place, period, fact, note, source, alsoReportedBy',
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
