import { join } from "node:path";
import type { Page } from "playwright-core";
import type { Dataset } from "../../src/core/dataset/schema";
import {
  newerDataset,
  routeData,
  routeFakeExcel,
  type PublishedData,
} from "./fakeHost/fakeExcelHost";
import { openView } from "./tabBar";
import { servePane, type ServedPane } from "./walkThrough";

/*
 * Issue 15, walked through in the production build in the fake Excel host, with the
 * browser's own request log: opening the pane fetches the catalog once (its list and the
 * runtime's pieces share it), and the Refresh view updates an inserted table from the
 * published pieces (the catalog anew, then the table's piece), never fetching dataset.json.
 */
const DIST = join(__dirname, "../../dist");

jest.setTimeout(120_000);

describe("Refresh from the published pieces (dist/, fake Excel host, network log)", () => {
  let pane: ServedPane;
  let page: Page;
  let dataset: Dataset;
  let data: PublishedData | undefined;
  const requests: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    pane = await servePane(DIST, pageErrors, async (p) => {
      p.on("request", (r) => requests.push(new URL(r.url()).pathname));
      await routeFakeExcel(p);
      data = await routeData(p);
    });
    ({ page, dataset } = pane);
  });

  afterAll(async () => {
    await pane?.close();
  });

  const fetched = (path: string) => requests.filter((p) => p === path).length;

  it("fetches the catalog once on open, then refreshes an inserted table from the pieces alone", async () => {
    const table = dataset.tables.find((t) => t.id === "sanctions")!;
    await page.getByRole("button", { name: `Preview ${table.title}`, exact: true }).click();
    await page.getByRole("button", { name: "Insert on new sheet" }).click();
    await page.getByText(new RegExp(`Inserted ${table.rows.length} rows as table PT_`)).waitFor();
    expect(fetched("/data/catalog.json")).toBe(1);

    const changedId = table.rows[table.rows.length - 1];
    const newer = newerDataset(dataset, (d) => {
      const changed = d.figures.find((f) => f.id === changedId)!;
      changed.value = (changed.value as number) + 1;
    });
    data!.publish(newer.dir);
    const tablePieces = requests.filter((p) => p.startsWith("/data/pieces/tables/")).length;
    await openView(page, "Refresh");
    await page.getByRole("button", { name: "Refresh all tables" }).click();
    await page.getByText("1 of 1 table updated").waitFor();
    await page.getByText(`Dataset ${newer.dataset.version}`, { exact: true }).waitFor();
    expect(fetched("/data/catalog.json")).toBe(2);
    expect(requests.filter((p) => p.startsWith("/data/pieces/tables/")).length).toBe(
      tablePieces + 1,
    );
    expect(fetched("/data/dataset.json")).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
