import { FakeExcel } from "./excel";

/** The fake's behaviours our code relies on, each as Office.js documents it. */
describe("FakeExcel", () => {
  it("throws PropertyNotLoaded for a property read before load and sync", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(() => range.values).toThrow(
        /The property 'values' is not available.*call the load method/,
      );
      range.load("values");
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([[""]]);
      expect(() => range.address).toThrow(/'address' is not available/);
    });
  });

  it("runs queued writes only at sync, in order", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [[1]];
      range.values = [[2]];
      expect(fake.cell("Sheet1!A1").value).toBe("");
      await context.sync();
      expect(fake.cell("Sheet1!A1").value).toBe(2);
    });
    expect(fake.stats.syncs).toBe(1);
  });

  it.each([
    ["=1+1", "#NAME?", "=1+1"],
    ["=5", 5, "=5"],
    ["+A1", "#NAME?", "=+A1"],
    ["-foo", "#NAME?", "=-foo"],
    ["@SUM(A1)", "#NAME?", "=@SUM(A1)"],
    ["-5", -5, null],
    ["1,000", 1000, null],
    ["TRUE", true, null],
    ["2023-12-04", 45264, null],
    ["plain text", "plain text", null],
  ])("parses %j written to a General cell like typing", async (input, value, formula) => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B2").values = [[input]];
    });
    expect(fake.cell("Sheet1!B2").value).toBe(value);
    expect(fake.cell("Sheet1!B2").formula).toBe(formula);
  });

  it.each([
    ["0%", 0.68, "68%"],
    ["0.00%", 0.6667, "66.67%"],
    ['0"%"', 68, "68%"],
    ['0"%"', 0.68, "1%"],
    ["#,##0", 0.68, "1"],
  ])(
    "shows a number under %j scaled by 100 only for an unquoted %%",
    async (format, value, text) => {
      const fake = new FakeExcel();
      await fake.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
        range.numberFormat = [[format]];
        range.values = [[value]];
        const read = range.load("text");
        await context.sync();
        expect(read.text).toEqual([[text]]);
      });
    },
  );

  it('keeps text as text under the "@" format (set first) or a quote prefix', async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const a = sheet.getRange("A1:A4");
      a.numberFormat = "@";
      a.values = [["=1+1"], ["-5"], ["@x"], ["+1"]];
      sheet.getRange("B1").values = [["'=HYPERLINK(1)"]];
      const read = sheet.getRange("A1:B4").load("values,formulas");
      await context.sync();
      expect(read.values.map((r: unknown[]) => r[0])).toEqual(["=1+1", "-5", "@x", "+1"]);
      expect(read.values[0][1]).toBe("=HYPERLINK(1)");
      expect(read.formulas[0][1]).toBe("=HYPERLINK(1)");
    });
    expect(fake.cell("Sheet1!A1").formula).toBeNull();
    expect(fake.cell("Sheet1!B1").formula).toBeNull();
  });

  it("applies a scalar to every cell, ignores null in arrays, rejects a wrong shape", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B2").numberFormat = "#,##0";
      sheet.getRange("A1:B1").values = [[1, 2]];
      sheet.getRange("A1:B1").values = [[null, 3]];
      await context.sync();
      sheet.getRange("A1:B1").values = [[1, 2, 3]];
      await expect(context.sync()).rejects.toThrow(
        /doesn't match the size or dimensions of the range/,
      );
    });
    expect(fake.values("Sheet1!A1:B1")).toEqual([[1, 3]]);
    expect(fake.cell("Sheet1!B2").format).toBe("#,##0");
  });

  it("counts a request as the UTF-8 bytes of the body Office.js would post, not as an estimate", async () => {
    // ClientRequestBase.buildRequestMessageBodyAndRequestFlags in @microsoft/office-js
    // (dist/excel-web-16.00.debug.js): { AutoKeepReference, Actions, ObjectPaths }. The fake names
    // every property and method with 24 characters, more than any real name, so it errs high.
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [['é "quoted"\n']];
      await context.sync();
    });
    const name = "x".repeat(24);
    const path = (id: number, parent: number) => ({
      Id: id,
      ObjectPathType: 3,
      Name: name,
      ParentObjectPathId: parent,
      ArgumentInfo: {},
    });
    const instantiate = (id: number, path: number) => ({
      Id: id,
      ActionType: 1,
      Name: "",
      ObjectPathId: path,
    });
    const body = {
      AutoKeepReference: false,
      Actions: [
        instantiate(2, 1), // worksheets
        instantiate(4, 3), // getItem("Sheet1")
        instantiate(6, 5), // getRange("A1")
        {
          Id: 7,
          ActionType: 4, // SetProperty values
          Name: name,
          ObjectPathId: 5,
          ArgumentInfo: { Arguments: [[['é "quoted"\n']]] },
        },
      ],
      ObjectPaths: { 1: path(1, 0), 3: path(3, 1), 5: path(5, 3) },
    };
    expect(fake.stats.requestBytes).toEqual([Buffer.byteLength(JSON.stringify(body), "utf8")]);
  });

  it("rejects a request over 5 MB, as Excel on the web does, and counts its bytes", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const big = Array.from({ length: 60_000 }, () => ["x".repeat(90)]);
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A60000").values = big;
      await expect(context.sync()).rejects.toThrow(
        /RequestPayloadSizeLimitExceeded|payload size has exceeded/,
      );
    });
    expect(fake.cell("Sheet1!A1").value).toBe("");
    expect(fake.stats.maxRequestBytes).toBeGreaterThan(5_000_000);
  });

  it("refuses to read more than five million cells at once", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:E1000001").load("values");
      await expect(context.sync()).rejects.toThrow(/exceeds Excel's limit of five million cells/);
    });
  });

  it("gives null objects for missing items and ItemNotFound for getItem", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const missing = context.workbook.tables.getItemOrNullObject("Nope").load("name");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      context.workbook.tables.getItem("Nope").load("name");
      await expect(context.sync()).rejects.toThrow(/doesn't exist/);
    });
  });

  it("is not transactional: operations before a failing one stay applied", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["before"]];
      context.workbook.tables.getItem("Nope").name = "X";
      sheet.getRange("A2").values = [["after"]];
      await expect(context.sync()).rejects.toThrow(/doesn't exist/);
    });
    expect(fake.cell("Sheet1!A1").value).toBe("before");
    expect(fake.cell("Sheet1!A2").value).toBe("");
  });

  it("creates tables with headers, unique valid names, and an id that survives renaming", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B3").values = [
        ["Name", "Value"],
        ["a", 1],
        ["b", 2],
      ];
      const table = sheet.tables.add("A1:B3", true);
      table.name = "PT_Test";
      table.load("id,name");
      const body = table.getDataBodyRange().load("address,values");
      const header = table.getHeaderRowRange().load("values");
      await context.sync();
      expect(table.name).toBe("PT_Test");
      expect(body.address).toBe("Sheet1!A2:B3");
      expect(header.values).toEqual([["Name", "Value"]]);
      sheet.tables.add("B2:C4", true);
      await expect(context.sync()).rejects.toThrow(/can't overlap another table/);
      const other = sheet.tables.add("E1:E2", true);
      other.name = "pt_test";
      await expect(context.sync()).rejects.toThrow(/already exists/);
      other.name = "A1";
      await expect(context.sync()).rejects.toThrow(/not a valid table name/);
      const id = table.id;
      fake.renameTable("PT_Test", "Renamed");
      const again = context.workbook.tables.getItem(id).load("name");
      await context.sync();
      expect(again.name).toBe("Renamed");
    });
  });

  it("adds table rows by inserting cells (formats not copied) and deletes rows moving cells up", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A3").values = [["H"], ["a"], ["b"]];
      sheet.getRange("A5").values = [["below"]];
      const table = sheet.tables.add("A1:A3", true);
      table.rows.add(undefined, [["=1+1"], ["c"]]);
      await context.sync();
      expect(fake.values("Sheet1!A1:A7")).toEqual([
        ["H"],
        ["a"],
        ["b"],
        ["#NAME?"],
        ["c"],
        [""],
        ["below"],
      ]);
      expect(fake.cell("Sheet1!A7").value).toBe("below");
      table.rows.getItemAt(0).delete();
      const range = table.getRange().load("address");
      await context.sync();
      expect(range.address).toBe("Sheet1!A1:A4");
      expect(fake.values("Sheet1!A2:A4")).toEqual([["b"], ["#NAME?"], ["c"]]);
      expect(fake.cell("Sheet1!A6").value).toBe("below");
    });
  });

  it("hides the rows a Values filter excludes, reports its criteria, and clears or reapplies it", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B5").values = [
        ["Kind", "N"],
        ["a", 1],
        ["b", 2],
        ["a", 3],
        ["c", 4],
      ];
      sheet.tables.add("A1:B5", true).name = "T";
      await context.sync();
    });
    fake.filterTable("T", 0, ["a"]);
    expect([2, 3, 4, 5].map((r) => fake.isRowHidden(`Sheet1!A${r}`))).toEqual([
      false,
      true,
      false,
      true,
    ]);
    // The filter keeps hiding by content when the user sorts.
    fake.sortTable("T", 1, true);
    expect(fake.values("Sheet1!A2:A5").flat()).toEqual(["c", "a", "b", "a"]);
    expect([2, 3, 4, 5].map((r) => fake.isRowHidden(`Sheet1!A${r}`))).toEqual([
      true,
      false,
      true,
      false,
    ]);
    await fake.run(async (context) => {
      const table = context.workbook.tables.getItem("T");
      const kind = table.columns.getItemAt(0).filter.load("criteria");
      const n = table.columns.getItemAt(1).filter.load("criteria");
      await context.sync();
      expect(kind.criteria).toMatchObject({ filterOn: "Values", values: ["a"], criterion1: null });
      expect(n.criteria).toMatchObject({ filterOn: null, values: null });
      // Given back as read, nulls and all, the criteria are refused.
      table.columns.getItemAt(0).filter.apply(kind.criteria);
      await expect(context.sync()).rejects.toThrow(/argument is invalid/);
      table.clearFilters();
      await context.sync();
      expect([2, 3, 4, 5].some((r) => fake.isRowHidden(`Sheet1!A${r}`))).toBe(false);
      table.columns.getItemAt(1).filter.apply({ filterOn: "Values", values: ["2", "4"] });
      await context.sync();
      expect([2, 3, 4, 5].map((r) => fake.isRowHidden(`Sheet1!A${r}`))).toEqual([
        false,
        true,
        false,
        true,
      ]);
    });
  });

  it("refuses to add or delete rows of a table while its filter hides rows, changing nothing", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A4").values = [["H"], ["a"], ["b"], ["a"]];
      sheet.tables.add("A1:A4", true).name = "T";
      await context.sync();
    });
    fake.filterTable("T", 0, ["b"]);
    await fake.run(async (context) => {
      const table = context.workbook.tables.getItem("T");
      table.rows.getItemAt(0).delete();
      await expect(context.sync()).rejects.toThrow(
        /Deleting a table row is not possible while a filter hides rows of table T/,
      );
      table.rows.add(undefined, [["c"]]);
      await expect(context.sync()).rejects.toThrow(/Adding table rows is not possible/);
    });
    expect(fake.values("Sheet1!A1:A5").flat()).toEqual(["H", "a", "b", "a", ""]);
    expect(fake.table("T")!.rect.lastRow).toBe(3);
  });

  it("resizes a table only from the same header row, and only with ExcelApi 1.13", async () => {
    const fake = new FakeExcel("1.12");
    expect(fake.requirements.isSetSupported("ExcelApi", "1.12")).toBe(true);
    expect(fake.requirements.isSetSupported("ExcelApi", "1.13")).toBe(false);
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const table = sheet.tables.add("A1:B2", true);
      await context.sync();
      table.resize("A1:B5");
      await expect(context.sync()).rejects.toThrow(/ApiNotFound|could not be found/);
    });
    fake.apiVersion = "1.13";
    await fake.run(async (context) => {
      const table = context.workbook.tables.getItem("Table1");
      table.resize("A2:B5");
      await expect(context.sync()).rejects.toThrow(/headers .* must be in the same row/);
      table.resize("A1:B5");
      const range = table.getRange().load("address");
      await context.sync();
      expect(range.address).toBe("Sheet1!A1:B5");
    });
  });

  it("stores custom XML parts by namespace and reads them back with getXml", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      context.workbook.customXmlParts.add('<a xmlns="urn:x">1</a>');
      context.workbook.customXmlParts.add('<b xmlns="urn:y">2</b>');
      await context.sync();
      const parts = context.workbook.customXmlParts.getByNamespace("urn:x").load("items/id");
      await context.sync();
      expect(parts.items).toHaveLength(1);
      const xml = parts.items[0].getXml();
      expect(() => xml.value).toThrow(/not available/);
      await context.sync();
      expect(xml.value).toBe('<a xmlns="urn:x">1</a>');
      parts.items[0].delete();
    });
    expect(fake.parts.map((p) => p.namespace)).toEqual(["urn:y"]);
  });

  it("reports a named range's value as its absolute address", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      context.workbook.names.add(
        "PT_fig_x",
        context.workbook.worksheets.getItem("Sheet1").getRange("C3"),
      );
      const names = context.workbook.names.load("items/name,value");
      await context.sync();
      expect(names.items.map((n: { name: string; value: string }) => [n.name, n.value])).toEqual([
        ["PT_fig_x", "Sheet1!$C$3"],
      ]);
    });
  });

  it("finds the used part of a range, or a null object when it is empty", async () => {
    const fake = new FakeExcel();
    fake.type("Sheet1!C4", "x");
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const used = sheet
        .getRange("A1")
        .getResizedRange(4, 4)
        .getUsedRangeOrNullObject(true)
        .load("address");
      const none = sheet.getRange("A1:B2").getUsedRangeOrNullObject(true).load("address");
      await context.sync();
      expect(used.address).toBe("Sheet1!C4");
      expect(none.isNullObject).toBe(true);
    });
  });

  it("rejects methods newer than its ExcelApi version at sync", async () => {
    const fake = new FakeExcel("1.5");
    await fake.run(async (context) => {
      context.workbook.customXmlParts.add('<a xmlns="urn:x"/>');
      await context.sync();
      context.workbook.getActiveCell().load("address");
      await expect(context.sync()).rejects.toThrow(/ExcelApi 1.7/);
    });
  });
});

describe("FakeExcel application", () => {
  it("records calculate(type) at sync, not before", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      context.workbook.application.calculate("Full");
      expect(fake.calculations).toEqual([]);
      await context.sync();
    });
    expect(fake.calculations).toEqual(["Full"]);
  });
});
