import type { Span } from "./readActions";

/** Places a border has along it, which analysts name after the border. */
const FACILITY = "ports? of entry|border crossings?|crossings?|checkpoints?|stations?";

/**
 * Facilities along a named border, named after it as the dataset writes such places: "at
 * multiple POEs along the Southwest Border" is at "Southwest Border ports of entry". An acronym
 * ("POEs") is written out as the document spells it ("ports of entry (POE)"); one the document
 * never spells out is left alone. `text` is the whole document.
 *
 * @example facilitiesAlong("Scanners at crossings along the Northern Border", "")[0].text // "Northern Border crossings"
 */
export function facilitiesAlong(body: string, text: string): Span[] {
  const along = new RegExp(
    `\\b(${FACILITY}|[A-Z]{2,5}s?)\\s+(?:along|on)\\s+the\\s+((?:[A-Z][\\p{L}-]*\\s+)*Border)\\b`,
    "gu",
  );
  const found: Span[] = [];
  for (const m of body.matchAll(along)) {
    const facility = /^[A-Z]/.test(m[1]) ? spelledOut(m[1], text) : m[1];
    if (!facility) continue;
    found.push({ text: `${m[2]} ${facility}`, start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/**
 * The words a document gives for an acronym, "ports of entry (POE)", in the plural when the
 * acronym is ("POEs" → "ports of entry"); null when the document never writes it out.
 */
function spelledOut(acronym: string, text: string): string | null {
  const plural = /[a-z]s$/.test(acronym) || /^[A-Z]+s$/.test(acronym);
  const bare = plural ? acronym.slice(0, -1) : acronym;
  const written = new RegExp(`((?:[a-z]+\\s+){1,5})\\(${bare}s?\\)`, "g");
  for (const m of text.matchAll(written)) {
    const words = m[1].trim().split(/\s+/);
    // The last words whose initials make up the acronym, with or without "of" ("POE" of
    // "port of entry", "DOJ" of "department of justice").
    const initials = (ws: string[], skip: RegExp) =>
      ws
        .filter((w) => !skip.test(w))
        .map((w) => w[0])
        .join("")
        .toUpperCase();
    for (let from = words.length - 1; from >= 0; from--) {
      const tail = words.slice(from);
      if (initials(tail, /^$/) !== bare && initials(tail, /^(of|the|and|for)$/) !== bare) continue;
      const phrase = tail;
      if (!plural) return phrase.join(" ");
      // The head noun takes the plural: "port of entry" → "ports of entry".
      const head = phrase.indexOf("of") > 0 ? phrase.indexOf("of") - 1 : phrase.length - 1;
      if (!phrase[head].endsWith("s")) phrase[head] += "s";
      return phrase.join(" ");
    }
  }
  return null;
}
