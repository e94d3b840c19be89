import { cellHash } from "../../../src/core/layout/cellHash";
import { decodeTags, readTagPiece, tagHash } from "../../../src/core/layout/tableTag";
import { FakeExcelError, TableProxy, type FakeExcel } from "../../fakes/excel";
import { fixtureDataset } from "../../fixtures/fixtureDataset";
import { workbook, type Dataset } from "../harness";

const CHOICE = { columns: ["id", "metric", "value", "unit"] };
/** One value changed, one record gone, two new: a refresh writes cells, deletes and adds rows. */
const reshape = fixtureDataset((d: Dataset) => {
  d.version = "1.1.0";
  d.figures[4].value = 17000000;
  d.tables[1].rows = [
    "dhs-currency-seized-fy2023",
    "treasury-sanctions-since-eo",
    "us-overdose-deaths-2022",
  ];
});

async function filteredSeizures() {
  const w = workbook();
  await w.actions.insertTable(fixtureDataset(), "seizures", CHOICE, "selection");
  w.fake.filterTable("PT_Seizures", 0, [String(w.fake.values("Sheet1!A2")[0][0])]);
  return w;
}

/** Every row the tag claims holds, cell by cell, what the tag says was written. */
function expectTagToMatchCells(fake: FakeExcel) {
  const tag = decodeTags(fake.parts.map((p) => readTagPiece(p.xml)!)).tags.find(
    (t) => t.kind !== "sources",
  )!;
  const table = fake.table(tag.excelTableId)!;
  const { rect } = table;
  const header = fake.values(`Sheet1!A${rect.row + 1}:D${rect.row + 1}`)[0].map(String);
  expect(tag.rowIds.length).toBeLessThanOrEqual(rect.lastRow - rect.row);
  tag.rowIds.forEach((_, k) => {
    tag.columns.forEach((c, j) => {
      const cell = fake.cell(
        `Sheet1!${String.fromCharCode(65 + header.indexOf(c.title))}${rect.row + 2 + k}`,
      );
      expect(cellHash(cell.formula ?? cell.value)).toBe(tagHash(tag, k, j));
    });
  });
  return tag;
}

describe("refresh when Excel fails part way", () => {
  afterEach(() => jest.restoreAllMocks());

  it("refuses a table whose filter clearFilters did not clear, and leaves it as it is", async () => {
    const { fake, actions } = await filteredSeizures();
    const before = fake.values("Sheet1!A1:D3");
    const filters = new Map(fake.table("PT_Seizures")!.filters);
    fake.clearFiltersIgnored = true;
    const summary = await actions.refreshAll(reshape);
    expect(summary.tables[0]).toMatchObject({
      status: "refused",
      message: expect.stringMatching(
        /^Excel did not clear the filter of PT_Seizures, so its rows could not be added or removed/,
      ),
    });
    expect(fake.values("Sheet1!A1:D3")).toEqual(before);
    expect(fake.table("PT_Seizures")!.filters).toEqual(filters);
    expectTagToMatchCells(fake);
  });

  it("when resize is refused after values were written: sets the filter again, records what was kept, and the next refresh finishes", async () => {
    const { fake, actions } = await filteredSeizures();
    const filters = new Map(fake.table("PT_Seizures")!.filters);
    const resize = jest.spyOn(TableProxy.prototype, "resize").mockImplementation(function (
      this: TableProxy,
    ) {
      (this as unknown as { write: (a: unknown, run: () => void) => void }).write(null, () => {
        throw new FakeExcelError("InvalidArgument", "The argument is invalid.");
      });
    });
    const summary = await actions.refreshAll(reshape);
    expect(resize).toHaveBeenCalled();
    expect(summary.tables[0]).toMatchObject({
      status: "failed",
      message: expect.stringMatching(
        /^Excel refused a change part way \(The argument is invalid\.\): the changes it made are kept and recorded.*Its filter was lifted to add and remove rows, then set again\.$/,
      ),
    });
    expect(fake.table("PT_Seizures")!.filters).toEqual(filters);
    // The value written before the failure is recorded as the add-in's, not taken for a user's.
    expect(fake.cell("Sheet1!C2").value).toBe(17000000);
    expectTagToMatchCells(fake);

    resize.mockRestore();
    const again = await actions.refreshAll(reshape);
    expect(again.tables[0]).toMatchObject({ status: "updated", conflicts: [] });
    const clean = workbook();
    await clean.actions.insertTable(fixtureDataset(), "seizures", CHOICE, "selection");
    await clean.actions.refreshAll(reshape);
    expect(fake.values("Sheet1!A1:D4")).toEqual(clean.fake.values("Sheet1!A1:D4"));
    expect(expectTagToMatchCells(fake).rowIds).toEqual(expectTagToMatchCells(clean.fake).rowIds);
    expect(fake.table("PT_Seizures")!.filters).toEqual(filters);
  });
});
