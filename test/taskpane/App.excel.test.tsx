/** @jest-environment jsdom */
import "./polyfills";
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createExcelWorkbookActions } from "../../src/excel/excelWorkbookActions";
import type { WorkbookActions } from "../../src/taskpane/workbook";
import { FakeExcel } from "../fakes/excel";
import { fixtureDataset } from "../fixtures/fixtureDataset";
import { renderApp } from "./renderApp";

/*
 * The whole pane on the Excel engine's Office.js actions over the Excel fake: what a person does
 * in Excel, from inserting a table to tracing and refreshing it.
 */
function excel(apiVersion = "1.18") {
  const fake = new FakeExcel(apiVersion, ["Sheet1"]);
  const actions: WorkbookActions = {
    ...createExcelWorkbookActions(fake.run as never, fake.requirements),
    downloadWorkbook: async () => {
      throw new Error("not used in Excel");
    },
  };
  return { fake, actions };
}

describe("App in Excel (Excel fake)", () => {
  it("inserts a table, traces one of its cells, and keeps a typed edit on refresh", async () => {
    const user = userEvent.setup();
    const { fake, actions } = excel();
    const v2 = fixtureDataset((d) => {
      d.version = "1.1.0";
      d.figures.find((f) => f.id === "dhs-currency-seized-fy2023")!.value = 17000000;
    });
    let serve = fixtureDataset();
    renderApp(actions, { loadDataset: async () => serve });

    await user.click(await screen.findByRole("button", { name: "Preview Seizures" }));
    await user.click(await screen.findByRole("button", { name: "Insert at selected cell" }));
    expect(await screen.findByText(/Inserted 2 rows as table PT_Seizures/)).toBeInTheDocument();
    const table = fake.table("PT_Seizures")!;
    expect(table).toBeDefined();
    expect(fake.values("Sheet1!A1:C3")).toEqual([
      ["ID", "Metric", "Value"],
      ["dhs-pill-presses-seized-fy2023", "pill presses seized", 3600],
      ["dhs-currency-seized-fy2023", "currency seized", 16000000],
    ]);

    fake.select("Sheet1!C3");
    await user.click(screen.getByRole("tab", { name: "Trace" }));
    expect(await screen.findByRole("heading", { name: "$16,000,000" })).toBeInTheDocument();
    expect(screen.getByText(/Cell Sheet1!C3 matches dataset 1.0.0/)).toBeInTheDocument();

    fake.type("Sheet1!C2", 3000);
    fake.select("Sheet1!C2");
    await user.click(screen.getByRole("button", { name: "Trace selected cell" }));
    expect(await screen.findByText("Stale")).toBeInTheDocument();
    expect(
      screen.getByText(/Cell Sheet1!C2 shows 3,000, but dataset 1.0.0 says 3,600/),
    ).toBeInTheDocument();

    serve = v2;
    await user.click(screen.getByRole("tab", { name: "Refresh" }));
    await user.click(await screen.findByRole("button", { name: "Refresh all tables" }));
    expect(await screen.findByText("1 of 1 table updated")).toBeInTheDocument();
    expect(screen.getByText(/Dataset 1.0.0 → 1.1.0: 1 value changed/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: /PT_Seizures/ }));
    expect(screen.getByText(/you have 3,000; the dataset says 3,600/)).toBeInTheDocument();
    expect(fake.cell("Sheet1!C2").value).toBe(3000);
    expect(fake.cell("Sheet1!C3").value).toBe(17000000);
    expect(await screen.findByText("Dataset 1.1.0")).toBeInTheDocument();
  });

  it("inserts a POLICY formula and a cited value into the selected cell from Search", async () => {
    const user = userEvent.setup();
    const { fake, actions } = excel();
    renderApp(actions);
    await user.click(await screen.findByRole("tab", { name: "Search" }));
    await user.click(await screen.findByRole("searchbox", { name: "Search figures and events" }));
    await user.paste("overdose 2022");
    fake.select("Sheet1!E5");
    await user.click(
      await screen.findByRole("button", { name: "Insert formula us-overdose-deaths-2022" }),
    );
    expect(await screen.findByText(/Inserted the formula at Sheet1!E5/)).toBeInTheDocument();
    expect(fake.cell("Sheet1!E5").formula).toBe('=POLICY.VALUE("us-overdose-deaths-2022")');
    fake.select("Sheet1!E6");
    await user.click(screen.getByRole("button", { name: "Insert value us-overdose-deaths-2022" }));
    expect(
      await screen.findByText(/Inserted the value with its citation note at Sheet1!E6/),
    ).toBeInTheDocument();
    expect(fake.cell("Sheet1!E6").value).toBe(107000);
  });

  it("says what to do in an Excel without the API the insert needs", async () => {
    const user = userEvent.setup();
    const { fake, actions } = excel("1.4");
    renderApp(actions);
    await user.click(await screen.findByRole("button", { name: "Preview Sanctions" }));
    await user.click(screen.getByRole("button", { name: "Insert on new sheet" }));
    // The message shows at once; the title and next step come with the message bar's chunk.
    await screen.findByText("This Excel cannot do that", {}, { timeout: 10_000 });
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("Inserting a table needs Excel JavaScript API 1.7");
    expect(within(alert).getByText(/Download workbook gives you every table/)).toBeInTheDocument();
    expect(fake.tables).toHaveLength(0);
  });

  it("says where dates were written assuming the 1900 date system, after insert and refresh", async () => {
    const user = userEvent.setup();
    const { fake, actions } = excel(); // this Excel does not report use1904DateSystem
    renderApp(actions);
    await user.click(await screen.findByRole("button", { name: "Preview Timeline" }));
    await user.click(await screen.findByRole("button", { name: "Insert at selected cell" }));
    const inserted = await screen.findByText(/Inserted 2 rows as table PT_Timeline/);
    expect(inserted).toHaveTextContent(/assuming the 1900 date system/);
    expect(inserted).toHaveTextContent(/File > Options > Advanced > "Use 1904 date system"/);
    expect(fake.table("PT_Timeline")).toBeDefined();

    await user.click(screen.getByRole("tab", { name: "Refresh" }));
    await user.click(await screen.findByRole("button", { name: "Refresh all tables" }));
    expect(await screen.findByText(/1 table updated|of 1 table updated/)).toBeInTheDocument();
    expect(
      screen.getByText(/dates were written assuming the 1900 date system/),
    ).toBeInTheDocument();
  });
});
