import { FakeExcelError } from "./excel";

/**
 * What Excel requires of a custom XML part's content. CustomXmlPartCollection.add and
 * CustomXmlPart.setXml take "XML content" and fail with InvalidArgument when it is not
 * well-formed XML (https://learn.microsoft.com/javascript/api/excel/excel.customxmlpartcollection#excel-excel-customxmlpartcollection-add-member(1)).
 * Well-formed XML 1.0 holds no NUL or other C0 control but tab/newline/return, no lone
 * surrogate and no U+FFFE/U+FFFF, not even as a character reference
 * (https://www.w3.org/TR/xml/#charsets, production [2] Char; a reference must match Char too,
 * https://www.w3.org/TR/xml/#wf-Legalchar).
 */
export function checkXmlPart(xml: string): void {
  if (!/^\s*(<\?xml[^>]*\?>\s*)?<[A-Za-z]/.test(xml))
    throw invalidXml("The XML is not well formed.");
  const bad = /[^\t\n\r\u{20}-\u{D7FF}\u{E000}-\u{FFFD}\u{10000}-\u{10FFFF}]/u.exec(xml);
  if (bad)
    throw invalidXml(
      `The XML is not well formed: character U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")} at ${bad.index} is not allowed in XML 1.0.`,
    );
  for (const m of xml.matchAll(/&#(x[0-9a-fA-F]+|\d+);/g)) {
    const code = m[1][0] === "x" ? parseInt(m[1].slice(1), 16) : Number(m[1]);
    const legal =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      (code >= 0x10000 && code <= 0x10ffff);
    if (!legal) throw invalidXml(`The XML is not well formed: ${m[0]} refers to no XML character.`);
  }
}

const invalidXml = (message: string) => new FakeExcelError("InvalidArgument", message);
