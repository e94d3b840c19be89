/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ConflictsView } from "../../../src/taskpane/views/ConflictsView";
import { fixture, renderView } from "../renderView";

describe("ConflictsView", () => {
  it("shows both sides of a disagreement with their quotes and documents", async () => {
    const user = userEvent.setup();
    const { dataset, index } = fixture();
    const traced: string[] = [];
    renderView(<ConflictsView dataset={dataset} index={index} onTrace={(id) => traced.push(id)} />);
    const card = screen.getByRole("article", { name: "US drug overdose deaths per year" });
    expect(within(card).getByText("Values differ")).toBeInTheDocument();
    const a = within(card).getByRole("region", {
      name: "107,000 according to Treasury launches strike force",
    });
    const b = within(card).getByRole("region", {
      name: "100,000 according to Testimony on fentanyl",
    });
    expect(
      within(a).getByText("More than 107,000 people died from drug overdoses in 2022.", {
        selector: "mark",
      }),
    ).toBeInTheDocument();
    expect(a).toHaveTextContent("Example Wire, 4 Dec 2023");
    expect(
      within(b).getByText(/More than 100,000 deaths a year have been linked/, { selector: "mark" }),
    ).toBeInTheDocument();
    expect(b).toHaveTextContent("Senate, 20 Mar 2024");
    const trace = within(b).getByRole("button", {
      name: "Trace us-overdose-deaths-per-year-since-2020",
    });
    trace.focus();
    await user.keyboard("{Enter}");
    expect(traced).toEqual(["us-overdose-deaths-per-year-since-2020"]);
  });

  it("says so when the documents agree", () => {
    const { dataset, index } = fixture((d) => {
      d.conflicts = [];
    });
    renderView(<ConflictsView dataset={dataset} index={index} onTrace={() => undefined} />);
    expect(screen.getByText(/do not disagree on any figure or date/)).toBeInTheDocument();
  });
});
