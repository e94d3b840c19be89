import fc from "fast-check";
import { parseDataset } from "../../src/core/dataset/parseDataset";
import { PolicyError } from "../../src/core/errors";
import { createExcelWorkbookActions } from "../../src/excel/excelWorkbookActions";
import { fetchDatasetLoader } from "../../src/taskpane/fetchDataset";
import { FakeExcel } from "../fakes/excel";
import { fixtureDataset } from "../fixtures/fixtureDataset";
import { mutation } from "./datasetMutations";
import { fcOptions } from "./fcOptions";

/** Everything a workbook holds, to prove that nothing at all was written. */
function snapshot(fake: FakeExcel): string {
  return JSON.stringify({
    sheets: fake.sheets.map((s) => ({ name: s.name, cells: [...s.cells], notes: [...s.notes] })),
    tables: fake.tables.map((t) => ({ name: t.name, rect: t.rect })),
    parts: fake.parts,
    names: fake.names.map((n) => n.name),
  });
}

// A real Response, so the loader reads headers and body as it does from a server. Non-finite
// numbers are sent as the bare tokens a broken server would write (JSON has no NaN).
const asServerText = (body: unknown) =>
  JSON.stringify(body, (_, v: unknown) =>
    typeof v === "number" && !Number.isFinite(v) ? `__nonfinite:${v}__` : v,
  ).replace(/"__nonfinite:(.*?)__"/g, "$1");
const respond = (body: unknown) =>
  (async () =>
    new Response(asServerText(body), {
      status: 200,
      headers: { "content-type": "application/json" },
    })) as unknown as typeof fetch;

describe("fuzzed datasets", () => {
  it("parseDataset rejects every damaged dataset with a message naming the record", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(mutation, (m) => {
        seen.add(m.kind);
        let error: unknown;
        try {
          parseDataset(m.dataset);
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(PolicyError);
        expect((error as PolicyError).code).toBe("invalid_dataset");
        const message = (error as PolicyError).message;
        expect(message).toMatch(/^The dataset is invalid \(\d+ problems?\); nothing was changed\./);
        for (const name of m.names) {
          if (!message.includes(name))
            throw new Error(`${m.kind}: the message does not name ${name}:\n${message}`);
        }
      }),
      fcOptions(),
    );
    expect(seen.size).toBe(8);
  });

  it("refresh and insert given a damaged dataset write nothing to the workbook", async () => {
    const fake = new FakeExcel();
    const actions = createExcelWorkbookActions(fake.run as never, fake.requirements);
    const valid = fixtureDataset();
    for (const t of valid.tables) await actions.insertTable(valid, t.id, {}, "newSheet");
    const before = snapshot(fake);
    const stats = { syncs: fake.stats.syncs, writeOps: fake.stats.writeOps };
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        await expect(actions.refreshAll(m.dataset)).rejects.toThrow(/The dataset is invalid/);
        await expect(actions.refreshAll(async () => m.dataset)).rejects.toThrow(
          /The dataset is invalid/,
        );
        // The task pane's path to an insert: fetch and validate, then insert.
        const load = fetchDatasetLoader(respond(m.dataset));
        await expect(
          load("data/dataset.json", "refresh").then((d) =>
            actions.insertTable(d, "sanctions", {}, "newSheet"),
          ),
        ).rejects.toThrow(/The dataset is invalid|is not JSON, so it is not a dataset/);
        expect(fake.stats.writeOps).toBe(stats.writeOps);
        expect(fake.stats.syncs).toBe(stats.syncs);
      }),
      fcOptions(),
    );
    expect(snapshot(fake)).toBe(before);
  });
});
