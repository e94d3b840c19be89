/** A quote cut out of its paragraph, as three slices to render with the quote marked. */
export interface QuoteInParagraph {
  before: string;
  quote: string;
  after: string;
}

/** Beyond this many characters either side, a long paragraph is cut at a word with "…". */
const MAX_CONTEXT = 280;

/**
 * The paragraph around text[start, end): from the line break before the quote to the one after
 * it. Offsets outside the text give an empty context rather than a wrong one.
 */
export function paragraphAround(text: string, start: number, end: number): QuoteInParagraph {
  if (start < 0 || end > text.length || start >= end) return { before: "", quote: "", after: "" };
  const from = text.lastIndexOf("\n", start - 1) + 1;
  const nextBreak = text.indexOf("\n", end);
  const to = nextBreak < 0 ? text.length : nextBreak;
  return {
    before: trimStart(text.slice(from, start)),
    quote: text.slice(start, end),
    after: trimEnd(text.slice(end, to)),
  };
}

function trimStart(before: string): string {
  if (before.length <= MAX_CONTEXT) return before.trimStart();
  const cut = before.slice(-MAX_CONTEXT);
  const space = cut.indexOf(" ");
  return "…" + (space >= 0 ? cut.slice(space + 1) : cut);
}

function trimEnd(after: string): string {
  if (after.length <= MAX_CONTEXT) return after.trimEnd();
  const cut = after.slice(0, MAX_CONTEXT);
  const space = cut.lastIndexOf(" ");
  return (space >= 0 ? cut.slice(0, space) : cut) + "…";
}
