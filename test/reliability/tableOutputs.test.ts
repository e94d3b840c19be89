import { shippedDataset } from "../excel/shippedDataset";
import {
  csvOutput,
  excelInsertOutput,
  policyTableOutput,
  xlsxOutput,
  type TableOutput,
} from "../helpers/tableOutputs";

/**
 * Every output of a table holds the same content: the CSV (codes and exact quotes, read here
 * through the same display form), POLICY.TABLE, the table the add-in inserts and the exported
 * workbook, column by column for every column the outputs share. The pane preview is compared
 * with the inserted table in test/taskpane/views/CatalogView.parity.test.tsx.
 */
describe("table outputs of the shipped dataset", () => {
  const dataset = shippedDataset();
  let outputs: Record<string, TableOutput>;

  beforeAll(async () => {
    outputs = {
      csv: csvOutput(dataset),
      "POLICY.TABLE": policyTableOutput(dataset),
      "Excel insert": await excelInsertOutput(dataset),
      "xlsx export": await xlsxOutput(dataset),
    };
  });

  it.each(shippedDataset().tables.map((t) => [t.id]))(
    "%s holds the same cells in every output",
    (id) => {
      const csv = outputs.csv.get(id)!;
      for (const [name, output] of Object.entries(outputs)) {
        const table = output.get(id)!;
        for (const [key, cells] of csv) {
          if (!table.has(key)) continue;
          expect({ output: name, key, cells: table.get(key) }).toEqual({
            output: name,
            key,
            cells,
          });
        }
      }
      // Each output shows every column of the table's definition (Excel and xlsx add id/source ones).
      for (const output of Object.values(outputs))
        expect([...output.get(id)!.keys()]).toEqual(expect.arrayContaining([...csv.keys()]));
    },
  );

  it("fills the conflicts table's sources, values, dates and quotes one line per side", () => {
    const conflicts = outputs["Excel insert"].get("conflicts")!;
    for (const key of ["sides.*.doc", "sides.*.quote"])
      for (const cell of conflicts.get(key)!)
        expect(String(cell).split("\n").length).toBeGreaterThanOrEqual(2);
    expect(conflicts.get("sides.*.value")!.some((c) => c !== "")).toBe(true);
    expect(conflicts.get("sides.*.date")!.some((c) => c !== "")).toBe(true);
  });

  it("shows each conflict side's value with qualifier and unit, and its date at its precision, in every output people read", () => {
    // Lines of the shipped conflicts' sides, looked for line by line: a document added later
    // may add sides to these conflicts, never change how these ones read.
    const lines = (cells: unknown[] | undefined) =>
      (cells ?? []).flatMap((c) => String(c).split("\n")).filter((l) => l !== "");
    for (const name of ["POLICY.TABLE", "Excel insert", "xlsx export"]) {
      const conflicts = outputs[name].get("conflicts")!;
      const values = lines(conflicts.get("sides.*.value"));
      expect({ name, values }).toEqual({
        name,
        values: expect.arrayContaining([
          "more than 107,000 deaths",
          "more than 100,000 deaths",
          "68%",
          "about 66.67%",
          "more than 50%",
        ]),
      });
      // No side shows a bare number (68 for 68%, 107000 for 107,000 deaths).
      for (const value of values)
        expect({ name, value }).not.toEqual({ name, value: expect.stringMatching(/^[\d.]+$/) });
      const dates = lines(conflicts.get("sides.*.date"));
      expect({ name, dates }).toEqual({
        name,
        dates: expect.arrayContaining(["Oct 2023", "Sep 2023"]),
      });
    }
  });

  it("names documents in the conflicts note by title in every output, never by file id", () => {
    const titles = dataset.sources.flatMap((s) => (s.title ? [s.title] : []));
    for (const [name, output] of Object.entries(outputs)) {
      const notes = output.get("conflicts")!.get("note")!.map(String);
      expect(notes.length).toBeGreaterThan(0);
      for (const note of notes) {
        const ids = dataset.sources.filter((s) => note.includes(s.id)).map((s) => s.id);
        expect({ output: name, note, ids }).toEqual({ output: name, note, ids: [] });
        expect(titles.some((t) => note.includes(`"${t}"`))).toBe(true);
      }
    }
  });
});
