/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { planTable } from "../../../src/core/layout/planTable";
import type { InsertedChart } from "../../../src/taskpane/workbook";
import { ChartPanel } from "../../../src/taskpane/views/ChartPanel";
import { fakeActions } from "../fakeActions";
import { fixture, renderView } from "../renderView";

// jsdom draws nothing: without a canvas context Chart.js gives up (saying so), and the points
// are read from the chart's data table; test/e2e/chart*.e2e.test.ts checks the drawing.
beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = (() => null) as never;
  const error = console.error.bind(console);
  jest.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).startsWith("Failed to create chart")) error(...args);
  });
});
afterAll(() => jest.restoreAllMocks());

const CHOICE = { columns: ["metric", "value", "unit"], sort: null };

function setup(mode: "excel" | "preview", answer?: () => Promise<InsertedChart>) {
  const { dataset } = fixture();
  const plan = planTable(dataset, "seizures", CHOICE);
  const actions = fakeActions(mode, answer ? { insertUnitChart: answer } : {});
  renderView(
    <>
      <button>Before</button>
      <ChartPanel dataset={dataset} plan={plan} actions={actions} />
    </>,
  );
  return { user: userEvent.setup(), actions, dataset };
}

const chartData = () =>
  within(screen.getByTestId("chart-data"))
    .getAllByRole("row")
    .slice(1)
    .map((r) =>
      within(r)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    );

describe("ChartPanel of a table whose rows mix units", () => {
  it("offers a chart per unit, labelled with its rows, in a labelled group the keyboard reaches", async () => {
    const { user } = setup("preview");
    const group = screen.getByRole("group", {
      name: "Seizures has rows in 2 units, and one value axis cannot show them together. Chart one unit:",
    });
    const offers = within(group).getAllByRole("button");
    expect(offers.map((b) => b.textContent)).toEqual([
      "Chart pill presses (1 row)",
      "Chart USD (1 row)",
    ]);
    expect(screen.queryByRole("figure")).toBeNull();
    screen.getByRole("button", { name: "Before" }).focus();
    await user.tab();
    await user.tab();
    expect(screen.getByRole("button", { name: "Chart USD (1 row)" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("button", { name: "Chart USD (1 row)" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    expect(screen.getByRole("figure", { name: "Chart of Seizures (USD)" })).toBeInTheDocument();
    expect(chartData()).toEqual([["currency seized", "$16,000,000"]]);
    expect(screen.getByText(/In Excel, Insert chart of USD adds the 1 row in USD/)).toBeVisible();
  });

  it("switches the drawn chart to the unit chosen", async () => {
    const { user } = setup("preview");
    await user.click(screen.getByRole("button", { name: "Chart USD (1 row)" }));
    await user.click(screen.getByRole("button", { name: "Chart pill presses (1 row)" }));
    expect(screen.getByRole("figure", { name: "Chart of Seizures (pill presses)" })).toBeVisible();
    expect(chartData()).toEqual([["pill presses seized", "3,600"]]);
  });

  it("inserts the chosen unit's chart in Excel and says where its table and chart went", async () => {
    const { user, actions, dataset } = setup("excel", async () => ({
      chartName: "PT_Chart_Seizures",
      sheetName: "Seizures",
      tableName: "PT_Seizures",
      points: 1,
      syncs: 15,
      warnings: [],
      unitTable: { unit: "USD", address: "Seizures!A1:C2", rows: 1 },
    }));
    await user.click(screen.getByRole("button", { name: "Chart USD (1 row)" }));
    await user.click(screen.getByRole("button", { name: "Insert chart of USD" }));
    expect(
      await screen.findByText(
        "Inserted the 1 row in USD as PT_Seizures at Seizures!A1:C2, and its chart PT_Chart_Seizures beside it.",
      ),
    ).toBeVisible();
    expect(actions.calls.insertUnitChart).toEqual([[dataset, "seizures", CHOICE, "USD"]]);
    expect(actions.calls.insertChart).toEqual([]);
  });

  it("shows why Excel refused the unit's chart", async () => {
    const { user } = setup("excel", () =>
      Promise.reject(
        new Error("PT_Seizures (the rows in USD) was inserted, but its chart was not"),
      ),
    );
    await user.click(screen.getByRole("button", { name: "Chart USD (1 row)" }));
    await user.click(screen.getByRole("button", { name: "Insert chart of USD" }));
    expect(await screen.findByText(/its chart was not/)).toBeVisible();
  });

  it("draws a one-unit table at once, with Insert chart and no offer of units", () => {
    const { dataset } = fixture();
    renderView(
      <ChartPanel
        dataset={dataset}
        plan={planTable(dataset, "seizures", { where: "unit = USD" })}
        actions={fakeActions("excel")}
      />,
    );
    expect(screen.queryByRole("group", { name: /Chart one unit/ })).toBeNull();
    expect(screen.getByRole("figure", { name: "Chart of Seizures (USD)" })).toBeVisible();
    expect(screen.getByRole("button", { name: "Insert chart" })).toBeEnabled();
  });
});
