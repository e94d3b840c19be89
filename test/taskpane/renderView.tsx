import "./polyfills";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import type { Dataset } from "../../src/core/dataset/schema";
import { buildIndex } from "../../src/core/lookup/buildIndex";
import { fixtureDataset } from "../fixtures/fixtureDataset";

/** Renders a view inside the Fluent provider, as App does. */
export function renderView(view: ReactElement) {
  return render(<FluentProvider theme={webLightTheme}>{view}</FluentProvider>);
}

export function fixture(edit?: (d: Dataset) => void) {
  const dataset = fixtureDataset(edit);
  return { dataset, index: buildIndex(dataset) };
}
