import "./polyfills";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { describeTable } from "../../src/core/dataset/pieces/describeTable";
import type { Dataset } from "../../src/core/dataset/schema";
import type { CatalogListing } from "../../src/taskpane/loadCatalog";
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

/** The catalog the build publishes for `dataset`, as loadCatalog reads it. */
export function catalogListing(dataset: Dataset): CatalogListing {
  return {
    version: dataset.version,
    contentHash: dataset.contentHash,
    tables: dataset.tables.map((t) => describeTable(dataset, t)),
  };
}

/** CatalogView's tables and data for a dataset already loaded, as App passes them. */
export function loadedCatalog(dataset: Dataset) {
  return {
    tables: dataset.tables.map((t) => describeTable(dataset, t)),
    data: { dataset, complete: true, failed: false, want: () => {} },
  };
}
