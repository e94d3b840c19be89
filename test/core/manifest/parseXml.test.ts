import { parseXml } from "../../../src/core/manifest/parseXml";

describe("parseXml", () => {
  it("reads elements, prefixed names, attributes and text", () => {
    const root = parseXml(
      `<?xml version="1.0"?>\n<!-- note -->\n<a x="1" y='two'>\n  <bt:b id="k">hi &amp; bye</bt:b>\n  <c/>\n</a>`,
    );
    expect(root.name).toBe("a");
    expect(root.attributes).toEqual({ x: "1", y: "two" });
    expect(root.children.map((c) => [c.name, c.local])).toEqual([
      ["bt:b", "b"],
      ["c", "c"],
    ]);
    expect(root.children[0].text).toBe("hi & bye");
    expect(root.children[0].line).toBe(4);
  });

  it("decodes character references and keeps CDATA text", () => {
    const root = parseXml(`<a v="&#x41;&#66;&lt;&quot;"><![CDATA[<raw>]]></a>`);
    expect(root.attributes.v).toBe('AB<"');
    expect(root.text).toBe("<raw>");
  });

  it("names the mismatched tags and their lines", () => {
    expect(() => parseXml("<a>\n<b>\n</a>")).toThrow(
      "The manifest is not well-formed XML: </a> closes <b> (opened on line 2) on line 3.",
    );
  });

  it("reports an element that is never closed", () => {
    expect(() => parseXml("<a>\n  <b>")).toThrow(/<b> is never closed on line 2/);
  });

  it("rejects DOCTYPE declarations, unknown entities, text outside the root and a second root", () => {
    expect(() => parseXml("<!DOCTYPE a><a/>")).toThrow(/DOCTYPE declarations are not allowed/);
    expect(() => parseXml("<a>&nbsp;</a>")).toThrow(/unknown entity &nbsp;/);
    expect(() => parseXml("hello<a/>")).toThrow(/text outside the root element/);
    expect(() => parseXml("<a/><b/>")).toThrow(/a second root element/);
    expect(() => parseXml("")).toThrow(/no root element/);
  });

  it("rejects a repeated attribute and a malformed start tag", () => {
    expect(() => parseXml(`<a x="1" x="2"/>`)).toThrow(/attribute x repeated on line 1/);
    expect(() => parseXml(`<a x=1/>`)).toThrow(/malformed start tag/);
  });
});
