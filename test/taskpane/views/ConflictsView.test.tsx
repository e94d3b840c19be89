/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { findConflicts } from "../../../src/core/dataset/findConflicts";
import { ConflictsView } from "../../../src/taskpane/views/ConflictsView";
import { fixture, renderView } from "../renderView";

describe("ConflictsView", () => {
  it("shows both sides of a disagreement with their quotes and documents", async () => {
    const user = userEvent.setup();
    const { dataset, index } = fixture();
    const traced: string[] = [];
    renderView(<ConflictsView dataset={dataset} index={index} onTrace={(id) => traced.push(id)} />);
    const card = screen.getByRole("article", { name: "US drug overdose deaths per year" });
    // "More than 107,000" and "more than 100,000" can both hold: the badge agrees with the note.
    expect(within(card).getByText("Qualifiers allow one value")).toBeInTheDocument();
    expect(within(card).queryByText("Values differ")).not.toBeInTheDocument();
    const a = within(card).getByRole("region", {
      name: "more than 107,000 deaths (in 2022) according to Treasury launches strike force",
    });
    const b = within(card).getByRole("region", {
      name: "more than 100,000 deaths (a year since 2020) according to Testimony on fentanyl",
    });
    expect(
      within(a).getByText("More than 107,000 people died from drug overdoses in 2022.", {
        selector: "mark",
      }),
    ).toBeInTheDocument();
    expect(a).toHaveTextContent("Example Wire, 2023-12-04");
    expect(
      within(b).getByText(/More than 100,000 deaths a year have been linked/, { selector: "mark" }),
    ).toBeInTheDocument();
    expect(b).toHaveTextContent("Senate, 2024-03-20");
    const trace = within(b).getByRole("button", {
      name: "Trace us-overdose-deaths-per-year-since-2020",
    });
    trace.focus();
    await user.keyboard("{Enter}");
    expect(traced).toEqual(["us-overdose-deaths-per-year-since-2020"]);
  });

  it("shows values that cannot all hold as differing, and names documents by title in the note", () => {
    const { dataset, index } = fixture((d) => {
      d.figures[1].qualifier = "exact";
      d.figures[2].qualifier = "exact";
      // The note as the build writes it (findConflicts names documents by title).
      d.conflicts[0].note = findConflicts(d.figures, [], d.sources)[0].note;
    });
    renderView(<ConflictsView dataset={dataset} index={index} onTrace={() => undefined} />);
    const card = screen.getByRole("article", { name: "US drug overdose deaths per year" });
    expect(within(card).getByText("Values differ")).toBeInTheDocument();
    expect(card).toHaveTextContent('107,000 deaths ("Treasury launches strike force"');
    expect(card).not.toHaveTextContent(dataset.figures[1].source.doc);
  });

  it("says so when the documents agree", () => {
    const { dataset, index } = fixture((d) => {
      d.conflicts = [];
    });
    renderView(<ConflictsView dataset={dataset} index={index} onTrace={() => undefined} />);
    expect(screen.getByText(/do not disagree on any figure or date/)).toBeInTheDocument();
  });
});

describe("ConflictsView quotes", () => {
  it("shows a side's quote without conversion markup when its record is not in the dataset", () => {
    const { dataset, index } = fixture((d) => {
      const side = d.conflicts[0].sides[1];
      side.ref = "withdrawn-record";
      side.quote = "More than \\$100,000 [deaths a year](#) were reported.";
    });
    renderView(<ConflictsView dataset={dataset} index={index} onTrace={() => {}} />);
    const card = screen.getByRole("article", { name: "US drug overdose deaths per year" });
    expect(
      within(card).getByText("More than $100,000 deaths a year were reported.", {
        selector: "blockquote",
      }),
    ).toBeInTheDocument();
  });
});
