/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { fakeActions } from "./fakeActions";
import { renderApp } from "./renderApp";

/**
 * Where the focus goes as the pane's questions and views close, for the paths the views' own
 * tests do not reach: inserting from Search, and Trace opened from a search result.
 */
const ID = "us-overdose-deaths-2022";

async function searchFor(words: string) {
  const user = userEvent.setup();
  await user.click(await screen.findByRole("tab", { name: "Search" }));
  await user.click(await screen.findByRole("searchbox", { name: "Search figures and events" }));
  await user.paste(words);
  return user;
}

describe("App: focus after a question or a view opened from Search", () => {
  it.each(["Insert anyway", "Cancel", "Escape"] as const)(
    "gives the focus back to Search's Insert value once the dataset question is answered with %s",
    async (answer) => {
      const actions = fakeActions("excel", {
        readTableVersions: async () => [
          { tableName: "PT_Sanctions", version: "2.0.0", contentHash: "f".repeat(64) },
        ],
        insertFigure: async () => ({ address: "Sheet1!E5", id: ID, form: "value", warnings: [] }),
      });
      renderApp(actions);
      const user = await searchFor("overdose 2022");
      const insert = await screen.findByRole("button", { name: `Insert value ${ID}` });
      await user.click(insert);
      const bar = await screen.findByRole("alert");
      expect(bar).toHaveTextContent("Insert from this dataset?");
      expect(within(bar).getByRole("button", { name: "Cancel" })).toHaveFocus();
      if (answer === "Escape") await user.keyboard("{Escape}");
      else await user.click(within(bar).getByRole("button", { name: answer }));
      await waitFor(() => expect(screen.queryByText("Insert from this dataset?")).toBeNull());
      await waitFor(
        () => expect(screen.getByRole("button", { name: `Insert value ${ID}` })).toHaveFocus(),
        { timeout: 10_000 },
      );
      expect(actions.calls.insertFigure).toHaveLength(answer === "Insert anyway" ? 1 : 0);
    },
  );

  it("takes the focus to the record when a search result is sent to Trace", async () => {
    renderApp(fakeActions("preview"));
    const user = await searchFor("overdose 2022");
    await user.click(await screen.findByRole("button", { name: `Trace ${ID}` }));
    const record = await screen.findByRole("heading", { name: "more than 107,000 deaths" });
    await waitFor(() => expect(record).toHaveFocus());
    expect(screen.getByRole("tab", { name: "Trace" })).toHaveAttribute("aria-selected", "true");
  });
});
