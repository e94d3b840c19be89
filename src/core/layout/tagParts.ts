import { TableTag, TAG_NAMESPACE, tagTableAttribute } from "./tableTag";
import { escapeXml, jsonEscapeForXml, unescapeXml } from "./xmlText";

/**
 * Most bytes one tag part carries in a request or a response (its text as Office.js sends it:
 * XML-escaped, in a JSON string, UTF-8). Small enough that a refresh writes a 20 MB tag in
 * requests under Excel's 5 MB limit, and that reading tags can fetch many parts per sync
 * (TAG_PARTS_PER_READ) without passing the same limit on the response.
 */
export const TAG_PART_BYTES = 250_000;
/** Longest part element around its text: the element, its attributes and the table id. */
const PART_ELEMENT_BYTES = 1_000;
/** Parts read per sync: their responses together stay under the 4 MB request budget. */
export const TAG_PARTS_PER_READ = Math.floor(4_000_000 / (TAG_PART_BYTES + PART_ELEMENT_BYTES));

/** Longest tag part read: a part of an older build (1,000,000 characters, every one escaped). */
export const MAX_TAG_PART_XML = 6_000_000 + 1_000;
/** Most parts one tag may claim (a 280,000 × 10 table takes about 90). */
export const MAX_TAG_PARTS = 1_024;
/**
 * Most tags read: far more tables than a workbook holds, few enough that validating each
 * (JSON.parse and the schema, about 0.3 ms for a damaged one) stays well under a second.
 */
export const MAX_TAGS = 1_000;

/**
 * The XML documents that store a tag: one, or several when it is long, each at most
 * TAG_PART_BYTES as it travels. Every part names the write it belongs to (`write`, a hash of the
 * tag's text), so parts left by a write Excel stopped half way are told from the tag they were
 * to replace (decodeTags).
 */
export function encodeTag(tag: TableTag): string[] {
  const json = jsonEscapeForXml(JSON.stringify(tag));
  const pieces = splitByBytes(json, TAG_PART_BYTES);
  const table = escapeXml(tagTableAttribute(tag.excelTableId));
  const write = writeIdOf(json);
  return pieces.map(
    (piece, i) =>
      `<tableTag xmlns="${TAG_NAMESPACE}" table="${table}" part="${i}" parts="${pieces.length}" write="${write}">` +
      `${escapeXml(piece)}</tableTag>`,
  );
}

/** Bytes a character of tag text costs once XML-escaped, in a JSON string, in UTF-8. */
function travelBytes(c: number): number {
  if (c === 0x26) return 5; // &amp;
  if (c === 0x3c || c === 0x3e) return 4; // &lt; &gt;
  if (c === 0x22) return 6; // &quot;
  if (c === 0x5c) return 2; // JSON's \\
  if (c < 0x80) return 1;
  if (c < 0x800 || (c >= 0xd800 && c <= 0xdfff)) return 2; // a surrogate pair is 4 bytes
  return 3;
}

/** Consecutive slices of `text` each costing at most `budget` bytes; never one empty, never a pair cut. */
function splitByBytes(text: string, budget: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const cost = travelBytes(text.charCodeAt(i));
    if (bytes + cost > budget && i > start) {
      // A surrogate pair cut in two would leave each part a character XML cannot hold.
      const end = /[\uD800-\uDBFF]/.test(text[i - 1]) && i - 1 > start ? i - 1 : i;
      pieces.push(text.slice(start, end));
      bytes = 0;
      for (let j = end; j < i; j++) bytes += travelBytes(text.charCodeAt(j));
      start = end;
    }
    bytes += cost;
  }
  pieces.push(text.slice(start));
  return pieces;
}

/** An FNV-1a hash of the tag's text: parts of one write share it, another write's differ. */
function writeIdOf(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36) + "-" + text.length.toString(36);
}

export interface TagPiece {
  table: string;
  part: number;
  parts: number;
  /** The write the part belongs to; "" for parts of builds that did not say. */
  write?: string;
  text: string;
}

/**
 * Reads one stored XML document in one pass; null when it is not a table tag part (or is longer
 * than any tag part is). Only the first `<tableTag` element counts, and its text must hold no
 * markup: hostile repetitions cost one scan, not one per opener.
 */
export function readTagPiece(xml: string): TagPiece | null {
  if (xml.length > MAX_TAG_PART_XML) return null;
  const open = xml.indexOf("<tableTag");
  if (open < 0) return null;
  const next = xml[open + "<tableTag".length];
  if (next !== " " && next !== "\t" && next !== "\n" && next !== "\r") return null;
  const close = xml.indexOf(">", open);
  const end = xml.indexOf("</tableTag>", close);
  if (close < 0 || end < 0 || xml.indexOf("<", close) !== end) return null;
  const attrs = new Map<string, string>();
  for (const m of xml.slice(open + "<tableTag".length, close).matchAll(/([\w:]+)="([^"]*)"/g))
    if (!attrs.has(m[1])) attrs.set(m[1], m[2]);
  const table = attrs.get("table");
  const part = Number(attrs.get("part"));
  const parts = Number(attrs.get("parts"));
  if (!table || !Number.isInteger(part) || !Number.isInteger(parts)) return null;
  return {
    table: unescapeXml(table),
    part,
    parts,
    write: unescapeXml(attrs.get("write") ?? ""),
    text: unescapeXml(xml.slice(close + 1, end)),
  };
}

type Whole<P> = { slots: P[] } | { problem: (label: string) => string };

/** The parts of one write in order, or what is wrong with them. */
function wholeParts<P extends TagPiece>(list: P[]): Whole<P> {
  const parts = list[0].parts;
  if (list.some((p) => p.parts !== parts) || parts < 1 || parts > MAX_TAG_PARTS)
    return {
      problem: (label) =>
        `The tag of ${label} is damaged (its parts disagree on how many there are); the table was left as it is.`,
    };
  const slots = new Array<P | undefined>(parts);
  let copies = 0;
  let outside = 0;
  for (const p of list) {
    if (p.part < 0 || p.part >= parts) outside++;
    else if (slots[p.part]) copies++;
    else slots[p.part] = p;
  }
  if (copies > 0)
    return {
      problem: (label) =>
        `The tag of ${label} is stored more than once (${list.length} parts for ${parts}); the table was left as it is. Insert it again to refresh it.`,
    };
  const present = slots.filter(Boolean).length;
  if (present !== parts || outside > 0)
    return {
      problem: (label) =>
        `The tag of ${label} is incomplete (${present} of ${parts} parts); the table was left as it is.`,
    };
  return { slots: slots as P[] };
}

/**
 * The parts of a table's one whole write, and the parts of writes Excel stopped half way
 * (each incomplete) beside it, which are left over and may be deleted. Two whole writes, or
 * none, leave no way to know which tag the cells match: the table is refused.
 */
function chooseWrite<P extends TagPiece>(list: P[]): Whole<P> & { leftovers: P[] } {
  const byWrite = new Map<string, P[]>();
  for (const p of list) {
    const key = p.write ?? "";
    const same = byWrite.get(key);
    if (same) same.push(p);
    else byWrite.set(key, [p]);
  }
  if (byWrite.size === 1) return { ...wholeParts(list), leftovers: [] };
  const writes = [...byWrite.values()].map((ps) => ({ ps, whole: wholeParts(ps) }));
  const whole = writes.filter((w) => "slots" in w.whole);
  if (whole.length === 1)
    return {
      ...whole[0].whole,
      leftovers: writes.filter((w) => w !== whole[0]).flatMap((w) => w.ps),
    };
  return {
    problem: (label) =>
      whole.length === 0
        ? `The tag of ${label} is incomplete (${writes.length} writes of it were each stopped part way); the table was left as it is.`
        : `The tag of ${label} is stored more than once (${whole.length} whole copies); the table was left as it is. Insert it again to refresh it.`,
    leftovers: [],
  };
}

/**
 * Joins the pieces of every tag and validates them, in time linear in their size. A tag is
 * used only when it is whole and consistent: one copy of each part, its `table` attribute the
 * id inside it. Parts of a write that stopped half way beside a whole tag are returned as
 * `leftovers` (to delete); anything else is reported in `problems` (naming the table) rather
 * than thrown, and its table ids come back in `blocked`, so no other tag refreshes that table.
 */
export function decodeTags<P extends TagPiece>(
  pieces: P[],
): {
  tags: TableTag[];
  problems: string[];
  blocked: string[];
  leftovers: P[];
} {
  const byTable = new Map<string, P[]>();
  for (const p of pieces) {
    const list = byTable.get(p.table);
    if (list) list.push(p);
    else byTable.set(p.table, [p]);
  }
  if (byTable.size > MAX_TAGS)
    return {
      tags: [],
      problems: [
        `The workbook holds tags for ${byTable.size} tables, more than the ${MAX_TAGS} Policy Tables reads; none was read and no table was refreshed.`,
      ],
      blocked: [],
      leftovers: [],
    };
  const tags: TableTag[] = [];
  const problems: string[] = [];
  const blocked = new Set<string>();
  const leftovers: P[] = [];
  const refuse = (ids: string[], message: string) => {
    ids.forEach((id) => blocked.add(id));
    problems.push(message);
  };
  for (const [table, list] of byTable) {
    const label = `table ${table}`;
    const chosen = chooseWrite(list);
    if ("problem" in chosen) {
      refuse([table], chosen.problem(label));
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(chosen.slots.map((p) => p.text).join(""));
    } catch (e) {
      refuse([table], `The tag of ${label} is not valid JSON: ${(e as Error).message}.`);
      continue;
    }
    const parsed = TableTag.safeParse(json);
    if (!parsed.success) {
      refuse(
        [table],
        `The tag of ${label} is not valid: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}.`,
      );
      continue;
    }
    const inside = parsed.data.excelTableId;
    if (tagTableAttribute(inside) !== table) {
      refuse(
        [table, inside],
        `The tag of ${parsed.data.tableName} names table ${inside} inside and ${label} outside; neither was refreshed.`,
      );
      continue;
    }
    leftovers.push(...chosen.leftovers);
    tags.push(parsed.data);
  }
  return {
    tags: tags.filter((t) => !blocked.has(t.excelTableId)),
    problems,
    blocked: [...blocked],
    leftovers,
  };
}
