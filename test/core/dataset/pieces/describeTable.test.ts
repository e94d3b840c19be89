import { describeTable } from "../../../../src/core/dataset/pieces/describeTable";
import { fixtureDataset } from "../../../fixtures/fixtureDataset";

describe("describeTable", () => {
  const dataset = fixtureDataset();
  const described = (id: string) =>
    describeTable(
      dataset,
      dataset.tables.find((t) => t.id === id)!,
    );

  it("counts rows and documents and lists the sorted categories, without the rows", () => {
    for (const table of dataset.tables) {
      const d = describeTable(dataset, table);
      expect(d).not.toHaveProperty("rows");
      expect(d).toMatchObject({
        id: table.id,
        title: table.title,
        description: table.description,
        kind: table.kind,
        columns: table.columns,
        rowCount: table.rows.length,
      });
      expect(d.categories).toEqual([...d.categories].sort());
    }
  });

  it("takes a figure or event table's categories and documents from its records", () => {
    const seizures = dataset.tables.find((t) => t.title === "Seizures")!;
    expect(described(seizures.id)).toMatchObject({ categories: ["seizures"], sourceCount: 1 });
    const timeline = dataset.tables.find((t) => t.title === "Timeline")!;
    expect(described(timeline.id).sourceCount).toBe(2);
  });

  it("counts a sources table's rows as its documents and gives it no categories", () => {
    const table = { ...dataset.tables[0], id: "docs", kind: "sources" as const };
    table.rows = dataset.sources.map((s) => s.id);
    const d = describeTable({ ...dataset, tables: [table] }, table);
    expect(d).toMatchObject({ categories: [], sourceCount: dataset.sources.length });
  });
});
