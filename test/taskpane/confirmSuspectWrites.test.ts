import {
  askThrough,
  type Approval,
  confirmSuspectWrites,
} from "../../src/taskpane/confirmSuspectWrites";
import { workbook } from "../excel/harness";
import { fixtureDataset } from "../fixtures/fixtureDataset";
import { fakeActions } from "./fakeActions";

/** A dataset whose figures changed while its version label stayed the same. */
const relabelled = () =>
  fixtureDataset((d) => {
    d.figures[0].value += 1;
  });
const older = () =>
  fixtureDataset((d) => {
    d.version = "0.9.0";
  });

/** The Excel fake with one table written from the fixture dataset 1.0.0. */
async function workbookWithTable() {
  const { fake, actions: excel } = workbook();
  await excel.insertTable(fixtureDataset(), "sanctions", {}, "newSheet");
  // Downloading is not an Excel action; the pane adds it (index.tsx) and it writes no cell.
  const actions = { ...excel, downloadWorkbook: async () => "unused.xlsx" };
  return { fake, actions };
}

const tableNames = (fake: ReturnType<typeof workbook>["fake"]) => fake.tables.map((t) => t.name);

/** Everything an insert could change: cells, tables, names, comments, custom XML parts. */
const snapshot = (fake: ReturnType<typeof workbook>["fake"]) =>
  JSON.stringify([
    fake.sheets.map((s) => [s.name, [...s.cells.entries()]]),
    tableNames(fake),
    fake.names.map((n) => n.name),
    fake.comments.length,
    fake.parts.map((p) => p.xml),
  ]);

describe("confirmSuspectWrites", () => {
  it.each([
    ["a changed hash under the same version", relabelled, /figures changed without a new version/],
    ["an older version", older, /is older than 1\.0\.0/],
  ])(
    "asks before inserting a table from %s, and writes nothing when declined",
    async (_c, make, why) => {
      const { fake, actions } = await workbookWithTable();
      const before = snapshot(fake);
      const asked: string[][] = [];
      const guarded = confirmSuspectWrites(actions, async (_d, warnings) => {
        asked.push(warnings);
        return false;
      });
      const error = await guarded.insertTable(make(), "seizures", {}, "newSheet").catch((e) => e);
      expect(error.message).toMatch(/^Nothing was inserted: /);
      expect(error.message).toMatch(why);
      expect(asked).toHaveLength(1);
      expect(asked[0][0]).toMatch(why);
      expect(snapshot(fake)).toBe(before);
    },
  );

  it("asks before inserting a figure, writes it once confirmed, and does not ask again", async () => {
    const { fake, actions } = await workbookWithTable();
    let asks = 0;
    const guarded = confirmSuspectWrites(actions, async () => (++asks, true));
    const dataset = relabelled();
    await guarded.insertFigure(dataset, "treasury-strike-force-launch", "value");
    await guarded.insertTable(dataset, "seizures", {}, "newSheet");
    expect(asks).toBe(1);
    expect(tableNames(fake)).toContain("PT_Seizures");
  });

  it("refuses a figure insert when declined, leaving the selected cell as it was", async () => {
    const { fake, actions } = await workbookWithTable();
    const before = snapshot(fake);
    const guarded = confirmSuspectWrites(actions, async () => false);
    await expect(
      guarded.insertFigure(older(), "treasury-strike-force-launch", "value"),
    ).rejects.toThrow(/^Nothing was inserted: Dataset 0\.9\.0 is older than 1\.0\.0/);
    expect(snapshot(fake)).toBe(before);
  });

  it("does not ask when the dataset is the one the tables were written with, or a newer one", async () => {
    const { actions } = await workbookWithTable();
    const guarded = confirmSuspectWrites(actions, async () => {
      throw new Error("should not ask");
    });
    await guarded.insertTable(fixtureDataset(), "seizures", {}, "newSheet");
    const newer = fixtureDataset((d) => {
      d.version = "1.1.0";
      d.figures[0].value += 1;
    });
    await guarded.insertFigure(newer, "treasury-strike-force-launch", "value");
  });

  it("leaves the browser preview's actions as they are", () => {
    const preview = fakeActions("preview");
    expect(confirmSuspectWrites(preview, async () => false)).toBe(preview);
  });

  it("leaves an Excel too old for tags to the insert, which says what it needs", async () => {
    // Below ExcelApi 1.5 no tag can be read, and no insert (1.7) can run either.
    const { fake, actions } = workbook("1.4");
    const excel = { ...actions, downloadWorkbook: async () => "unused.xlsx" };
    const guarded = confirmSuspectWrites(excel, async () => {
      throw new Error("should not ask");
    });
    await expect(guarded.insertTable(fixtureDataset(), "seizures", {}, "newSheet")).rejects.toThrow(
      /^Inserting a table needs Excel JavaScript API 1\.7/,
    );
    expect(fake.tables).toHaveLength(0);
  });
});

describe("askThrough", () => {
  it("shows the question until answered, and a newer question answers the older one with no", async () => {
    let shown: Approval | null = null;
    const ask = askThrough((next) => {
      shown = typeof next === "function" ? next(shown) : next;
    });
    const first = ask(fixtureDataset(), ["first"]);
    expect(shown!.warnings).toEqual(["first"]);
    const second = ask(fixtureDataset(), ["second"]);
    await expect(first).resolves.toBe(false);
    expect(shown!.warnings).toEqual(["second"]);
    shown!.answer(true);
    await expect(second).resolves.toBe(true);
    expect(shown).toBeNull();
  });
});
