/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Dataset } from "../../../src/core/dataset/schema";
import { PolicyError } from "../../../src/core/errors";
import { DatasetDeclined, type DatasetApproval } from "../../../src/taskpane/loadDataset";
import { RefreshView } from "../../../src/taskpane/views/RefreshView";
import type { RefreshProgress, RefreshSummary } from "../../../src/taskpane/workbook";
import { fakeActions } from "../fakeActions";
import { fixture, renderView } from "../renderView";

const summary = (dataset: Dataset): RefreshSummary => ({
  fromVersion: "0.9.0",
  toVersion: dataset.version,
  tables: [
    {
      tableId: "seizures",
      tableName: "PT_Seizures",
      status: "updated",
      rowsAdded: 1,
      rowsRemoved: 0,
      valuesChanged: 2,
      conflicts: [
        {
          address: "Seizures!C3",
          recordId: "dhs-currency-seized-fy2023",
          column: "Value",
          userValue: 15000000,
          datasetValue: 16000000,
        },
      ],
      message: null,
    },
    {
      tableId: "timeline",
      tableName: "PT_Timeline",
      status: "sheet_deleted",
      rowsAdded: 0,
      rowsRemoved: 0,
      valuesChanged: 0,
      conflicts: [],
      message:
        "The sheet of PT_Timeline was deleted; its tag was removed. Insert it again from the Catalog.",
    },
  ],
  problems: ["The tag of table PT_Old is damaged."],
  totals: { tables: 2, updated: 1, rowsAdded: 1, rowsRemoved: 0, valuesChanged: 2, conflicts: 1 },
  syncs: 4,
});

describe("RefreshView", () => {
  it("fetches the dataset, shows progress, then a summary that expands per table", async () => {
    const user = userEvent.setup();
    const { dataset } = fixture();
    let report: (p: RefreshProgress) => void = () => undefined;
    let finish: (s: RefreshSummary) => void = () => undefined;
    const actions = fakeActions("excel", {
      refreshAll: (_d, onProgress) => {
        report = onProgress;
        return new Promise((resolve) => (finish = resolve));
      },
    });
    const reload = jest.fn(async () => dataset);
    renderView(<RefreshView actions={actions} reload={reload} />);
    await user.click(screen.getByRole("button", { name: "Refresh all tables" }));
    expect(reload).toHaveBeenCalledTimes(1);
    expect(actions.calls.refreshAll[0][0]).toBe(dataset);
    act(() => report({ done: 1, total: 2, tableName: "PT_Timeline" }));
    expect(screen.getByText("Table 2 of 2: PT_Timeline")).toBeInTheDocument();
    expect(screen.getByRole("progressbar", { name: "Refreshing tables" })).toHaveAttribute(
      "aria-valuenow",
      "0.5",
    );
    expect(screen.getByRole("button", { name: "Refresh all tables" })).toBeDisabled();
    await act(async () => finish(summary(dataset)));
    expect(screen.getByText("1 of 2 tables updated")).toBeInTheDocument();
    expect(
      screen.getByText(
        /Dataset 0.9.0 → 1.0.0: 2 values changed, 1 row added, 0 removed, 1 edit of yours kept./,
      ),
    ).toBeInTheDocument();
    const header = screen.getByRole("button", { name: /PT_Seizures/ });
    expect(header).toHaveTextContent("updated, 1 kept");
    expect(header).toHaveAttribute("aria-expanded", "false");
    header.focus();
    await user.keyboard("{Enter}");
    expect(header).toHaveAttribute("aria-expanded", "true");
    expect(
      screen.getByText(/you have 15,000,000; the dataset says 16,000,000/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: /PT_Timeline/ }));
    expect(screen.getByText(/The tag of table PT_Old is damaged/)).toBeInTheDocument();
    expect(screen.getByText(/The sheet of PT_Timeline was deleted/)).toBeInTheDocument();
  });

  it("changes nothing when the new dataset is invalid, and says so", async () => {
    const user = userEvent.setup();
    const actions = fakeActions("excel");
    const reload = async (): Promise<Dataset> => {
      throw new PolicyError(
        "invalid_dataset",
        "The dataset is invalid (1 problem); nothing was changed.\n- figures[0].value: expected number",
      );
    };
    renderView(<RefreshView actions={actions} reload={reload} />);
    await user.click(screen.getByRole("button", { name: "Refresh all tables" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("figures[0].value: expected number");
    expect(alert).toHaveTextContent("Nothing was changed.");
    expect(actions.calls.refreshAll).toEqual([]);
  });

  it("reports a failed fetch with a Retry that runs the refresh again", async () => {
    const user = userEvent.setup();
    const { dataset } = fixture();
    const actions = fakeActions("excel", { refreshAll: async () => summary(dataset) });
    let calls = 0;
    const reload = async () => {
      if (++calls === 1)
        throw new PolicyError(
          "fetch_failed",
          "Could not fetch the dataset from data/dataset.json: 502.",
        );
      return dataset;
    };
    renderView(<RefreshView actions={actions} reload={reload} />);
    await user.click(screen.getByRole("button", { name: "Refresh all tables" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Could not fetch the dataset from data/dataset.json: 502.");
    await user.click(within(alert).getByRole("button", { name: "Retry" }));
    expect(await screen.findByText("1 of 2 tables updated")).toBeInTheDocument();
  });

  it("shows an Excel failure during refresh", async () => {
    const user = userEvent.setup();
    const { dataset } = fixture();
    const actions = fakeActions("excel", {
      refreshAll: async () => {
        throw new PolicyError("not_supported", "Refreshing tables needs ExcelApi 1.5.");
      },
    });
    renderView(<RefreshView actions={actions} reload={async () => dataset} />);
    await user.click(screen.getByRole("button", { name: "Refresh all tables" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Refreshing tables needs ExcelApi 1.5.",
    );
  });

  it("names refused tables and damaged tags, even when no table could be refreshed", async () => {
    const user = userEvent.setup();
    const { dataset } = fixture();
    const refused: RefreshSummary = {
      ...summary(dataset),
      tables: [
        {
          tableId: "seizures",
          tableName: "MySeizures",
          status: "refused",
          rowsAdded: 0,
          rowsRemoved: 0,
          valuesChanged: 0,
          conflicts: [],
          message: "MySeizures is no longer named PT_…: it was left as it is.",
        },
      ],
      problems: ["The tag of table 7 is stored more than once (2 parts for 1)."],
      totals: {
        tables: 1,
        updated: 0,
        rowsAdded: 0,
        rowsRemoved: 0,
        valuesChanged: 0,
        conflicts: 0,
      },
    };
    const actions = fakeActions("excel", { refreshAll: async () => refused });
    renderView(<RefreshView actions={actions} reload={async () => dataset} />);
    await user.click(screen.getByRole("button", { name: "Refresh all tables" }));
    expect(await screen.findByText("refused")).toBeInTheDocument();
    expect(screen.getByText(/stored more than once/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: /MySeizures/ }));
    expect(screen.getByText(/no longer named PT_/)).toBeInTheDocument();
  });

  it("says what it left of the Sources table and charts apart from unreadable tags, without advising a new insert", async () => {
    const user = userEvent.setup();
    const { dataset } = fixture();
    const kept: RefreshSummary = {
      ...summary(dataset),
      problems: [],
      warnings: ["Sources: 1 cell you edited was kept."],
    };
    const actions = fakeActions("excel", { refreshAll: async () => kept });
    renderView(<RefreshView actions={actions} reload={async () => dataset} />);
    await user.click(screen.getByRole("button", { name: "Refresh all tables" }));
    expect(await screen.findByText("Left as it was")).toBeInTheDocument();
    expect(screen.getByText(/Sources: 1 cell you edited was kept\./)).toBeInTheDocument();
    expect(screen.queryByText(/could not be read/)).not.toBeInTheDocument();
    expect(screen.queryByText(/Insert those tables again/)).not.toBeInTheDocument();
  });

  it("does not call a workbook whose only tag is damaged empty", async () => {
    const user = userEvent.setup();
    const { dataset } = fixture();
    const damaged: RefreshSummary = {
      ...summary(dataset),
      tables: [],
      problems: ["The tag of table 7 is not valid JSON: Unexpected end of JSON input."],
      totals: {
        tables: 0,
        updated: 0,
        rowsAdded: 0,
        rowsRemoved: 0,
        valuesChanged: 0,
        conflicts: 0,
      },
    };
    const actions = fakeActions("excel", { refreshAll: async () => damaged });
    renderView(<RefreshView actions={actions} reload={async () => dataset} />);
    await user.click(screen.getByRole("button", { name: "Refresh all tables" }));
    expect(await screen.findByText(/not valid JSON/)).toBeInTheDocument();
    expect(screen.queryByText(/no Policy Tables tables yet/)).not.toBeInTheDocument();
  });

  it("starts by itself when the ribbon asked for a refresh", async () => {
    const { dataset } = fixture();
    const actions = fakeActions("excel", { refreshAll: async () => summary(dataset) });
    const started = jest.fn();
    renderView(
      <RefreshView
        actions={actions}
        reload={async () => dataset}
        request="refresh"
        onStarted={started}
      />,
    );
    expect(await screen.findByText("1 of 2 tables updated")).toBeInTheDocument();
    expect(started).toHaveBeenCalled();
    expect(actions.calls.refreshAll).toHaveLength(1);
  });

  it("only reloads the dataset in the browser preview", async () => {
    const user = userEvent.setup();
    const { dataset } = fixture();
    const actions = fakeActions("preview");
    renderView(<RefreshView actions={actions} reload={async () => dataset} />);
    await user.click(screen.getByRole("button", { name: "Reload dataset" }));
    expect(await screen.findByText("Loaded dataset 1.0.0.")).toBeInTheDocument();
    expect(actions.calls.refreshAll).toEqual([]);
  });

  it("writes nothing while a dataset changed under the same version waits for confirmation", async () => {
    const user = userEvent.setup();
    const { dataset } = fixture();
    const actions = fakeActions("excel", {
      readTableVersions: async () => [
        { tableName: "PT_Seizures", version: dataset.version, contentHash: "f".repeat(64) },
      ],
      refreshAll: async () => summary(dataset),
    });
    renderView(<RefreshView actions={actions} reload={async () => dataset} />);
    await user.click(screen.getByRole("button", { name: "Refresh all tables" }));
    expect(
      await screen.findByText(
        /has different content .* from the 1\.0\.0 that PT_Seizures was written with/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/Nothing has been written yet\./)).toBeInTheDocument();
    expect(actions.calls.refreshAll).toEqual([]);
    await user.click(screen.getByRole("button", { name: "Write dataset 1.0.0 anyway" }));
    expect(await screen.findByText("1 of 2 tables updated")).toBeInTheDocument();
    expect(actions.calls.refreshAll).toHaveLength(1);
  });

  it("flags a dataset older than the tables and writes nothing when cancelled", async () => {
    const user = userEvent.setup();
    const { dataset } = fixture();
    const actions = fakeActions("excel", {
      readTableVersions: async () => [
        { tableName: "PT_Timeline", version: "1.2.0", contentHash: "f".repeat(64) },
      ],
    });
    renderView(<RefreshView actions={actions} reload={async () => dataset} />);
    await user.click(screen.getByRole("button", { name: "Refresh all tables" }));
    expect(
      await screen.findByText(
        /Dataset 1\.0\.0 is older than 1\.2\.0, the version PT_Timeline was written with/,
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(
      screen.getByText(
        /Refresh cancelled: dataset 1\.0\.0 was not used, and no table or formula changed\./,
      ),
    ).toBeInTheDocument();
    expect(actions.calls.refreshAll).toEqual([]);
  });

  it.each([
    ["Write dataset 1.0.0 anyway", "button"],
    ["Cancel", "button"],
    ["Cancel", "Escape"],
  ])(
    "puts the focus on the confirmation's Cancel and, answered with %s (%s), back on Refresh",
    async (answer, how) => {
      const user = userEvent.setup();
      const { dataset } = fixture();
      const actions = fakeActions("excel", {
        readTableVersions: async () => [
          { tableName: "PT_Timeline", version: "1.2.0", contentHash: "f".repeat(64) },
        ],
        refreshAll: async () => summary(dataset),
      });
      renderView(<RefreshView actions={actions} reload={async () => dataset} />);
      const refresh = screen.getByRole("button", { name: "Refresh all tables" });
      await user.click(refresh);
      await screen.findByText(/Nothing has been written yet\./);
      expect(screen.getByRole("button", { name: "Cancel" })).toHaveFocus();
      if (how === "Escape") await user.keyboard("{Escape}");
      else await user.click(screen.getByRole("button", { name: answer }));
      await screen.findByText(answer === "Cancel" ? /Refresh cancelled/ : "1 of 2 tables updated");
      await waitFor(() => expect(refresh).toHaveFocus());
      expect(actions.calls.refreshAll).toHaveLength(answer === "Cancel" ? 0 : 1);
    },
  );

  it("stops at the same confirmation when the ribbon started the refresh", async () => {
    const { dataset } = fixture();
    const actions = fakeActions("excel", {
      readTableVersions: async () => [
        { tableName: "PT_Timeline", version: "2.0.0", contentHash: "f".repeat(64) },
      ],
    });
    renderView(<RefreshView actions={actions} reload={async () => dataset} request="refresh" />);
    expect(await screen.findByText(/is older than 2\.0\.0/)).toBeInTheDocument();
    expect(actions.calls.refreshAll).toEqual([]);
  });

  it("names the host of a dataset that is not the shipped one", () => {
    const { dataset } = fixture();
    renderView(
      <RefreshView
        actions={fakeActions("excel")}
        reload={async () => dataset}
        datasetHost="data.example.org"
      />,
    );
    expect(screen.getByText("data.example.org")).toBeInTheDocument();
    expect(screen.getByText(/not the one shipped with the add-in/)).toBeInTheDocument();
  });

  it("installs a suspect dataset only after confirmation, through the loader's approval", async () => {
    const user = userEvent.setup();
    const { dataset } = fixture();
    const installed: Dataset[] = [];
    const reload = async (approve?: DatasetApproval) => {
      if (approve && !(await approve(dataset))) throw new DatasetDeclined(dataset);
      installed.push(dataset);
      return dataset;
    };
    const actions = fakeActions("excel", {
      readTableVersions: async () => [
        { tableName: "PT_Seizures", version: "3.0.0", contentHash: "f".repeat(64) },
      ],
      refreshAll: async () => summary(dataset),
    });
    renderView(<RefreshView actions={actions} reload={reload} />);
    await user.click(screen.getByRole("button", { name: "Refresh all tables" }));
    expect(await screen.findByText(/is older than 3\.0\.0/)).toBeInTheDocument();
    expect(installed).toEqual([]);
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(await screen.findByText(/Refresh cancelled/)).toBeInTheDocument();
    expect(installed).toEqual([]);
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Refresh all tables" }));
    await user.click(await screen.findByRole("button", { name: "Write dataset 1.0.0 anyway" }));
    expect(await screen.findByText("1 of 2 tables updated")).toBeInTheDocument();
    expect(installed).toEqual([dataset]);
    expect(actions.calls.refreshAll).toHaveLength(1);
  });
});
