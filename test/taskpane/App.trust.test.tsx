/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { CommandEvent } from "../../src/commands/commandEvents";
import { fixtureDataset } from "../fixtures/fixtureDataset";
import { fakeActions } from "./fakeActions";
import { loaderFor, memorySettings, renderApp } from "./renderApp";

const FOREIGN = "https://data.example.org/policy.json";

function withWorkbookUrl(url: string, mode: "excel" | "preview" = "excel") {
  const shipped = fixtureDataset();
  const foreign = fixtureDataset((d) => (d.version = "1.1.0"));
  const { load, loads } = loaderFor({ "data/dataset.json": shipped, [FOREIGN]: foreign });
  const settings = memorySettings({ datasetUrl: url });
  let emit: (event: CommandEvent) => void = () => undefined;
  const actions = fakeActions(mode);
  renderApp(actions, {
    loadDataset: load,
    settings,
    onCommandEvent: (listener) => {
      emit = listener;
      return () => undefined;
    },
  });
  return { loads, settings, actions, emit: (e: CommandEvent) => act(() => emit(e)) };
}

describe("App: a dataset URL that came with the workbook", () => {
  it("is not fetched until the person confirms it, seeing its host", async () => {
    const user = userEvent.setup();
    const { loads } = withWorkbookUrl(FOREIGN);
    const bar = await screen.findByRole("alert");
    expect(bar).toHaveTextContent("This workbook names another dataset");
    expect(bar).toHaveTextContent(`It asks to load its figures from data.example.org (${FOREIGN})`);
    expect(screen.queryByRole("heading", { name: "Sanctions" })).not.toBeInTheDocument();
    expect(loads).not.toContain(FOREIGN);

    await user.click(within(bar).getByRole("button", { name: "Use data.example.org" }));
    expect(await screen.findByText("Dataset 1.1.0")).toBeInTheDocument();
    expect(screen.getByText("from data.example.org")).toBeInTheDocument();
    expect(loads).toContain(FOREIGN);
    expect(screen.getByRole("heading", { name: "Sanctions" })).toBeInTheDocument();
  });

  it("can be declined, which forgets it and keeps the shipped dataset", async () => {
    const user = userEvent.setup();
    const { loads, settings } = withWorkbookUrl(FOREIGN);
    const bar = await screen.findByRole("alert");
    await user.click(within(bar).getByRole("button", { name: "Use the shipped dataset" }));
    expect(await screen.findByRole("heading", { name: "Sanctions" })).toBeInTheDocument();
    expect(settings.values.datasetUrl).toBeUndefined();
    expect(screen.queryByText(/^from /)).not.toBeInTheDocument();
    expect(loads).not.toContain(FOREIGN);
  });

  it("is refused outright when it is not https, with no way to use it", async () => {
    const { loads } = withWorkbookUrl("file:///C:/Users/me/figures.json");
    const bar = await screen.findByRole("alert");
    expect(bar).toHaveTextContent(
      'Its dataset URL is refused: The dataset URL "file:///C:/Users/me/figures.json" is not accepted: expected an https: address',
    );
    expect(
      within(bar)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["Use the shipped dataset"]);
    expect(loads).toEqual(["data/dataset.json"]);
  });

  it("makes the ribbon's Refresh refuse until it is confirmed", async () => {
    const { actions, emit } = withWorkbookUrl(FOREIGN);
    await screen.findByRole("alert");
    emit({ type: "refresh-requested" });
    // Checked where found: the bar's plain fallback gives way to the message bar once its chunk
    // arrives, which the dataset loading for the Refresh view can delay past the first find.
    await waitFor(() =>
      expect(
        screen.getByText(
          /Refresh tables: nothing was refreshed\. This workbook names a dataset you have not confirmed yet/,
        ),
      ).toBeInTheDocument(),
    );
    expect(actions.calls.refreshAll).toEqual([]);
    expect(actions.calls.readTableVersions).toEqual([]);
  });
});

describe("App: the About view's dataset URL", () => {
  it("accepts only https addresses or the shipped path, saying so", async () => {
    const user = userEvent.setup();
    const settings = memorySettings();
    renderApp(fakeActions("preview"), { settings });
    await screen.findByText("Dataset 1.0.0");
    await user.click(screen.getByRole("tab", { name: "About" }));
    const input = await screen.findByRole("textbox", { name: /Load the dataset from/ });
    await user.clear(input);
    await user.type(input, "http://data.example.org/d.json{Enter}");
    expect(await screen.findByRole("alert")).toHaveTextContent(
      'The dataset URL "http://data.example.org/d.json" is not accepted: expected an https: address',
    );
    expect(settings.values.datasetUrl).toBeUndefined();
    await user.clear(input);
    await user.type(input, `${FOREIGN}{Enter}`);
    expect(await screen.findByText("from data.example.org")).toBeInTheDocument();
    expect(settings.values.datasetUrl).toBe(FOREIGN);
  });
});

describe("App: inserting from a dataset the workbook's tables disagree with", () => {
  async function insertSeizures(answer: "Insert anyway" | "Cancel" | "Escape") {
    const user = userEvent.setup();
    const inserted = {
      tableName: "PT_Seizures",
      sheetName: "Seizures",
      address: "Seizures!A1:C3",
      rows: 2,
      columns: 3,
      warnings: [],
    } as never;
    const actions = fakeActions("excel", {
      readTableVersions: async () => [
        { tableName: "PT_Sanctions", version: "2.0.0", contentHash: "f".repeat(64) },
      ],
      insertTable: async () => inserted,
    });
    renderApp(actions);
    const open = await screen.findByRole("button", { name: "Preview Seizures" });
    open.focus();
    await user.keyboard("{Enter}");
    await screen.findByRole("heading", { name: "Seizures" });
    await user.click(screen.getByRole("button", { name: "Insert at selected cell" }));
    const bar = await screen.findByRole("alert");
    expect(bar).toHaveTextContent("Insert from this dataset?");
    expect(bar).toHaveTextContent(
      "Dataset 1.0.0 is older than 2.0.0, the version PT_Sanctions was written with",
    );
    expect(actions.calls.insertTable).toEqual([]);
    expect(within(bar).getByRole("button", { name: "Cancel" })).toHaveFocus();
    if (answer === "Escape") await user.keyboard("{Escape}");
    else await user.click(within(bar).getByRole("button", { name: answer }));
    return actions;
  }

  it.each(["Insert anyway", "Cancel", "Escape"] as const)(
    "gives the focus back to the insert button once answered with %s",
    async (answer) => {
      await insertSeizures(answer);
      const insert = screen.getByRole("button", { name: "Insert at selected cell" });
      // After the insert settles and re-enables the button: generous on a busy machine.
      await waitFor(() => expect(insert).toHaveFocus(), { timeout: 10_000 });
      expect(screen.queryByText("Insert from this dataset?")).not.toBeInTheDocument();
    },
  );

  it("writes nothing until the person confirms, then inserts", async () => {
    const actions = await insertSeizures("Insert anyway");
    await screen.findByText(/Inserted 2 rows as table PT_Seizures/);
    expect(actions.calls.insertTable).toHaveLength(1);
  });

  it("writes nothing when the person cancels, and says why", async () => {
    const actions = await insertSeizures("Cancel");
    expect(
      await screen.findByText(/Nothing was inserted: Dataset 1\.0\.0 is older/),
    ).toBeInTheDocument();
    expect(actions.calls.insertTable).toEqual([]);
  });
});
