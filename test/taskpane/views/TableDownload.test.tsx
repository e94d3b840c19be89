/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { TableDownload } from "../../../src/taskpane/views/TableDownload";
import { fixture, renderView } from "../renderView";

function setup(exportTable = async (): Promise<Uint8Array> => new Uint8Array([80, 75, 3, 4])) {
  const { dataset } = fixture();
  const table = dataset.tables.find((t) => t.id === "seizures")!;
  const saved: [Uint8Array | ArrayBuffer, string, string][] = [];
  const exports: unknown[][] = [];
  renderView(
    <TableDownload
      dataset={dataset}
      table={table}
      choice={{ columns: ["metric", "value"], filter: "currency seized" }}
      rows={1}
      save={(file) => saved.push([file.bytes, file.fileName, file.type])}
      exportTable={(...args) => {
        exports.push(args);
        return exportTable();
      }}
    />,
  );
  return { user: userEvent.setup(), saved, exports, table, dataset };
}

describe("TableDownload", () => {
  it("names each button by the words it shows first (label in name), then the table", () => {
    const { table } = setup();
    for (const button of screen.getAllByRole("button")) {
      expect(button.getAttribute("aria-label")).toBe(`${button.textContent} (${table.title})`);
    }
  });

  it("saves the shaped table as CSV from the keyboard and says so", async () => {
    const { user, saved, table } = setup();
    await user.tab();
    expect(
      screen.getByRole("button", { name: `This table as CSV (${table.title})` }),
    ).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(
      await screen.findByText(/Saved policy-tables-1.0.0-seizures.csv \(1 row\)/),
    ).toBeVisible();
    expect(saved.map(([, name, type]) => [name, type])).toEqual([
      ["policy-tables-1.0.0-seizures.csv", "text/csv;charset=utf-8"],
    ]);
    expect(new TextDecoder().decode(saved[0][0] as Uint8Array)).toBe(
      "metric,value\r\ncurrency seized,16000000\r\n",
    );
  });

  it("saves the .xlsx the exporter builds for that table and choice", async () => {
    const { user, saved, exports, table, dataset } = setup();
    await user.click(screen.getByRole("button", { name: `This table as .xlsx (${table.title})` }));
    await screen.findByText(/Saved policy-tables-1.0.0-seizures.xlsx/);
    expect(exports).toEqual([
      [dataset, "seizures", { columns: ["metric", "value"], filter: "currency seized" }],
    ]);
    expect([...(saved[0][0] as Uint8Array)]).toEqual([80, 75, 3, 4]);
  });

  it("shows why a download failed and saves nothing", async () => {
    const { user, saved, table } = setup(async () => {
      throw new Error("exceljs chunk failed to load");
    });
    await user.click(screen.getByRole("button", { name: `This table as .xlsx (${table.title})` }));
    expect(await screen.findByRole("alert")).toHaveTextContent("exceljs chunk failed to load");
    expect(saved).toEqual([]);
  });
});
