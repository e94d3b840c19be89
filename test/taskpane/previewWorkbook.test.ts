/** @jest-environment jsdom */
import "./polyfills";
import { downloadFile, previewWorkbook } from "../../src/taskpane/previewWorkbook";
import { fixtureDataset } from "../fixtures/fixtureDataset";

describe("previewWorkbook", () => {
  const dataset = fixtureDataset();

  it("says that inserting, reading cells and refreshing need Excel", async () => {
    const actions = previewWorkbook(
      async () => new Uint8Array(),
      () => undefined,
    );
    expect(actions.mode).toBe("preview");
    await expect(actions.insertTable(dataset, "sanctions", {}, "selection")).rejects.toMatchObject({
      code: "not_supported",
      message:
        "Inserting a table needs Excel; this is the browser preview, which has no workbook open.",
    });
    await expect(actions.insertFigure(dataset, "x", "value")).rejects.toMatchObject({
      code: "not_supported",
    });
    await expect(actions.readSelection(dataset)).rejects.toMatchObject({ code: "not_supported" });
    await expect(actions.refreshAll(dataset, () => undefined)).rejects.toMatchObject({
      code: "not_supported",
    });
  });

  it("downloads the exported workbook named after the dataset version", async () => {
    const saved: [Uint8Array | ArrayBuffer, string][] = [];
    const bytes = new Uint8Array([80, 75, 3, 4]);
    const exporter = jest.fn(async () => bytes);
    const actions = previewWorkbook(exporter, (b, name) => saved.push([b, name]));
    const choices = { seizures: { filter: "pill" } };
    await expect(actions.downloadWorkbook(dataset, choices)).resolves.toBe(
      "policy-tables-1.0.0.xlsx",
    );
    expect(exporter).toHaveBeenCalledWith(dataset, choices);
    expect(saved).toEqual([[bytes, "policy-tables-1.0.0.xlsx"]]);
  });

  it("saves through a clicked link to an object URL", () => {
    const created: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return "blob:policy";
    };
    URL.revokeObjectURL = () => undefined;
    const clicks: HTMLAnchorElement[] = [];
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicks.push(this);
    };
    downloadFile(document)(new Uint8Array([1, 2]), "book.xlsx");
    expect(created[0].type).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(clicks).toHaveLength(1);
    expect(clicks[0].download).toBe("book.xlsx");
    expect(clicks[0].href).toBe("blob:policy");
    expect(document.querySelector("a[download]")).toBeNull();
  });
});
