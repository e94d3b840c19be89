import { readTags } from "../../../src/excel/readTags";
import { fixtureDataset } from "../../fixtures/fixtureDataset";
import { workbook, type Dataset } from "../harness";

/*
 * A table inserted with per-column filters (the choice's `where`, in POLICY.TABLE's grammar)
 * keeps them: the tag stores them, a refresh plans the new release through them, and a release
 * the filter no longer fits leaves that table alone while the others are refreshed.
 */
const CHOICE = { columns: ["id", "metric", "value", "unit"], where: "value >= 10000" };

/** A release in which the pill presses (3,600) rise past the filter's bound. */
const presses = fixtureDataset((d: Dataset) => {
  d.version = "1.1.0";
  d.figures.find((f) => f.id === "dhs-pill-presses-seized-fy2023")!.value = 20000;
});

/** A release whose seizures table no longer has the Value column the filter names. */
const noValue = fixtureDataset((d: Dataset) => {
  d.version = "1.1.0";
  const seizures = d.tables.find((t) => t.id === "seizures")!;
  seizures.columns = seizures.columns.filter((c) => c.key !== "value");
  d.figures.find((f) => f.id === "treasury-sanctions-since-eo")!.value = 250;
});

async function filteredSeizures() {
  const w = workbook();
  await w.actions.insertTable(fixtureDataset(), "seizures", CHOICE, "selection");
  return w;
}

describe("refresh of a table inserted with per-column filters", () => {
  it("stores the filters in the tag and writes only the rows they keep", async () => {
    const { fake } = await filteredSeizures();
    const { stored } = await fake.run((context) => readTags(context));
    expect(stored[0].tag.choice.where).toBe("value >= 10000");
    expect(stored[0].tag.rowIds).toEqual(["dhs-currency-seized-fy2023"]);
    expect(fake.values("Sheet1!A1:D2")[1][0]).toBe("dhs-currency-seized-fy2023");
  });

  it("adds a row that now passes the filter and keeps the filter in the tag", async () => {
    const { fake, actions } = await filteredSeizures();
    const summary = await actions.refreshAll(presses);
    expect(summary.tables[0]).toMatchObject({ status: "updated", rowsAdded: 1, rowsRemoved: 0 });
    const { stored } = await fake.run((context) => readTags(context));
    const tag = stored.find((s) => !s.tag.kind)!.tag;
    expect(tag.choice.where).toBe("value >= 10000");
    expect([...tag.rowIds].sort()).toEqual([
      "dhs-currency-seized-fy2023",
      "dhs-pill-presses-seized-fy2023",
    ]);
  });

  it("leaves alone a table whose filter the new release cannot apply, and refreshes the others", async () => {
    const { fake, actions } = await filteredSeizures();
    fake.select("Sheet1!H1");
    await actions.insertTable(
      fixtureDataset(),
      "sanctions",
      { columns: ["id", "value"] },
      "selection",
    );
    const before = fake.values("Sheet1!A1:D2");
    const summary = await actions.refreshAll(noValue);
    expect(fake.values("Sheet1!A1:D2")).toEqual(before);
    expect(summary.tables.find((t) => t.tableId === "seizures")).toMatchObject({
      status: "refused",
      message: expect.stringMatching(
        /^PT_Seizures keeps only the rows where "value >= 10000", which dataset 1\.1\.0 cannot apply: .*"value".* It was left as it is; insert it again/,
      ),
    });
    expect(summary.tables.find((t) => t.tableId === "sanctions")).toMatchObject({
      status: "updated",
      valuesChanged: 1,
    });
  });
});
