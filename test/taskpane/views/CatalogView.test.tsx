/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Dataset } from "../../../src/core/dataset/schema";
import { PolicyError } from "../../../src/core/errors";
import { CatalogView } from "../../../src/taskpane/views/CatalogView";
import { fakeActions } from "../fakeActions";
import { fixture, loadedCatalog, renderView } from "../renderView";

const inserted = {
  tableName: "PT_Seizures",
  sheetName: "Sheet1",
  address: "Sheet1!B2:H4",
  rows: 2,
  columns: 7,
  syncs: 3,
  warnings: [],
};

function bodyRows() {
  const grid = screen.getByRole("table", { name: "Seizures" });
  return within(grid)
    .getAllByRole("row")
    .slice(1)
    .map((r) =>
      within(r)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    );
}

async function openSeizures(
  mode: "excel" | "preview",
  answers = {},
  edit?: Parameters<typeof fixture>[0],
) {
  const user = userEvent.setup();
  const { dataset } = fixture(edit);
  const actions = fakeActions(mode, answers);
  renderView(<CatalogView {...loadedCatalog(dataset)} actions={actions} />);
  const preview = screen.getByRole("button", { name: "Preview Seizures" });
  preview.focus();
  await user.keyboard("{Enter}");
  // An opened table is a chunk of its own, loaded on the first Preview.
  await screen.findByRole("heading", { name: "Seizures" });
  return { user, dataset, actions };
}

describe("CatalogView", () => {
  it("lists every table with its row count, categories and number of sources", () => {
    const { dataset } = fixture();
    renderView(<CatalogView {...loadedCatalog(dataset)} actions={fakeActions("excel")} />);
    const items = screen.getAllByRole("listitem");
    expect(items).toHaveLength(3);
    expect(items[1]).toHaveTextContent("Seizures");
    expect(items[1]).toHaveTextContent("What was seized.");
    expect(items[1]).toHaveTextContent("2 rows");
    expect(items[1]).toHaveTextContent("seizures");
    expect(items[1]).toHaveTextContent("1 source");
    expect(items[2]).toHaveTextContent("Timeline");
    expect(items[2]).toHaveTextContent("2 sources");
  });

  it("previews a table, opened from the keyboard, exactly as it would be inserted", async () => {
    await openSeizures("excel");
    expect(screen.getByRole("heading", { name: "Seizures" })).toBeInTheDocument();
    const grid = screen.getByRole("table", { name: "Seizures" });
    const headers = within(grid)
      .getAllByRole("columnheader")
      .map((h) => h.textContent);
    expect(headers).toEqual([
      "ID",
      "Metric",
      "Value",
      "Unit",
      "Period",
      "Quote",
      "Document",
      "Document URL",
    ]);
    expect(bodyRows()[0].slice(0, 4)).toEqual([
      "dhs-pill-presses-seized-fy2023",
      "pill presses seized",
      "3,600",
      "pill presses",
    ]);
    expect(bodyRows()[1][2]).toBe("$16,000,000");
    expect(screen.getByText(/2 rows · inserts as PT_Seizures/)).toBeInTheDocument();
  });

  it("filters rows by text and sorts by a column, both ways", async () => {
    const { user } = await openSeizures("excel");
    await user.click(screen.getByRole("button", { name: "Value" }));
    expect(bodyRows().map((r) => r[2])).toEqual(["3,600", "$16,000,000"]);
    await user.click(screen.getByRole("button", { name: "Value" }));
    expect(bodyRows().map((r) => r[2])).toEqual(["$16,000,000", "3,600"]);
    expect(screen.getByText(/sorted by Value descending/)).toBeInTheDocument();
    await user.click(screen.getByRole("searchbox", { name: "Filter rows" }));
    await user.paste("presses seized");
    expect(bodyRows()).toHaveLength(1);
    expect(bodyRows()[0][1]).toBe("pill presses seized");
  });

  it("inserts the chosen columns, filter and sort at the selected cell", async () => {
    const { user, dataset, actions } = await openSeizures("excel", {
      insertTable: async () => inserted,
    });
    await user.click(screen.getByText(/Columns \(8 of/));
    await user.click(screen.getByRole("checkbox", { name: "Period" }));
    await user.click(screen.getByRole("checkbox", { name: "Document URL" }));
    await user.click(screen.getByRole("button", { name: "Metric" }));
    await user.click(screen.getByRole("searchbox", { name: "Filter rows" }));
    await user.paste("seized");
    await user.click(screen.getByRole("button", { name: "Insert at selected cell" }));
    expect(actions.calls.insertTable).toEqual([
      [
        dataset,
        "seizures",
        {
          columns: ["id", "metric", "value", "unit", "source.quote", "source.title"],
          sort: { key: "metric", direction: "ascending" },
          filter: "seized",
        },
        "selection",
      ],
    ]);
    expect(
      await screen.findByText(/Inserted 2 rows as table PT_Seizures at Sheet1!B2:H4/),
    ).toBeInTheDocument();
  });

  it("inserts on a new sheet", async () => {
    const { user, actions } = await openSeizures("excel", { insertTable: async () => inserted });
    await user.click(screen.getByRole("button", { name: "Insert on new sheet" }));
    expect(actions.calls.insertTable[0][3]).toBe("newSheet");
  });

  it("says what to do when Excel cannot insert", async () => {
    const { user } = await openSeizures("excel", {
      insertTable: async () => {
        throw new PolicyError(
          "not_supported",
          "Inserting a table needs Excel JavaScript API 1.7 (ExcelApi 1.7), which this version of Excel does not support.",
        );
      },
    });
    await user.click(screen.getByRole("button", { name: "Insert at selected cell" }));
    // The message shows at once; the next step comes with the message bar's chunk.
    await screen.findByText(/Update Office, or use Excel on the web/, {}, { timeout: 10_000 });
    expect(screen.getByRole("alert")).toHaveTextContent("ExcelApi 1.7");
  });

  it("offers Download workbook instead of inserting in the browser preview", async () => {
    const { user, dataset, actions } = await openSeizures("preview", {
      downloadWorkbook: async () => "policy-tables-1.0.0.xlsx",
    });
    expect(screen.queryByRole("button", { name: /Insert/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Download workbook" }));
    await screen.findByText(/Saved policy-tables-1.0.0.xlsx/);
    await user.click(screen.getByRole("button", { name: "Value" }));
    await user.click(screen.getByRole("button", { name: "Download workbook" }));
    expect(actions.calls.downloadWorkbook).toEqual([
      [dataset, { seizures: {} }],
      [dataset, { seizures: { sort: { key: "value", direction: "ascending" } } }],
    ]);
    expect(
      await screen.findByText(/Seizures with your columns, filter and sort/),
    ).toBeInTheDocument();
  });

  it("downloads every table as shipped from the list of tables", async () => {
    const user = userEvent.setup();
    const { dataset } = fixture();
    const actions = fakeActions("preview", { downloadWorkbook: async () => "book.xlsx" });
    renderView(<CatalogView {...loadedCatalog(dataset)} actions={actions} />);
    await user.click(screen.getByRole("button", { name: "Download workbook" }));
    expect(actions.calls.downloadWorkbook).toEqual([[dataset, undefined]]);
    expect(
      await screen.findByText(
        "Saved book.xlsx: every table on its own sheet, with a Sources sheet.",
      ),
    ).toBeInTheDocument();
  });

  it("says beside each Download workbook that the workbook has no charts, and not in Excel", async () => {
    const note = "The workbook has no charts; Insert chart makes them in Excel.";
    const user = userEvent.setup();
    const { dataset } = fixture();
    const view = renderView(
      <CatalogView {...loadedCatalog(dataset)} actions={fakeActions("preview")} />,
    );
    expect(screen.getByText(note)).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Preview Seizures" }));
    await screen.findByRole("table", { name: "Seizures" });
    expect(screen.getByText(note)).toBeVisible();
    view.unmount();
    renderView(<CatalogView {...loadedCatalog(dataset)} actions={fakeActions("excel")} />);
    expect(screen.queryByText(note)).toBeNull();
  });

  it("returns to the list of tables", async () => {
    const { user } = await openSeizures("preview");
    await user.click(screen.getByRole("button", { name: "All tables" }));
    expect(screen.getAllByRole("listitem")).toHaveLength(3);
  });
});

const withPeriodBounds = (d: Dataset) => {
  const seizures = d.tables.find((t) => t.id === "seizures")!;
  const date = { type: "date" as const, unit: null, format: "yyyy-mm-dd", description: null };
  seizures.columns.push(
    { ...date, key: "period.start", title: "From" },
    { ...date, key: "period.end", title: "To" },
  );
};

describe("CatalogView per-column filters", () => {
  it("narrows rows by a value range, shows the formula and inserts with its clauses", async () => {
    const { user, dataset, actions } = await openSeizures("excel", {
      insertTable: async () => inserted,
    });
    await user.click(screen.getByText("Filter by column"));
    await user.type(screen.getByRole("textbox", { name: "Value from" }), "10000");
    expect(bodyRows()).toHaveLength(1);
    expect(bodyRows()[0][2]).toBe("$16,000,000");
    expect(screen.getByLabelText("Equivalent formula")).toHaveTextContent(
      '=POLICY.TABLE("seizures", , "value >= 10000")',
    );
    await user.click(screen.getByRole("button", { name: "Insert at selected cell" }));
    expect(actions.calls.insertTable[0][0]).toBe(dataset);
    expect(actions.calls.insertTable[0][2]).toMatchObject({ where: "value >= 10000" });
  });

  it("says the formula's rows keep the table's order once the preview is sorted", async () => {
    const { user } = await openSeizures("preview");
    await user.click(screen.getByText("Filter by column"));
    await user.type(screen.getByRole("textbox", { name: "Value from" }), "1");
    expect(screen.getByText("Type this formula to spill these rows.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Value" }));
    expect(
      screen.getByText(
        "Type this formula to spill these rows, in the table's own order: POLICY.TABLE does not sort, so they are not sorted by Value as here.",
      ),
    ).toBeInTheDocument();
  });

  it("refuses a date bound that is no date, naming the forms a date takes", async () => {
    const { user } = await openSeizures("preview", {}, withPeriodBounds);
    await user.click(screen.getByText("Filter by column"));
    await user.type(screen.getByRole("textbox", { name: "Period end to" }), "garbage");
    expect(
      await screen.findByText(
        /Argument filter "garbage" is not valid: expected a date as YYYY, YYYY-MM or YYYY-MM-DD/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole("table", { name: "Seizures" })).toBeNull();
  });
});

describe("CatalogView filter labels", () => {
  it("names each range field naturally, a period's From and To columns included", async () => {
    const { user } = await openSeizures("preview", {}, withPeriodBounds);
    await user.click(screen.getByText("Filter by column"));
    for (const name of [
      "Value from",
      "Value to",
      "Period start from",
      "Period start to",
      "Period end from",
      "Period end to",
    ]) {
      expect(screen.getByRole("textbox", { name })).toBeInTheDocument();
    }
    expect(screen.queryByRole("textbox", { name: /^(From|To) (from|to)$/ })).toBeNull();
  });
});

describe("CatalogView free-text filter", () => {
  it("finds words the rows say, not words of their quotes", async () => {
    const { user } = await openSeizures("preview");
    await user.type(screen.getByRole("searchbox"), "DHS seized");
    expect(screen.getByText(/^0 rows/)).toBeInTheDocument();
  });

  it("turns a comparison typed as text into the column filter it meant", async () => {
    const { user } = await openSeizures("preview");
    await user.type(screen.getByRole("searchbox"), ">10000");
    expect(
      screen.getByText(
        'Free text finds words, not comparisons such as ">10000". Filter by column instead:',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Value from 10000" }));
    expect(screen.getByRole("searchbox")).toHaveValue("");
    expect(bodyRows()).toHaveLength(1);
    expect(screen.getByText("Filter by column (1 set)")).toBeInTheDocument();
    expect(screen.getByLabelText("Equivalent formula")).toHaveTextContent(
      '=POLICY.TABLE("seizures", , "value >= 10000")',
    );
  });
});
