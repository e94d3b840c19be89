/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Dataset } from "../../../src/core/dataset/schema";
import type { ChangeReport } from "../../../src/core/diff/listChanges";
import { DatasetDeclined, type DatasetApproval } from "../../../src/taskpane/loadDataset";
import type { SettingsStore } from "../../../src/taskpane/settingsStore";
import { RefreshView } from "../../../src/taskpane/views/RefreshView";
import { fakeActions } from "../fakeActions";
import { fixture, renderView } from "../renderView";

/** The shared loader's behaviour: asks `approve` first, and installs nothing when declined. */
const loaderOf = (next: Dataset) => async (approve?: DatasetApproval) => {
  if (approve && !(await approve(next))) throw new DatasetDeclined(next);
  return next;
};

const report: ChangeReport = {
  fromVersion: "1.0.0",
  toVersion: "1.1.0",
  problems: [],
  dateSystem: "1900",
  tables: [
    {
      tableId: "seizures",
      tableName: "PT_Seizures",
      status: "updated",
      message: null,
      records: [
        {
          recordId: "dhs-currency-seized-fy2023",
          kind: "changed",
          label: "currency seized",
          quote: { before: "old words", after: "new words" },
          cells: [
            {
              column: "Value",
              address: "Sheet1!C3",
              before: "about 16m",
              after: 17000000,
              kept: true,
              format: "$#,##0",
            },
          ],
          kept: false,
        },
      ],
    },
  ],
};

function memorySettings(): SettingsStore & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return {
    values,
    get: (k) => values.get(k) ?? null,
    set: async (k, v) => void (v === null ? values.delete(k) : values.set(k, v)),
  };
}

describe("What changed, from the Refresh view", () => {
  it("lists the records a newer dataset changes in the browser preview, installs nothing, and gives focus back to What changed?", async () => {
    const user = userEvent.setup();
    const { dataset } = fixture();
    const next = fixture((d) => {
      d.version = "1.1.0";
      d.figures[3].value = 3700;
      d.tables[1].rows.push("treasury-sanctions-since-eo");
    }).dataset;
    const reload = jest.fn(loaderOf(next));
    renderView(<RefreshView actions={fakeActions("preview")} reload={reload} dataset={dataset} />);
    await user.click(screen.getByRole("button", { name: "What changed?" }));
    const heading = await screen.findByRole(
      "heading",
      { name: "What changed: dataset 1.0.0 → 1.1.0" },
      { timeout: 10_000 },
    );
    await waitFor(() => expect(heading).toHaveFocus());
    const seizures = screen.getByRole("region", { name: "PT_Seizures" });
    expect(seizures).toHaveTextContent("changedpill presses seized");
    expect(seizures).toHaveTextContent("Value: 3,600 → 3,700");
    expect(seizures).toHaveTextContent("addedsanctions imposed since");
    expect(seizures).not.toHaveTextContent("Sheet1!");
    await expect(reload.mock.results[0].value).rejects.toBeInstanceOf(DatasetDeclined);
    await user.click(screen.getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("heading", { name: /What changed/ })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "What changed?" })).toHaveFocus();
  });

  it("closes on Escape from anywhere in the list, giving the focus back to What changed?", async () => {
    const user = userEvent.setup();
    const { dataset } = fixture();
    const next = fixture((d) => (d.version = "1.1.0")).dataset;
    const actions = fakeActions("excel", { previewChanges: async () => report });
    renderView(<RefreshView actions={actions} reload={loaderOf(next)} dataset={dataset} />);
    await user.click(screen.getByRole("button", { name: "What changed?" }));
    const heading = await screen.findByRole("heading", { name: /^What changed: / });
    await waitFor(() => expect(heading).toHaveFocus());
    await user.tab();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("heading", { name: /What changed/ })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "What changed?" })).toHaveFocus();
  });

  it("gives the focus to Refresh when the list opened by itself (the open-time check) closes", async () => {
    const user = userEvent.setup();
    const { dataset } = fixture();
    const next = fixture((d) => (d.version = "1.1.0")).dataset;
    const actions = fakeActions("excel", { previewChanges: async () => report });
    renderView(
      <RefreshView actions={actions} reload={loaderOf(next)} dataset={dataset} request="changes" />,
    );
    await screen.findByRole("heading", { name: /^What changed: / });
    await user.click(screen.getByRole("button", { name: "Close" }));
    expect(screen.getByRole("button", { name: "Refresh all tables" })).toHaveFocus();
  });

  it("shows a cell the user typed into as kept, with its address, when the open-time check asks", async () => {
    const { dataset } = fixture();
    const next = fixture((d) => (d.version = "1.1.0")).dataset;
    const actions = fakeActions("excel", { previewChanges: async () => report });
    const started = jest.fn();
    renderView(
      <RefreshView
        actions={actions}
        reload={loaderOf(next)}
        dataset={dataset}
        request="changes"
        onStarted={started}
      />,
    );
    const item = (await screen.findByText("currency seized", {}, { timeout: 10_000 })).closest(
      "li",
    )!;
    expect(item).toHaveTextContent(
      'Value (Sheet1!C3): kept (your edit) — you have "about 16m"; the dataset says $17,000,000.',
    );
    expect(item).toHaveTextContent("Quote before“old words”Quote now“new words”");
    expect(actions.calls.previewChanges).toEqual([[next]]);
    expect(actions.calls.refreshAll).toEqual([]);
    expect(started).toHaveBeenCalledTimes(1);
  });
});

describe("When this workbook opens (settings)", () => {
  it("saves the check in the workbook's settings, and offers refreshing automatically only with it", async () => {
    const user = userEvent.setup();
    const { dataset } = fixture();
    const settings = memorySettings();
    renderView(
      <RefreshView
        actions={fakeActions("preview")}
        reload={loaderOf(dataset)}
        dataset={dataset}
        settings={settings}
      />,
    );
    const check = screen.getByRole("checkbox", {
      name: "Check for a newer dataset when this workbook opens",
    });
    const auto = screen.getByRole("checkbox", { name: "and refresh automatically" });
    expect(auto).toBeDisabled();
    await user.click(check);
    expect(settings.values.get("checkOnOpen")).toBe("on");
    expect(auto).toBeEnabled();
    await user.click(auto);
    expect(settings.values.get("refreshOnOpen")).toBe("on");
    await user.click(check);
    expect(settings.values.has("checkOnOpen")).toBe(false);
    expect(auto).not.toBeChecked();
  });
});
