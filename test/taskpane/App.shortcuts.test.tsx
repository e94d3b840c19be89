/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { RefreshSummary } from "../../src/taskpane/workbook";
import { fakeActions, selection } from "./fakeActions";
import { renderApp } from "./renderApp";

const refreshed = {
  tables: [],
  skipped: [],
  datasetVersion: "1.0.0",
} as unknown as RefreshSummary;

// The shortcuts arrive a second after the dataset; the suite shares two cores with browsers.
const LOADED = { timeout: 15_000 };

/** Waits for the shortcuts' chunk, which arrives once the dataset is ready, by opening Search. */
async function shortcutsLoaded(user: ReturnType<typeof userEvent.setup>) {
  await waitFor(async () => {
    await user.keyboard("{Alt>}{Shift>}S{/Shift}{/Alt}");
    expect(screen.getByRole("tab", { name: "Search" })).toHaveAttribute("aria-selected", "true");
  }, LOADED);
}

describe("App keyboard shortcuts", () => {
  it("Alt+Shift+S opens Search with the focus in its search box", async () => {
    const user = userEvent.setup();
    renderApp(fakeActions("preview"));
    await screen.findByText("Dataset 1.0.0");
    // The shortcuts' chunk arrives once the dataset is ready.
    await shortcutsLoaded(user);
    await waitFor(() =>
      expect(screen.getByRole("searchbox", { name: "Search figures and events" })).toHaveFocus(),
    );
  });

  it("Alt+Shift+E in Excel traces the selected cell", async () => {
    const user = userEvent.setup();
    const actions = fakeActions("excel", {
      readSelection: async () => selection({ address: "Sheet1!A1" }),
    });
    renderApp(actions);
    await screen.findByText("Dataset 1.0.0");
    await shortcutsLoaded(user);
    await user.keyboard("{Alt>}{Shift>}E{/Shift}{/Alt}");
    await waitFor(() =>
      expect(screen.getByRole("tab", { name: "Trace" })).toHaveAttribute("aria-selected", "true"),
    );
    // Trace reads the selection as it opens; the shortcut's click on Trace selected cell may
    // land while that read is still under way (the button is then disabled).
    await waitFor(() => expect(actions.calls.readSelection.length).toBeGreaterThanOrEqual(1));
    // Both reads answer with the same message, so the second may replace the first's element:
    // ask for whichever is in the document now.
    await waitFor(() =>
      expect(screen.getByText(/Cell Sheet1!A1 is not from Policy Tables/)).toBeVisible(),
    );
  });

  it("Alt+Shift+R refreshes as the ribbon's Refresh does", async () => {
    const user = userEvent.setup();
    const actions = fakeActions("excel", { refreshAll: async () => refreshed });
    renderApp(actions);
    await screen.findByText("Dataset 1.0.0");
    await shortcutsLoaded(user);
    await user.keyboard("{Alt>}{Shift>}R{/Shift}{/Alt}");
    await waitFor(() => expect(actions.calls.refreshAll.length).toBe(1));
    expect(screen.getByRole("tab", { name: "Refresh" })).toHaveAttribute("aria-selected", "true");
  });

  it("Alt+Shift+N inserts the opened table; the focus stays where it was", async () => {
    const user = userEvent.setup();
    const actions = fakeActions("excel", {
      insertTable: async () =>
        ({ tableName: "PT_Seizures", address: "Sheet1!A1:E3", rows: 2, warnings: [] }) as never,
    });
    renderApp(actions);
    await screen.findByText("Dataset 1.0.0");
    await user.click(screen.getByRole("button", { name: "Preview Seizures" }));
    const insert = await screen.findByRole("button", { name: "Insert at selected cell" });
    const filter = screen.getByRole("searchbox", { name: "Filter rows" });
    filter.focus();
    await waitFor(async () => {
      await user.keyboard("{Alt>}{Shift>}N{/Shift}{/Alt}");
      expect(actions.calls.insertTable.length).toBe(1);
    }, LOADED);
    expect(actions.calls.insertTable[0][3]).toBe("selection");
    expect(filter).toHaveFocus();
    expect(insert).toBeInTheDocument();
  });
});
