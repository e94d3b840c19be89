import { fixtureDataset } from "../fixtures/fixtureDataset";
import { workbook } from "./harness";

const ID = "dhs-currency-seized-fy2023";

describe("insertFigure into a cell that already has a note or comment", () => {
  it("refuses a cell with a comment before writing, below ExcelApi 1.18 (office-js #1416)", async () => {
    const { fake, actions } = workbook("1.12");
    fake.type("Sheet1!B2", "mine");
    fake.comments.push({ sheet: "Sheet1", row: 1, col: 1, content: "Check with Ana" });
    fake.select("Sheet1!B2");
    await expect(actions.insertFigure(fixtureDataset(), ID, "value")).rejects.toThrow(
      "Sheet1!B2 already has a comment, and the figure's citation goes in a comment: nothing was written. Select a cell without a note or comment, or insert the figure as a formula.",
    );
    expect(fake.cell("Sheet1!B2").value).toBe("mine");
    expect(fake.comments.map((c) => c.content)).toEqual(["Check with Ana"]);
    expect(fake.names).toEqual([]);
  });

  it("refuses a second insert into the same cell instead of failing halfway", async () => {
    const { fake, actions } = workbook("1.12");
    await actions.insertFigure(fixtureDataset(), ID, "value");
    const first = fake.cell("Sheet1!A1").value;
    await expect(
      actions.insertFigure(fixtureDataset(), "us-overdose-deaths-2022", "value"),
    ).rejects.toThrow(/nothing was written/);
    expect(fake.cell("Sheet1!A1").value).toBe(first);
    expect(fake.comments).toHaveLength(1);
    expect(fake.names.map((n) => n.name)).toEqual(["PT_fig_dhs_currency_seized_fy2023"]);
  });

  it("refuses a cell with a note or a comment thread from ExcelApi 1.18", async () => {
    const { fake, actions } = workbook("1.18");
    fake.sheets[0].notes.set(0, "A note of the user's");
    await expect(actions.insertFigure(fixtureDataset(), ID, "value")).rejects.toThrow(
      /Sheet1!A1 already has a note, and the figure's citation goes in a note/,
    );
    expect(fake.cell("Sheet1!A1").value).toBe("");
    fake.select("Sheet1!C3");
    fake.comments.push({ sheet: "Sheet1", row: 2, col: 2, content: "thread" });
    await expect(actions.insertFigure(fixtureDataset(), ID, "value")).rejects.toThrow(
      /Sheet1!C3 already has a comment/,
    );
    expect(fake.cell("Sheet1!C3").value).toBe("");
    expect(fake.names).toEqual([]);
  });

  it("still writes a formula into such a cell, which needs no citation of its own", async () => {
    const { fake, actions } = workbook("1.12");
    fake.comments.push({ sheet: "Sheet1", row: 0, col: 0, content: "mine" });
    await actions.insertFigure(fixtureDataset(), "us-overdose-deaths-2022", "formula");
    expect(fake.cell("Sheet1!A1").formula).toBe('=POLICY.VALUE("us-overdose-deaths-2022")');
  });
});
