/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { PolicyError } from "../../../src/core/errors";
import { SearchView } from "../../../src/taskpane/views/SearchView";
import { fakeActions } from "../fakeActions";
import { markUpQuote } from "../../fixtures/markedUpQuote";
import { fixture, renderView } from "../renderView";

function setup(mode: "excel" | "preview", answers = {}) {
  const user = userEvent.setup();
  const { dataset, index } = fixture();
  const actions = fakeActions(mode, answers);
  const traced: string[] = [];
  renderView(
    <SearchView
      dataset={dataset}
      index={index}
      actions={actions}
      onTrace={(id) => traced.push(id)}
    />,
  );
  return { user, dataset, actions, traced };
}

const results = () =>
  within(screen.getByRole("list", { name: "Results" })).queryAllByRole("listitem");

async function search(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.click(screen.getByRole("searchbox", { name: "Search figures and events" }));
  await user.paste(text);
}

describe("SearchView", () => {
  it("shows each hit's value, unit, qualifier, metric, quote and document", async () => {
    const { user } = setup("excel");
    await search(user, "pill presses");
    // The currency figure's quote mentions pill presses too, so it ranks second.
    expect(await screen.findByText("2 results")).toBeInTheDocument();
    const hit = results()[0];
    expect(within(hit).getByRole("heading")).toHaveTextContent("more than 3,600 pill presses");
    expect(hit).toHaveTextContent("pill presses seized");
    expect(hit).toHaveTextContent("Value 3,600 · unit pill_presses · more than · FY 2023");
    expect(hit).toHaveTextContent(
      "“In FY 2023, DHS seized more than 3,600 pill presses and $16 million in currency.”",
    );
    expect(hit).toHaveTextContent("Testimony on fentanyl — Senate, 2024-03-20");
    expect(hit).toHaveTextContent('=POLICY.VALUE("dhs-pill-presses-seized-fy2023")');
  });

  it("filters by category, source and date range", async () => {
    const { user } = setup("excel");
    expect(results()).toHaveLength(7);
    await user.selectOptions(screen.getByRole("combobox", { name: "Category" }), "deaths");
    expect(results()).toHaveLength(2);
    await user.selectOptions(
      screen.getByRole("combobox", { name: "Source" }),
      "Senate (2024-03-20)",
    );
    expect(results()).toHaveLength(1);
    expect(results()[0]).toHaveTextContent("drug overdose deaths a year");
    await user.selectOptions(screen.getByRole("combobox", { name: "Category" }), "");
    await user.selectOptions(screen.getByRole("combobox", { name: "Source" }), "");
    await user.type(screen.getByLabelText("From date"), "2023-12-05");
    await user.type(screen.getByLabelText("To date"), "2023-12-31");
    const dates = results().map((r) => within(r).getByRole("heading").textContent);
    expect(dates).toContain("2023-12-05");
    expect(dates).not.toContain("2023-12-04");
    expect(dates).not.toContain("more than 107,000 deaths");
  });

  it("says so when nothing matches", async () => {
    const { user } = setup("excel");
    await search(user, "zeppelin");
    expect(await screen.findByText(/No figure or event matches/)).toBeInTheDocument();
  });

  it("shows what the insert warns of beside its result", async () => {
    const { user } = setup("excel", {
      insertFigure: async () => ({
        address: "Sheet1!C4",
        id: "dhs-pill-presses-seized-fy2023",
        form: "value",
        warnings: ["Dates were written assuming the 1900 date system."],
      }),
    });
    await search(user, "pill presses");
    await user.click(
      screen.getByRole("button", { name: "Insert value dhs-pill-presses-seized-fy2023" }),
    );
    expect(
      await screen.findByText(/at Sheet1!C4\. Dates were written assuming the 1900 date system\./),
    ).toBeInTheDocument();
  });

  it("inserts a value with its citation, or a formula, into the selected cell", async () => {
    const { user, dataset, actions } = setup("excel", {
      insertFigure: async () => ({
        address: "Sheet1!C4",
        id: "dhs-pill-presses-seized-fy2023",
        form: "value",
        warnings: [],
      }),
    });
    await search(user, "pill presses");
    await user.click(
      screen.getByRole("button", { name: "Insert value dhs-pill-presses-seized-fy2023" }),
    );
    expect(
      await screen.findByText(/Inserted the value with its citation note at Sheet1!C4/),
    ).toBeInTheDocument();
    const formula = screen.getByRole("button", {
      name: "Insert formula dhs-pill-presses-seized-fy2023",
    });
    formula.focus();
    await user.keyboard("{Enter}");
    expect(actions.calls.insertFigure).toEqual([
      [dataset, "dhs-pill-presses-seized-fy2023", "value"],
      [dataset, "dhs-pill-presses-seized-fy2023", "formula"],
    ]);
  });

  it("shows an insert failure with what to do next", async () => {
    const { user } = setup("excel", {
      insertFigure: async () => {
        throw new PolicyError(
          "workbook_conflict",
          "The selected range B2:C9 has more than one cell.",
        );
      },
    });
    await search(user, "pill presses");
    await user.click(
      screen.getByRole("button", { name: "Insert value dhs-pill-presses-seized-fy2023" }),
    );
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The selected range B2:C9 has more than one cell.");
    expect(alert).toHaveTextContent("Select an empty cell");
  });

  it("offers trace but no insert in the browser preview", async () => {
    const { user, traced } = setup("preview");
    await search(user, "strike force");
    expect(screen.queryByRole("button", { name: /Insert/ })).not.toBeInTheDocument();
    expect(screen.getByText(/In Excel, each result can be inserted/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Trace treasury-strike-force-launch" }));
    expect(traced).toEqual(["treasury-strike-force-launch"]);
    expect(screen.getByText('=POLICY.DATE("treasury-strike-force-launch")')).toBeInTheDocument();
  });
});

describe("SearchView quotes", () => {
  it("shows a quote without the conversion markup left in the document text", async () => {
    const user = userEvent.setup();
    const { dataset, index } = fixture((d) => {
      markUpQuote(d, "dhs-pill-presses-seized-fy2023", "$16", "\\$16");
      markUpQuote(d, "dhs-pill-presses-seized-fy2023", "DHS seized", "[DHS seized](#)");
    });
    renderView(
      <SearchView
        dataset={dataset}
        index={index}
        actions={fakeActions("excel")}
        onTrace={() => {}}
      />,
    );
    await search(user, "pill presses");
    const hit = results()[0];
    expect(within(hit).getByRole("heading")).toHaveTextContent("more than 3,600 pill presses");
    expect(hit).toHaveTextContent(
      "“In FY 2023, DHS seized more than 3,600 pill presses and $16 million in currency.”",
    );
    expect(hit).not.toHaveTextContent(/\\\$|\]\(#\)/);
  });
});
