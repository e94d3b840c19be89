import { fixtureDataset } from "../fixtures/fixtureDataset";
import { workbook } from "./harness";

describe("readTableVersions", () => {
  it("lists the dataset version and hash each inserted table was written with", async () => {
    const { actions } = workbook();
    const dataset = fixtureDataset();
    expect(await actions.readTableVersions()).toEqual([]);
    const inserted = await actions.insertTable(dataset, "seizures", {}, "selection");
    expect(await actions.readTableVersions()).toEqual([
      {
        tableName: inserted.tableName,
        version: dataset.version,
        contentHash: dataset.contentHash,
      },
    ]);
  });

  it("says which ExcelApi reading the tags needs", async () => {
    const { actions } = workbook("1.4");
    await expect(actions.readTableVersions()).rejects.toThrow(
      /^Checking the dataset against the tables needs Excel JavaScript API 1.5/,
    );
  });
});
