import "./polyfills";
import { render } from "@testing-library/react";
import type { Dataset } from "../../src/core/dataset/schema";
import { PolicyError } from "../../src/core/errors";
import { App, type AppProps } from "../../src/taskpane/App";
import type { SettingsStore } from "../../src/taskpane/settingsStore";
import type { ThemeSource } from "../../src/taskpane/themeSource";
import type { WorkbookActions } from "../../src/taskpane/workbook";
import { fixtureDataset } from "../fixtures/fixtureDataset";

export const lightTheme: ThemeSource = { isDark: () => false, subscribe: () => () => undefined };

export function memorySettings(initial: Record<string, string> = {}): SettingsStore & {
  values: Record<string, string>;
} {
  const values = { ...initial };
  return {
    values,
    get: (key) => values[key] ?? null,
    set: async (key, value) => {
      if (value === null) delete values[key];
      else values[key] = value;
    },
  };
}

/** A loader that serves datasets by URL; any other URL fails as a fetch would. */
export function loaderFor(byUrl: Record<string, Dataset | Error>) {
  const loads: string[] = [];
  const load = async (url: string) => {
    loads.push(url);
    const found = byUrl[url];
    if (found instanceof Error) throw found;
    if (!found)
      throw new PolicyError("fetch_failed", `Could not fetch the dataset from ${url}: 404.`);
    return found;
  };
  return { load, loads };
}

export function renderApp(actions: WorkbookActions, props: Partial<AppProps> = {}) {
  const dataset = fixtureDataset();
  const { load, loads } = loaderFor({ "data/dataset.json": dataset });
  const settings = memorySettings();
  const result = render(
    <App
      actions={actions}
      loadDataset={load}
      settings={settings}
      themeSource={lightTheme}
      defaultDatasetUrl="data/dataset.json"
      {...props}
    />,
  );
  return { ...result, dataset, loads, settings };
}
