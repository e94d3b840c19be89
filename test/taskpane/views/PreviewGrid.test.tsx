/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { syntheticDataset } from "../../../src/cli/bench/syntheticDataset";
import { parseDataset } from "../../../src/core/dataset/parseDataset";
import { CatalogView } from "../../../src/taskpane/views/CatalogView";
import { keyColumnIndex, VIRTUALIZE_FROM } from "../../../src/taskpane/views/previewColumns";
import { fakeActions } from "../fakeActions";
import { fixture, loadedCatalog, renderView } from "../renderView";

describe("keyColumnIndex", () => {
  it("keeps a figure's value beside the first column", () => {
    expect(keyColumnIndex([{ key: "metric" }, { key: "unit" }, { key: "value" }])).toBe(2);
  });
  it("keeps an event's date when there is no value", () => {
    expect(keyColumnIndex([{ key: "title" }, { key: "date" }])).toBe(1);
  });
  it("keeps what a row names beside a leading date or value, so a timeline keeps its titles", () => {
    expect(keyColumnIndex([{ key: "date" }, { key: "precision" }, { key: "title" }])).toBe(2);
    expect(keyColumnIndex([{ key: "value" }, { key: "metric" }])).toBe(1);
  });
  it("has none when the table has neither, or nothing names a row led by its value", () => {
    expect(keyColumnIndex([{ key: "value" }, { key: "unit" }])).toBe(-1);
    expect(keyColumnIndex([{ key: "title" }, { key: "publisher" }])).toBe(-1);
  });
});

describe("the table preview", () => {
  // jsdom has no layout: the preview's scrolling box gets the size it has in a 600 px high pane.
  const box = (size: number) =>
    function (this: HTMLElement) {
      return this.getAttribute("role") === "region" ? size : 0;
    };
  beforeAll(() => {
    jest.spyOn(HTMLElement.prototype, "clientHeight", "get").mockImplementation(box(600));
    jest.spyOn(HTMLElement.prototype, "clientWidth", "get").mockImplementation(box(320));
  });
  afterAll(() => jest.restoreAllMocks());

  it("draws only the rows in view of a table of thousands, and says how many there are", async () => {
    const dataset = parseDataset(syntheticDataset({ tables: 1, rows: 5000 }));
    const title = dataset.tables[0].title;
    renderView(<CatalogView {...loadedCatalog(dataset)} actions={fakeActions("excel")} />);
    await userEvent.setup().click(screen.getByRole("button", { name: `Preview ${title}` }));
    const grid = await screen.findByRole("table", { name: title });
    const firstRow = await within(grid).findByText(dataset.figures[0].source.quote);
    expect(firstRow).toBeInTheDocument();
    expect(grid).toHaveAttribute("aria-rowcount", "5001");
    const drawn = within(grid).getAllByRole("row").length - 1;
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(100);
    expect(screen.getByText(/^5000 rows/)).toBeInTheDocument();
    // Scrolled far down, the rows there are drawn (every row is reachable), the top ones not.
    const region = screen.getByRole("region", { name: `Preview of ${title}` });
    // jsdom keeps no scroll position either; the box reports where it was scrolled to.
    Object.defineProperty(region, "scrollHeight", { configurable: true, get: () => 33 * 5001 });
    Object.defineProperty(region, "scrollTop", { configurable: true, get: () => 33 * 4000 });
    fireEvent.scroll(region);
    expect(await within(grid).findByText(dataset.figures[4000].source.quote)).toBeInTheDocument();
    expect(within(grid).queryByText(dataset.figures[0].source.quote)).toBeNull();
    expect(within(grid).getAllByRole("row").length).toBeLessThan(100);
  });

  it("draws every row of a table up to the virtualising threshold", async () => {
    const dataset = parseDataset(syntheticDataset({ tables: 1, rows: VIRTUALIZE_FROM }));
    const title = dataset.tables[0].title;
    renderView(<CatalogView {...loadedCatalog(dataset)} actions={fakeActions("excel")} />);
    await userEvent.setup().click(screen.getByRole("button", { name: `Preview ${title}` }));
    const grid = await screen.findByRole("table", { name: title });
    expect(within(grid).getAllByRole("row")).toHaveLength(VIRTUALIZE_FROM + 1);
  });

  it("opens with its heading focused, and All tables gives the focus back to the card", async () => {
    const user = userEvent.setup();
    const { dataset } = fixture();
    renderView(<CatalogView {...loadedCatalog(dataset)} actions={fakeActions("excel")} />);
    await user.click(screen.getByRole("button", { name: "Preview Timeline" }));
    const heading = await screen.findByRole("heading", { name: "Timeline" });
    expect(heading).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "All tables" }));
    expect(screen.getByRole("button", { name: "Preview Timeline" })).toHaveFocus();
  });
});
