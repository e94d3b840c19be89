/**
 * Characters XML 1.0 cannot hold, not even as a character reference (§2.2 Char: NUL and most
 * controls, lone surrogates, U+FFFE, U+FFFF). Excel refuses a custom XML part holding one.
 */
const NOT_XML_CHAR = /[^\t\n\r\u{20}-\u{D7FF}\u{E000}-\u{FFFD}\u{10000}-\u{10FFFF}]/gu;

/**
 * Writes each character XML cannot hold as a JSON escape (`\uFFFE`), so text that will be read
 * back with JSON.parse loses nothing, and the XML stays valid.
 * @example jsonEscapeForXml('"a\uFFFEb"') === '"a\\ufffeb"'
 */
export function jsonEscapeForXml(text: string): string {
  return text.replace(NOT_XML_CHAR, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
}

/** Escapes what XML gives meaning to in text and in a double-quoted attribute value. */
export function escapeXml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** The text an escaped XML text or attribute value stands for (entities and character references). */
export function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    if (e === "amp") return "&";
    const code = e[1] === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : "\uFFFD";
  });
}

/** Whether text holds a character XML 1.0 cannot hold. */
export function hasNonXmlChar(text: string): boolean {
  NOT_XML_CHAR.lastIndex = 0;
  const found = NOT_XML_CHAR.test(text);
  NOT_XML_CHAR.lastIndex = 0;
  return found;
}
