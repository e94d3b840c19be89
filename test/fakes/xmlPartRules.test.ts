import { FakeExcel } from "./excel";

describe("FakeExcel custom XML parts, as strict as Excel", () => {
  it.each([
    ["NUL", "a\u0000b"],
    ["U+FFFE", "a\uFFFEb"],
    ["a lone surrogate", "a\uD800b"],
    ["a reference to NUL", "a&#0;b"],
    ["a reference to U+FFFF", "a&#xFFFF;b"],
  ])("refuses a part holding %s, in add and in setXml, keeping what was there", async (_, text) => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      context.workbook.customXmlParts.add(`<a xmlns="urn:x">${text}</a>`);
      await expect(context.sync()).rejects.toThrow(/not well formed/);
      const part = context.workbook.customXmlParts.add('<a xmlns="urn:x">ok</a>').load("id");
      await context.sync();
      context.workbook.customXmlParts.getItem(part.id).setXml(`<a xmlns="urn:x">${text}</a>`);
      await expect(context.sync()).rejects.toThrow(/not well formed/);
    });
    expect(fake.parts.map((p) => p.xml)).toEqual(['<a xmlns="urn:x">ok</a>']);
  });

  it("takes tab, newline, characters beyond the BMP and legal references", async () => {
    const fake = new FakeExcel();
    const xml = '<a xmlns="urn:x">\t\n\u{1F600}&#x1F600;&#9;</a>';
    await fake.run(async (context) => {
      context.workbook.customXmlParts.add(xml);
      await context.sync();
    });
    expect(fake.parts.map((p) => p.xml)).toEqual([xml]);
  });
});
