import { tableRecords } from "../../../src/core/dataset/tableRecords";
import { fixtureDataset } from "../../fixtures/fixtureDataset";

describe("tableRecords", () => {
  it("gives the records a table names, in its row order, from the pool of its kind", () => {
    const dataset = fixtureDataset();
    for (const table of dataset.tables) {
      expect(tableRecords(dataset, table).map((r) => r.id)).toEqual(table.rows);
    }
  });

  it("names the table and the row when a row names no record", () => {
    const dataset = fixtureDataset();
    const table = { ...dataset.tables[0], rows: [...dataset.tables[0].rows, "no-such-record"] };
    expect(() => tableRecords(dataset, table)).toThrow(
      `Table "${table.id}" lists "no-such-record", which the dataset lacks.`,
    );
  });
});
