/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { planTable } from "../../../src/core/layout/planTable";
import { CatalogView } from "../../../src/taskpane/views/CatalogView";
import { displayCell } from "../../../src/taskpane/views/format";
import { workbook } from "../../excel/harness";
import { shippedDataset } from "../../excel/shippedDataset";
import { fakeActions } from "../fakeActions";
import { loadedCatalog, renderView } from "../renderView";

/**
 * The pane's preview shows, cell for cell, what Excel shows of the table the add-in inserts
 * (the inserted cell under its number format). The other outputs are compared with the inserted
 * table in test/reliability/tableOutputs.test.ts.
 */
describe("CatalogView preview of every shipped table", () => {
  const dataset = shippedDataset();
  // One workbook for all tables, in dataset order: a fresh workbook whose first insert is the
  // sources table clashes with the Sources sheet's own PT_Sources table.
  const { fake, actions } = workbook();

  it.each(dataset.tables.map((t) => [t.id, t.title]))(
    "%s: the preview shows what the inserted table shows",
    async (id, title) => {
      const inserted = await actions.insertTable(dataset, id, {}, "newSheet");
      const t = fake.table(inserted.tableName)!;
      const [header, ...rows] = fake.values(inserted.address);
      const shownInExcel = rows.map((row, i) =>
        row.map((v, j) => displayCell(v === "" ? null : v, fake.getCell(t.sheet, i + 1, j).format)),
      );

      renderView(<CatalogView {...loadedCatalog(dataset)} actions={fakeActions("excel")} />);
      fireEvent.click(screen.getByRole("button", { name: `Preview ${title}` }));
      const grid = await screen.findByRole("table", { name: planTable(dataset, id).title });
      const [head, ...body] = within(grid).getAllByRole("row");
      expect(
        within(head)
          .getAllByRole("columnheader")
          .map((c) => c.textContent),
      ).toEqual(header);
      expect(
        body.map((r) =>
          within(r)
            .getAllByRole("cell")
            .map((c) => c.textContent),
        ),
      ).toEqual(shownInExcel);
      cleanup();
    },
  );
});
