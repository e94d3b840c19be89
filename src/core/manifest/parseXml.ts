import { PolicyError } from "../errors";

export interface XmlElement {
  /** Qualified name as written, e.g. "bt:Image". */
  name: string;
  /** Name without its namespace prefix, e.g. "Image". */
  local: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Concatenated text directly inside the element, trimmed. */
  text: string;
  /** 1-based line of the start tag, for messages. */
  line: number;
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decode(text: string, line: number): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, ref: string) => {
    if (ref.startsWith("#x")) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    const named = ENTITIES[ref];
    if (named === undefined) throw notWellFormed(`unknown entity ${whole}`, line);
    return named;
  });
}

const notWellFormed = (problem: string, line: number) =>
  new PolicyError(
    "bad_argument",
    `The manifest is not well-formed XML: ${problem} on line ${line}.`,
  );

const NAME = "[A-Za-z_][\\w.:-]*";
const START_TAG = new RegExp(`^<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"]*"|'[^']*'))*)\\s*(/?)>`);
const ATTRIBUTE = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, "g");

/**
 * Parses the XML subset manifests use (elements, attributes, text, comments, CDATA,
 * processing instructions) into a tree. Not a validating parser: the XSD check does that.
 * @example parseXml('<a x="1"><b/></a>').children[0].local === "b"
 */
export function parseXml(xml: string): XmlElement {
  let at = 0;
  let line = 1;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const advance = (length: number) => {
    for (let i = at; i < at + length; i++) if (xml.charCodeAt(i) === 10) line++;
    at += length;
  };
  const skipPast = (end: string, what: string) => {
    const close = xml.indexOf(end, at);
    if (close < 0) throw notWellFormed(`unterminated ${what}`, line);
    return close + end.length - at;
  };

  while (at < xml.length) {
    const next = xml.indexOf("<", at);
    const text = next < 0 ? xml.slice(at) : xml.slice(at, next);
    if (text.trim()) {
      const parent = stack[stack.length - 1];
      if (!parent) throw notWellFormed("text outside the root element", line);
      parent.text = (parent.text + decode(text, line)).trim();
    }
    advance(text.length);
    if (next < 0) break;

    const rest = xml.slice(at, at + 9);
    if (rest.startsWith("<!--")) {
      advance(skipPast("-->", "comment"));
    } else if (rest.startsWith("<![CDATA[")) {
      const length = skipPast("]]>", "CDATA section");
      const parent = stack[stack.length - 1];
      if (parent) parent.text += xml.slice(at + 9, at + length - 3);
      advance(length);
    } else if (rest.startsWith("<?")) {
      advance(skipPast("?>", "processing instruction"));
    } else if (rest.startsWith("<!")) {
      throw notWellFormed("DOCTYPE declarations are not allowed in a manifest", line);
    } else if (rest.startsWith("</")) {
      const match = /^<\/([^\s>]+)\s*>/.exec(xml.slice(at));
      const open = stack.pop();
      if (!match || !open) throw notWellFormed("unexpected end tag", line);
      if (match[1] !== open.name) {
        throw notWellFormed(
          `</${match[1]}> closes <${open.name}> (opened on line ${open.line})`,
          line,
        );
      }
      advance(match[0].length);
    } else {
      const match = START_TAG.exec(xml.slice(at));
      if (!match) throw notWellFormed("malformed start tag", line);
      const attributes: Record<string, string> = {};
      for (const [, name, double, single] of match[2].matchAll(ATTRIBUTE)) {
        if (name in attributes) throw notWellFormed(`attribute ${name} repeated`, line);
        attributes[name] = decode(double ?? single, line);
      }
      const name = match[1];
      const element: XmlElement = {
        name,
        local: name.slice(name.indexOf(":") + 1),
        attributes,
        children: [],
        text: "",
        line,
      };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(element);
      else if (root) throw notWellFormed("a second root element", line);
      else root = element;
      if (!match[3]) stack.push(element);
      advance(match[0].length);
    }
  }
  if (stack.length) {
    const open = stack[stack.length - 1];
    throw notWellFormed(`<${open.name}> is never closed`, open.line);
  }
  if (!root) throw notWellFormed("no root element", line);
  return root;
}
