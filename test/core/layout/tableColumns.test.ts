import { availableColumns, chosenColumns, readColumn } from "../../../src/core/layout/tableColumns";
import { fixtureDataset } from "../../fixtures/fixtureDataset";

describe("tableColumns", () => {
  const dataset = fixtureDataset();

  it("offers the table's columns, then id and source columns", () => {
    expect(availableColumns(dataset, "sanctions").map((c) => c.key)).toEqual([
      "metric",
      "value",
      "unit",
      "source.quote",
      "id",
      "source.title",
      "source.publisher",
      "source.published",
      "source.url",
    ]);
  });

  it("reads source fields of the record's document", () => {
    const figure = dataset.figures[4] as never;
    expect(readColumn(dataset, figure, "source.title")).toBe("Testimony on fentanyl");
    expect(readColumn(dataset, figure, "source.quote")).toMatch(/^In FY 2023/);
    expect(readColumn(dataset, dataset.events[0] as never, "parties")).toBe("U.S. Treasury");
  });

  it("rejects a column chosen twice", () => {
    expect(() => chosenColumns(dataset, "sanctions", { columns: ["value", "value"] })).toThrow(
      /expected each column key at most once/,
    );
  });
});
