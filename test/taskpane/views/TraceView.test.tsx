/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import type { Dataset } from "../../../src/core/dataset/schema";
import type { LookupIndex } from "../../../src/core/lookup/buildIndex";
import { PolicyError } from "../../../src/core/errors";
import { explainPolicyFormula } from "../../../src/core/lookup/explainFormula";
import { TraceView } from "../../../src/taskpane/views/TraceView";
import type { WorkbookActions } from "../../../src/taskpane/workbook";
import { fakeActions, selection } from "../fakeActions";
import { markUpQuote } from "../../fixtures/markedUpQuote";
import { fixture, renderView } from "../renderView";

function Harness(props: {
  dataset: Dataset;
  index: LookupIndex;
  actions: WorkbookActions;
  initial: string | null;
}) {
  const [id, setId] = useState(props.initial);
  return <TraceView {...props} recordId={id} onChooseRecord={setId} />;
}

function setup(actions: WorkbookActions, initial: string | null = null) {
  const { dataset, index } = fixture();
  renderView(<Harness dataset={dataset} index={index} actions={actions} initial={initial} />);
  return { user: userEvent.setup(), dataset };
}

describe("TraceView", () => {
  it("traces the selected cell of an inserted table as soon as it opens", async () => {
    const actions = fakeActions("excel", {
      readSelection: async () =>
        selection({
          address: "Seizures!C3",
          recordId: "dhs-currency-seized-fy2023",
          cellValue: 16000000,
          via: "table",
          datasetVersion: "1.0.0",
        }),
    });
    const { dataset } = setup(actions);
    expect(await screen.findByRole("heading", { name: "$16,000,000" })).toBeInTheDocument();
    expect(actions.calls.readSelection).toEqual([[dataset]]);
    expect(screen.getByText("Current")).toBeInTheDocument();
    expect(screen.getByText(/Cell Seizures!C3 matches dataset 1.0.0/)).toBeInTheDocument();
    const quote = screen.getByText(/DHS seized more than 3,600 pill presses/, { selector: "mark" });
    expect(quote.tagName).toBe("MARK");
    // The paragraph around the quote is shown too, outside the mark.
    const paragraph = quote.closest("blockquote")!;
    expect(paragraph).toHaveTextContent(/^More than 100,000 deaths a year/);
    expect(paragraph).toHaveTextContent(/on December 5, 2023\.$/);
    const doc = screen.getByRole("heading", { name: "Document" }).parentElement!;
    expect(within(doc).getByRole("link", { name: "Testimony on fentanyl" })).toHaveAttribute(
      "href",
      "https://example.org/testimony",
    );
    expect(doc).toHaveTextContent("Senate");
    expect(doc).toHaveTextContent("2024-03-20");
    expect(doc).toHaveTextContent("© 2024 Example. All rights reserved.");
  });

  it("explains a POLICY formula's error, which Excel on the desktop does not show", async () => {
    const { index } = fixture();
    const formula = '=POLICY.LOOKUP("pill presses", , "2022")';
    const actions = fakeActions("excel", {
      readSelection: async () =>
        selection({
          address: "Sheet1!C3",
          cellValue: "#N/A",
          via: "formula",
          datasetVersion: "1.0.0",
          formula: explainPolicyFormula(index, formula),
        }),
    });
    setup(actions);
    expect(await screen.findByText("#N/A in Sheet1!C3")).toBeInTheDocument();
    expect(screen.getByText(formula)).toBeInTheDocument();
    expect(
      screen.getByText(/^No figure matches "pill presses" in period 2022\. .* is not inside 2022/),
    ).toBeInTheDocument();
    expect(
      screen.getByText("Usage: POLICY.LOOKUP(metric_or_text, [actor], [period], [field])"),
    ).toBeInTheDocument();
    expect(screen.queryByText(/is not from Policy Tables/)).not.toBeInTheDocument();
  });

  it("flags a cell whose value differs from the dataset as stale", async () => {
    const actions = fakeActions("excel", {
      readSelection: async () =>
        selection({
          address: "Sheet1!D9",
          recordId: "treasury-sanctions-since-eo",
          cellValue: 150,
          via: "figure",
          datasetVersion: "0.9.0",
        }),
    });
    setup(actions);
    expect(await screen.findByText("Stale")).toBeInTheDocument();
    expect(
      screen.getByText(
        /Cell Sheet1!D9 shows 150, but dataset 1.0.0 says 200 \(inserted from dataset 0.9.0\)/,
      ),
    ).toBeInTheDocument();
  });

  it("says when the selected cell is not from Policy Tables, and reads again on request", async () => {
    let n = 0;
    const actions = fakeActions("excel", {
      readSelection: async () =>
        ++n === 1
          ? selection({ address: "Sheet1!A1" })
          : selection({
              address: "Sheet1!B2",
              recordId: "treasury-strike-force-launch",
              cellValue: 45264,
              via: "formula",
            }),
    });
    const { user } = setup(actions);
    expect(await screen.findByText(/Cell Sheet1!A1 is not from Policy Tables/)).toBeInTheDocument();
    const button = screen.getByRole("button", { name: "Trace selected cell" });
    button.focus();
    await user.keyboard(" ");
    expect(
      await screen.findByRole("heading", {
        name: "Treasury launches the Counter-Fentanyl Strike Force",
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Cell Sheet1!B2 matches dataset 1.0.0/)).toBeInTheDocument();
  });

  it("shows why the selection could not be read", async () => {
    const actions = fakeActions("excel", {
      readSelection: async () => {
        throw new PolicyError("not_supported", "Reading the selection needs ExcelApi 1.7.");
      },
    });
    setup(actions);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Reading the selection needs ExcelApi 1.7.");
    expect(within(alert).getByRole("button", { name: "Retry" })).toBeInTheDocument();
  });

  it("explains an id the dataset no longer has, with suggestions", async () => {
    const actions = fakeActions("excel", {
      readSelection: async () =>
        selection({
          address: "Sheet1!A2",
          recordId: "treasury-sanctions",
          cellValue: 200,
          via: "formula",
        }),
    });
    setup(actions);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      'No figure or event has id "treasury-sanctions". Did you mean treasury-sanctions-since-eo',
    );
    expect(alert).toHaveTextContent("Refresh to get the latest dataset");
  });

  it("lets the browser preview choose a record to trace, without reading cells", async () => {
    const actions = fakeActions("preview");
    const { user } = setup(actions);
    expect(screen.queryByRole("button", { name: "Trace selected cell" })).not.toBeInTheDocument();
    await user.type(
      screen.getByRole("combobox", { name: "Figure or event to trace" }),
      "pill presses",
    );
    await user.click(screen.getByRole("option", { name: /^pill presses seized — / }));
    expect(
      screen.getByRole("heading", { name: "more than 3,600 pill presses" }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/This is the record as it stands in dataset 1.0.0/),
    ).toBeInTheDocument();
    expect(screen.getByText('=POLICY.VALUE("dhs-pill-presses-seized-fy2023")')).toBeInTheDocument();
    expect(actions.calls.readSelection).toEqual([]);
  });

  it("filters the picker by every word typed, keeping figures and events in their groups", async () => {
    const { user } = setup(fakeActions("preview"));
    const box = screen.getByRole("combobox", { name: "Figure or event to trace" });
    await user.click(box);
    const all = screen.getAllByRole("option").map((o) => o.textContent);
    expect(all).toHaveLength(7);
    // Events in date order, each with its date, title and document.
    expect(all.slice(5)).toEqual([
      "2023-12-04 — Treasury launches the Counter-Fentanyl Strike Force · Treasury launches strike force",
      "2023-12-05 — Treasury announces the strike force · Testimony on fentanyl",
    ]);
    await user.type(box, "strike testimony");
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual([
      "2023-12-05 — Treasury announces the strike force · Testimony on fentanyl",
    ]);
    expect(screen.getByRole("group", { name: "Events" })).toBeInTheDocument();
    expect(screen.queryByRole("group", { name: "Figures" })).not.toBeInTheDocument();
    await user.clear(box);
    await user.type(box, "zebra");
    expect(screen.getByRole("option")).toHaveTextContent(
      'No figure or event has all of "zebra". Try fewer words.',
    );
  });

  it("chooses a record from the keyboard alone, and shows its label in the box", async () => {
    const { user } = setup(fakeActions("preview"));
    const box = screen.getByRole("combobox", { name: "Figure or event to trace" });
    await user.tab();
    expect(box).toHaveFocus();
    await user.keyboard("currency");
    await user.keyboard("{ArrowDown}{Enter}");
    expect(screen.getByRole("heading", { name: "$16,000,000" })).toBeInTheDocument();
    expect(box).toHaveValue("currency seized — $16,000,000 · FY 2023 · Testimony on fentanyl");
  });

  it("after a choice, takes new words typed over its label and lets another record be chosen", async () => {
    const { user } = setup(fakeActions("preview"));
    const box = screen.getByRole("combobox", { name: "Figure or event to trace" });
    await user.click(box);
    await user.paste("currency");
    await user.click(screen.getByRole("option", { name: /^currency seized — / }));
    expect(screen.getByRole("heading", { name: "$16,000,000" })).toBeInTheDocument();
    // As a person retypes: select the chosen label, then type words that begin no label (the
    // combobox keeps a selection while the text typed begins an option's label).
    await user.click(box);
    await user.keyboard("{Control>}a{/Control}3,600");
    expect(box).toHaveValue("3,600");
    const listed = within(screen.getByRole("listbox")).getAllByRole("option");
    expect(listed.map((o) => o.textContent)).toEqual([
      "pill presses seized — more than 3,600 pill presses · FY 2023 · Testimony on fentanyl",
    ]);
    // The record traced stays until another is chosen.
    expect(screen.getByRole("heading", { name: "$16,000,000" })).toBeInTheDocument();
    await user.keyboard("{ArrowDown}{Enter}");
    expect(
      screen.getByRole("heading", { name: "more than 3,600 pill presses" }),
    ).toBeInTheDocument();
    expect(box).toHaveValue(
      "pill presses seized — more than 3,600 pill presses · FY 2023 · Testimony on fentanyl",
    );
  });

  it("lists what words pasted over the chosen record find, though no key typed them", async () => {
    const { user } = setup(fakeActions("preview"));
    const box = screen.getByRole("combobox", { name: "Figure or event to trace" });
    await user.click(box);
    await user.paste("currency");
    await user.keyboard("{ArrowDown}{Enter}");
    expect(screen.getByRole("heading", { name: "$16,000,000" })).toBeInTheDocument();
    expect(box).toHaveAttribute("aria-expanded", "false");
    await user.keyboard("{Control>}a{/Control}");
    await user.paste("3,600 presses");
    expect(box).toHaveAttribute("aria-expanded", "true");
    expect(
      within(screen.getByRole("listbox"))
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual([
      "pill presses seized — more than 3,600 pill presses · FY 2023 · Testimony on fentanyl",
    ]);
  });

  it("shows a record chosen elsewhere without overriding it from the selection", async () => {
    const actions = fakeActions("excel");
    setup(actions, "us-overdose-deaths-2022");
    expect(screen.getByRole("heading", { name: "more than 107,000 deaths" })).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Or choose a figure or event" })).toHaveValue(
      "drug overdose deaths in the United States — more than 107,000 deaths · in 2022 · Treasury launches strike force",
    );
    expect(actions.calls.readSelection).toEqual([]);
    expect(
      screen.getByText(
        "No rights notice in the document: check the publisher's terms before reuse.",
      ),
    ).toBeInTheDocument();
  });
});

describe("TraceView quote and citation", () => {
  const CURRENCY = "dhs-currency-seized-fy2023";

  function setupMarkedUp() {
    const { dataset, index } = fixture((d) => {
      markUpQuote(d, CURRENCY, "$16", "\\$16");
      markUpQuote(d, CURRENCY, "DHS seized", "[DHS seized](#)");
    });
    renderView(
      <Harness
        dataset={dataset}
        index={index}
        actions={fakeActions("preview")}
        initial={CURRENCY}
      />,
    );
  }

  it("shows the quote as people read it, and the exact document text beside it", () => {
    setupMarkedUp();
    const mark = screen.getByText(/pill presses/, { selector: "mark" });
    expect(mark).toHaveTextContent(
      "In FY 2023, DHS seized more than 3,600 pill presses and $16 million in currency.",
    );
    expect(mark.closest("blockquote")).not.toHaveTextContent(/\\\$|\]\(#\)/);
    expect(
      screen.getByText(
        "Exact text in the document: In FY 2023, [DHS seized](#) more than 3,600 pill presses and \\$16 million in currency.",
      ),
    ).toBeInTheDocument();
  });

  it("shows no exact-text line when the document has no markup", () => {
    const { index, dataset } = fixture();
    renderView(
      <Harness
        dataset={dataset}
        index={index}
        actions={fakeActions("preview")}
        initial={CURRENCY}
      />,
    );
    expect(screen.queryByText(/Exact text in the document/)).not.toBeInTheDocument();
  });

  function stubClipboard(writeText: (text: string) => Promise<void>) {
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
  }

  it("copies the citation in the chosen style from the keyboard, and confirms it", async () => {
    const { user } = setup(fakeActions("preview"), CURRENCY);
    const copied: string[] = [];
    // After userEvent.setup, which installs its own clipboard.
    stubClipboard(async (text) => {
      copied.push(text);
    });
    const style = screen.getByRole("combobox", { name: "Citation style" });
    style.focus();
    await user.selectOptions(style, "apa");
    expect(screen.getByRole("textbox", { name: "Citation" })).toHaveValue(
      "Witness, A. (2024, March 20). Testimony on fentanyl. Senate. https://example.org/testimony",
    );
    await user.tab();
    expect(screen.getByRole("textbox", { name: "Citation" })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("button", { name: "Copy citation" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(copied).toEqual([
      "Witness, A. (2024, March 20). Testimony on fentanyl. Senate. https://example.org/testimony",
    ]);
    expect(await screen.findByRole("status")).toHaveTextContent(
      "Copied the APA 7 citation to the clipboard.",
    );
  });

  it("says clearly when the clipboard is refused, and how to copy by hand", async () => {
    const { user } = setup(fakeActions("preview"), CURRENCY);
    stubClipboard(async () => {
      throw new DOMException("Write permission denied.", "NotAllowedError");
    });
    await user.click(screen.getByRole("button", { name: "Copy citation" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Could not copy the citation");
    expect(alert).toHaveTextContent("The clipboard was refused (Write permission denied.)");
    expect(alert).toHaveTextContent("Select the text in Citation and copy it with Ctrl+C");
    expect(screen.getByRole("status")).toHaveTextContent("");
  });
});
