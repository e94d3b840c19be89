import { dataPackage } from "../../../src/core/dataset/dataPackage";
import { sha256Hex } from "../../../src/core/dataset/contentHash";
import type { DatasetConfig } from "../../../src/core/dataset/datasetConfig";
import { toCsv } from "../../../src/core/dataset/toCsv";
import { fixtureDataset } from "../../fixtures/fixtureDataset";

const config = {
  name: "fixture",
  title: "Fixture",
  description: "A fixture.",
  version: "1.0.0",
  tables: [],
} as unknown as DatasetConfig;

type Field = { name: string; type: string; description?: string };
type Resource = Record<string, unknown> & {
  name: string;
  schema: { $schema: string; fields: Field[] };
};
type Pkg = Record<string, unknown> & {
  $schema: string;
  sources: Record<string, unknown>[];
  resources: Resource[];
};

function build(edit?: Parameters<typeof fixtureDataset>[0]) {
  const d = fixtureDataset(edit);
  const json = { path: "dataset.json", content: JSON.stringify(d) };
  const csvs = new Map(d.tables.map((t) => [t.id, { path: `${t.id}.csv`, content: toCsv(d, t) }]));
  return { d, csvs, pkg: dataPackage(d, config, json, csvs) as Pkg };
}

describe("dataPackage", () => {
  it("declares a v2 package with name, version, contentHash and sources with hashes", () => {
    const { d, pkg } = build();
    expect(pkg.$schema).toBe("https://datapackage.org/profiles/2.0/datapackage.json");
    expect(pkg).toMatchObject({ name: "fixture", version: "1.0.0", contentHash: d.contentHash });
    expect(pkg.sources[1]).toEqual({
      title: "Testimony on fentanyl",
      path: "https://example.org/testimony",
      id: "001_bbbbbbbbbbbbbbbb",
      file: "001_bbbbbbbbbbbbbbbb.txt",
      publisher: "Senate",
      published: "2024-03-20",
      kind: "testimony",
      hash: `sha256:${d.sources[1].sha256}`,
      rights: "© 2024 Example. All rights reserved.",
    });
    expect(pkg.sources[0].path).toBeUndefined();
  });

  it("describes each table CSV as a tabular resource with its schema fields", () => {
    const { csvs, pkg } = build();
    const seizures = pkg.resources.find((r) => r.name === "seizures")!;
    expect(seizures).toMatchObject({
      $schema: "https://datapackage.org/profiles/2.0/dataresource.json",
      type: "table",
      path: "seizures.csv",
      format: "csv",
      mediatype: "text/csv",
      hash: `sha256:${sha256Hex(csvs.get("seizures")!.content)}`,
      bytes: Buffer.byteLength(csvs.get("seizures")!.content),
    });
    expect(seizures.schema.$schema).toBe("https://datapackage.org/profiles/2.0/tableschema.json");
    expect(seizures.schema.fields.map((f) => [f.name, f.type])).toEqual([
      ["metric", "string"],
      ["value", "number"],
      ["unit", "string"],
      ["period.text", "string"],
      ["source.quote", "string"],
    ]);
    expect(pkg.resources[0]).toMatchObject({
      name: "dataset",
      path: "dataset.json",
      format: "json",
    });
  });

  it("declares the CSVs utf-8-sig, as written behind a byte order mark", () => {
    const { csvs, pkg } = build();
    const seizures = pkg.resources.find((r) => r.name === "seizures")!;
    expect(csvs.get("seizures")!.content.startsWith("\uFEFF")).toBe(true);
    expect(seizures.encoding).toBe("utf-8-sig");
    expect(pkg.resources[0].encoding).toBe("utf-8");
  });

  it("tells readers of each text field how formula-like text is written in the CSV", () => {
    const { pkg } = build();
    const fields = pkg.resources.find((r) => r.name === "seizures")!.schema.fields;
    expect(fields.find((f) => f.name === "metric")!.description).toMatch(
      /begins with =, \+, -, @, a tab or a carriage return is written with a leading apostrophe/,
    );
    expect(fields.find((f) => f.name === "value")!.description ?? "").not.toMatch(/apostrophe/);
  });

  it("types a date column date when every row is a full date, string when precisions mix", () => {
    const dateField = (p: Pkg) => p.resources.find((r) => r.name === "timeline")!.schema.fields[0];
    expect(dateField(build().pkg)).toMatchObject({ name: "date", type: "date" });
    const mixed = build((d) => {
      d.events[1].date = "2023-12";
      d.events[1].precision = "month";
    });
    expect(dateField(mixed.pkg)).toMatchObject({
      type: "string",
      description:
        "ISO 8601 date at the precision the source states: YYYY, YYYY-MM, YYYY-MM-DD or an ISO week YYYY-Www (Monday to Sunday).",
    });
  });

  it("says that a value column states percents as written and Excel holds their fractions", () => {
    const { pkg } = build((d) => {
      const value = d.tables
        .find((t) => t.id === "seizures")!
        .columns.find((c) => c.key === "value")!;
      value.unitFormats = { percent: '0"%"', USD: "$#,##0" };
    });
    const value = pkg.resources
      .find((r) => r.name === "seizures")!
      .schema.fields.find((f) => f.name === "value")!;
    expect(value.description).toMatch(
      /states the number as written \(68 for 68%\).*fraction \(0\.68\)/,
    );
    const sanctions = pkg.resources.find((r) => r.name === "sanctions")!.schema.fields;
    expect(sanctions.find((f) => f.name === "value")?.description ?? "").not.toMatch(/percent/);
  });
});
