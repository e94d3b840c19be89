import { PolicyError } from "../../src/core/errors";
import { resetVerifiedDatasets, trustDataset } from "../../src/functions/verifyDataset";
import { validateBeforeWrite } from "../../src/taskpane/validateBeforeWrite";
import { fixtureDataset } from "../fixtures/fixtureDataset";
import { fakeActions } from "./fakeActions";

describe("validateBeforeWrite", () => {
  beforeEach(() => resetVerifiedDatasets());

  it("writes only after the dataset passed full validation", async () => {
    const order: string[] = [];
    const inner = fakeActions("excel", {
      insertTable: async () => {
        order.push("insert");
        return { tableName: "PT_x", address: "Sheet1!A1", rows: 1, columns: 1 } as never;
      },
    });
    const actions = validateBeforeWrite(inner, async () => void order.push("validate"));
    const dataset = fixtureDataset();
    await actions.insertTable(dataset, dataset.tables[0].id, {}, "newSheet");
    expect(order).toEqual(["validate", "insert"]);
  });

  it("stops every kind of write on a dataset that fails validation, with its message", async () => {
    const calls: string[] = [];
    const inner = fakeActions("excel");
    const record =
      <A extends unknown[], R>(name: string, f: (...a: A) => R) =>
      (...a: A) => {
        calls.push(name);
        return f(...a);
      };
    const actions = validateBeforeWrite({
      ...inner,
      insertTable: record("insertTable", inner.insertTable),
      insertFigure: record("insertFigure", inner.insertFigure),
      refreshAll: record("refreshAll", inner.refreshAll),
      downloadWorkbook: record("downloadWorkbook", inner.downloadWorkbook),
    });
    const forged = fixtureDataset();
    trustDataset(forged); // trusted by hash for opening, as the shipped dataset is
    forged.figures[0].value += 1;
    const invalid = expect.objectContaining({
      code: "invalid_dataset",
      message: expect.stringMatching(/The dataset is invalid/),
    });
    await expect(actions.insertTable(forged, forged.tables[0].id, {}, "newSheet")).rejects.toEqual(
      invalid,
    );
    await expect(actions.insertFigure(forged, forged.figures[0].id, "value")).rejects.toEqual(
      invalid,
    );
    await expect(actions.refreshAll(forged, () => undefined)).rejects.toEqual(invalid);
    await expect(actions.downloadWorkbook(forged)).rejects.toBeInstanceOf(PolicyError);
    expect(calls).toEqual([]);
  });
});
