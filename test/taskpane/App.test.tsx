/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { PolicyError } from "../../src/core/errors";
import { fixtureDataset } from "../fixtures/fixtureDataset";
import { fakeActions } from "./fakeActions";
import { loaderFor, renderApp } from "./renderApp";

describe("App", () => {
  it("loads the dataset and shows its version and the catalog", async () => {
    renderApp(fakeActions("preview"));
    expect(await screen.findByText("Dataset 1.0.0")).toBeInTheDocument();
    expect(screen.getByText("Browser preview")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Sanctions" })).toBeInTheDocument();
  });

  // Arrow keys between tabs come from Tabster, which needs layout: the e2e test covers them.
  it("lists the views as labelled tabs that the keyboard activates", async () => {
    const user = userEvent.setup();
    renderApp(fakeActions("preview"));
    await screen.findByText("Dataset 1.0.0");
    const tabs = screen.getByRole("tablist", { name: "Policy Tables views" });
    const names = within(tabs)
      .getAllByRole("tab")
      .map((t) => t.getAttribute("aria-controls"));
    expect(names).toEqual([
      "panel-catalog",
      "panel-search",
      "panel-trace",
      "panel-refresh",
      "panel-conflicts",
      "panel-about",
    ]);
    for (const label of ["Catalog", "Search", "Trace", "Refresh", "Conflicts", "About"])
      expect(within(tabs).getByRole("tab", { name: label })).toBeInTheDocument();
    screen.getByRole("tab", { name: "Search" }).focus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("tab", { name: "Search" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel")).toHaveAttribute("aria-labelledby", "tab-search");
    expect(
      await screen.findByRole("searchbox", { name: "Search figures and events" }),
    ).toBeInTheDocument();
  });

  it("says what to do when the dataset cannot be fetched, and retries", async () => {
    const user = userEvent.setup();
    const dataset = fixtureDataset();
    let fail = true;
    const loads: string[] = [];
    const load = async (url: string) => {
      loads.push(url);
      if (fail)
        throw new PolicyError("fetch_failed", `Could not fetch the dataset from ${url}: 503.`);
      return dataset;
    };
    renderApp(fakeActions("preview"), { loadDataset: load });
    // The message shows at once; the title and next step come with the message bar's chunk.
    await screen.findByText("The dataset could not be fetched", {}, { timeout: 10_000 });
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("Could not fetch the dataset from data/dataset.json: 503.");
    expect(alert).toHaveTextContent("Check your connection and the dataset URL under About");
    fail = false;
    await user.click(within(alert).getByRole("button", { name: "Retry" }));
    // The Catalog loads on demand after the retry; on a busy machine that outlasts findBy's 1 s.
    expect(await screen.findByText("Dataset 1.0.0", {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(loads).toEqual(["data/dataset.json", "data/dataset.json"]);
  });

  it("reports an invalid dataset and that nothing was changed", async () => {
    const invalid = new PolicyError(
      "invalid_dataset",
      "The dataset is invalid (1 problem); nothing was changed.\n- contentHash: is 00 but the content hashes to ab",
    );
    const { load } = loaderFor({ "data/dataset.json": invalid });
    renderApp(fakeActions("preview"), { loadDataset: load });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The dataset is invalid");
    expect(alert).toHaveTextContent("contentHash: is 00");
    expect(alert).toHaveTextContent("Use the shipped dataset");
  });

  it("shows a host problem such as an Excel without the needed API", async () => {
    renderApp(fakeActions("excel"), {
      hostProblem: new PolicyError(
        "not_supported",
        "This Excel does not support ExcelApi 1.7, which Policy Tables needs to write tables.",
      ),
    });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("This Excel cannot do that");
    expect(alert).toHaveTextContent("ExcelApi 1.7");
    expect(alert).toHaveTextContent("Update Office, or use Excel on the web");
  });

  it("uses the dark theme when the host asks for it", async () => {
    const { container } = renderApp(fakeActions("preview"), {
      themeSource: { isDark: () => true, subscribe: () => () => undefined },
    });
    await screen.findByText("Dataset 1.0.0");
    const provider = container.querySelector(".fui-FluentProvider") as HTMLElement;
    // webDarkTheme's neutral background is #292929; the light one is #ffffff.
    const css = [...document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
      .join("\n");
    expect(provider.className).toMatch(/fui-FluentProvider\w+/);
    const rule = css
      .split("\n")
      .find((r) =>
        r.includes(
          provider.className
            .split(" ")
            .find((c) => c.startsWith("fui-FluentProvider") && c !== "fui-FluentProvider") ??
            "none",
        ),
      );
    expect(rule).toContain("--colorNeutralBackground1: #292929");
  });
});
