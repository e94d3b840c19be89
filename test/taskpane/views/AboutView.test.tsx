/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { PolicyError } from "../../../src/core/errors";
import { AboutView } from "../../../src/taskpane/views/AboutView";
import { fixture, renderView } from "../renderView";

const ready = () => {
  const { dataset } = fixture();
  return {
    dataset,
    state: {
      status: "ready" as const,
      url: "data/dataset.json",
      dataset,
      loadedAt: new Date(Date.UTC(2026, 0, 5, 9, 30)),
    },
  };
};

describe("AboutView", () => {
  it("shows the dataset version, hash, dates and every source with its rights", () => {
    const { dataset, state } = ready();
    renderView(
      <AboutView
        state={state}
        datasetUrl="data/dataset.json"
        defaultDatasetUrl="data/dataset.json"
        onSaveUrl={async () => undefined}
      />,
    );
    expect(screen.getByText("1.0.0")).toBeInTheDocument();
    expect(screen.getByText(dataset.contentHash)).toBeInTheDocument();
    expect(screen.getByText(/2, dated 2023-12-04 – 2024-03-20/)).toBeInTheDocument();
    expect(screen.getByText("3 tables, 5 figures, 2 events, 1 conflicts")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "see the sources" })).toHaveAttribute(
      "href",
      "#about-sources",
    );
    const sources = within(screen.getByRole("region", { name: "Sources" })).getAllByRole(
      "listitem",
    );
    expect(sources).toHaveLength(2);
    expect(sources[0]).toHaveTextContent("Treasury launches strike force");
    expect(sources[0]).toHaveTextContent("No rights notice in the document");
    expect(sources[1]).toHaveTextContent("© 2024 Example. All rights reserved.");
    expect(within(sources[1]).getByRole("link", { name: "Testimony on fentanyl" })).toHaveAttribute(
      "href",
      "https://example.org/testimony",
    );
  });

  it("saves a new dataset URL and returns to the shipped one", async () => {
    const user = userEvent.setup();
    const { state } = ready();
    const saved: (string | null)[] = [];
    const { rerender } = renderView(
      <AboutView
        state={state}
        datasetUrl="data/dataset.json"
        defaultDatasetUrl="data/dataset.json"
        onSaveUrl={async (url) => {
          saved.push(url);
        }}
      />,
    );
    const input = screen.getByRole("textbox", { name: "Load the dataset from" });
    expect(screen.getByRole("button", { name: "Use shipped dataset" })).toBeDisabled();
    await user.clear(input);
    await user.type(input, "https://data.example.org/policy.json{Enter}");
    expect(saved).toEqual(["https://data.example.org/policy.json"]);
    rerender(
      <AboutView
        state={state}
        datasetUrl="https://data.example.org/policy.json"
        defaultDatasetUrl="data/dataset.json"
        onSaveUrl={async (url) => {
          saved.push(url);
        }}
      />,
    );
    await user.click(screen.getByRole("button", { name: "Use shipped dataset" }));
    expect(saved).toEqual(["https://data.example.org/policy.json", null]);
  });

  it("shows why the dataset did not load, so the URL can be fixed here", () => {
    renderView(
      <AboutView
        state={{
          status: "error",
          url: "https://bad.example/x.json",
          error: new PolicyError(
            "fetch_failed",
            "Could not fetch the dataset from https://bad.example/x.json: 404.",
          ),
        }}
        datasetUrl="https://bad.example/x.json"
        defaultDatasetUrl="data/dataset.json"
        onSaveUrl={async () => undefined}
      />,
    );
    expect(screen.getByRole("alert")).toHaveTextContent("https://bad.example/x.json: 404.");
    expect(screen.getByRole("button", { name: "Use shipped dataset" })).toBeEnabled();
  });

  it("shows a failure to save the setting", async () => {
    const user = userEvent.setup();
    const { state } = ready();
    renderView(
      <AboutView
        state={state}
        datasetUrl="data/dataset.json"
        defaultDatasetUrl="data/dataset.json"
        onSaveUrl={async () => {
          throw new Error("Could not save the setting datasetUrl: the document is read-only");
        }}
      />,
    );
    await user.type(screen.getByRole("textbox", { name: "Load the dataset from" }), "x");
    await user.click(screen.getByRole("button", { name: "Save and load" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("the document is read-only");
  });
});
