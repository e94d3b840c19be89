import { PolicyError } from "../../src/core/errors";
import { createExcelWorkbookActions, validatedDataset } from "../../src/excel/excelWorkbookActions";
import { fixtureDataset } from "../fixtures/fixtureDataset";
import { FakeExcel } from "../fakes/excel";
import { workbook } from "./harness";

describe("createExcelWorkbookActions", () => {
  it("turns an Excel failure into a PolicyError that says what could not be done", async () => {
    const fake = new FakeExcel();
    const failing = createExcelWorkbookActions(async () => {
      throw new Error("The workbook is protected.");
    }, fake.requirements);
    const error = await failing
      .insertTable(fixtureDataset(), "seizures", {}, "selection")
      .catch((e) => e);
    expect(error).toBeInstanceOf(PolicyError);
    expect(error.code).toBe("workbook_conflict");
    expect(error.message).toBe(
      'Excel could not insert table "seizures": The workbook is protected.',
    );
  });

  it("keeps PolicyErrors from the engine as they are", async () => {
    const { actions } = workbook();
    await expect(actions.insertTable(fixtureDataset(), "nope", {}, "selection")).rejects.toThrow(
      'The dataset has no table "nope". Tables: sanctions, seizures, timeline.',
    );
  });

  it("says which ExcelApi tracing the selection needs", async () => {
    const { actions } = workbook("1.6");
    await expect(actions.readSelection(fixtureDataset())).rejects.toThrow(
      /^Tracing the selected cell needs Excel JavaScript API 1.7/,
    );
  });
});

describe("validatedDataset", () => {
  it("accepts a dataset, a promise of one, or a function fetching one", async () => {
    const dataset = fixtureDataset();
    for (const input of [dataset, Promise.resolve(dataset), async () => dataset]) {
      expect((await validatedDataset(input)).contentHash).toBe(dataset.contentHash);
    }
  });

  it("names a fetch failure and an invalid dataset", async () => {
    await expect(
      validatedDataset(Promise.reject(new TypeError("Failed to fetch"))),
    ).rejects.toMatchObject({
      code: "fetch_failed",
      message:
        "The dataset could not be loaded (Failed to fetch); the workbook was not changed. Check the dataset URL and your connection, then refresh again.",
    });
    await expect(validatedDataset("<html>")).rejects.toMatchObject({ code: "invalid_dataset" });
  });
});
