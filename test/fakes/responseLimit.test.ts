import { FakeExcel, PAYLOAD_LIMIT_BYTES } from "./excel";

/*
 * Excel on the web limits the payload of a request and of its response to 5 MB ("Excel add-ins:
 * Payload size limit for requests and responses", learn.microsoft.com/en-us/office/dev/add-ins/
 * concepts/resource-limits-and-performance-optimization#excel-add-ins). Reading tags relies on
 * the response limit: many large custom XML parts must be read over several syncs.
 */
describe("the fake's response payload limit", () => {
  async function threeParts() {
    const fake = new FakeExcel("1.18", ["Sheet1"]);
    const text = "x".repeat(2_000_000);
    await fake.run(async (context: Excel.RequestContext) => {
      for (let i = 0; i < 3; i++) {
        context.workbook.customXmlParts.add(`<a xmlns="urn:x">${text}</a>`);
        await context.sync();
      }
    });
    return fake;
  }

  it("refuses a sync whose reads come back larger than 5 MB", async () => {
    const fake = await threeParts();
    await expect(
      fake.run(async (context: Excel.RequestContext) => {
        const parts = context.workbook.customXmlParts.getByNamespace("urn:x").load("items/id");
        await context.sync();
        parts.items.map((p) => p.getXml());
        await context.sync();
      }),
    ).rejects.toThrow(/response payload size has exceeded the limit/);
    expect(3 * 2_000_000).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  });

  it("answers the same reads spread over syncs under the limit", async () => {
    const fake = await threeParts();
    const lengths = await fake.run(async (context: Excel.RequestContext) => {
      const parts = context.workbook.customXmlParts.getByNamespace("urn:x").load("items/id");
      await context.sync();
      const read: number[] = [];
      for (const part of parts.items) {
        const xml = part.getXml();
        await context.sync();
        read.push(xml.value.length);
      }
      return read;
    });
    expect(lengths).toEqual([2_000_000 + 21, 2_000_000 + 21, 2_000_000 + 21]);
  });
});
