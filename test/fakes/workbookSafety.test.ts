import { FakeExcel } from "./excel";
import { cellShows } from "./customFunctionResult";

/** Where Excel refuses or half-applies a write, the fake does too (issue: workbook safety). */
describe("FakeExcel strictness", () => {
  it("refuses a table name taken by a defined name, leaving the new table as Table1 (office-js #551)", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      context.workbook.names.add("PT_Seizures", "Sheet1!A1");
      await context.sync();
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const table = sheet.tables.add("Sheet1!C1:D2", true);
      table.name = "pt_seizures";
      await expect(context.sync()).rejects.toThrow(/already exists/);
    });
    expect(fake.tables.map((t) => t.name)).toEqual(["Table1"]);
  });

  it("refuses a defined name taken by a table", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").tables.add("Sheet1!A1:B2", true).name = "PT_X";
      await context.sync();
      context.workbook.names.add("pt_x", "Sheet1!D1");
      await expect(context.sync()).rejects.toThrow(/already exists/);
    });
    expect(fake.names).toEqual([]);
  });
});

describe("FakeExcel notes and comments", () => {
  it("refuses a second comment on a cell, keeping the first (office-js #1416)", async () => {
    const fake = new FakeExcel("1.12");
    await fake.run(async (context) => {
      context.workbook.comments.add("Sheet1!A1", "first");
      await context.sync();
      context.workbook.comments.add("Sheet1!A1", "second");
      await expect(context.sync()).rejects.toThrow(/already has a comment/);
    });
    expect(fake.comments.map((c) => c.content)).toEqual(["first"]);
  });

  it("finds a comment by its cell, and throws ItemNotFound for a cell without one", async () => {
    const fake = new FakeExcel("1.12");
    fake.comments.push({ sheet: "Sheet1", row: 1, col: 0, content: "here" });
    await fake.run(async (context) => {
      const found = context.workbook.comments.getItemByCell("Sheet1!A2").load("content");
      await context.sync();
      expect(found.content).toBe("here");
      context.workbook.comments.getItemByCell("Sheet1!A1").load("content");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  it("keeps one note per cell and finds it by address, or a null object", async () => {
    const fake = new FakeExcel("1.18");
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.notes.add("B2", "first");
      const none = sheet.notes.getItemOrNullObject("B3").load("content");
      await context.sync();
      expect(none.isNullObject).toBe(true);
      const note = sheet.notes.getItemOrNullObject("Sheet1!B2").load("content");
      await context.sync();
      expect(note.content).toBe("first");
      sheet.notes.add("B2", "second");
      await expect(context.sync()).rejects.toThrow(/already has a note/);
    });
    expect([...fake.sheets[0].notes.values()]).toEqual(["first"]);
  });
});

describe("custom-function results", () => {
  it("leaves a result over 5 MB of JSON at #BUSY! and shows one under it (office-js #4654)", () => {
    const row = ["x".repeat(250)];
    const big = Array.from({ length: 20_000 }, () => row);
    expect(cellShows(big)).toBe("#BUSY!");
    const small = big.slice(0, 10_000);
    expect(cellShows(small)).toBe(small);
  });
});
