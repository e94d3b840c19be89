import nlp from "compromise";

/** One sentence of a document, with the names compromise finds in it. */
export interface Sentence {
  start: number;
  end: number;
  /** Exactly the document's text at [start, end). */
  text: string;
  /** Names and noun phrases, read on first use: most sentences hold no mention. */
  names: () => Names;
}

export interface Names {
  organizations: string[];
  people: string[];
  places: string[];
  /** Noun phrases with their offsets inside the sentence. */
  nouns: { text: string; start: number; end: number }[];
  /** Whether a verb is in the past tense: the sentence recounts something that happened. */
  pastTense: boolean;
  /** The words compromise reads as verbs, lower case: who comes before one acts. */
  verbs: Set<string>;
}

/** Trims quotes, stars and trailing punctuation; keeps "U.S." and a closing ")" that is matched. */
function clean(s: string): string {
  let t = s.replace(/^[\s"“”'‘’(*#]+|[\s"“”'‘’,;:*]+$/g, "").replace(/[’']s$/, "");
  if (t.endsWith(")") && !t.includes("(")) t = t.slice(0, -1);
  if (t.endsWith(".") && !/\b[A-Z]\.[A-Z]\.$/.test(t)) t = t.slice(0, -1);
  return t;
}
const unique = (xs: string[]) => [...new Set(xs.map(clean).filter((x) => x.length > 1))];

type View = ReturnType<typeof nlp>;

const ABBREVIATION_END = /\b(U\.S|U\.N|D\.C|Jr|Sr|Dr|Mr|Ms|Mrs|No|St|[A-Z])\.$/;

/**
 * The document's sentences as compromise splits them, cut again at line breaks (headings,
 * date lines and list items have no full stop), each with its organisations, people, places
 * and noun phrases. Offsets are found by searching each sentence's text forward from the
 * previous one: compromise's own offset output is quadratic on a long document.
 * Deterministic: compromise uses no randomness and no downloaded model.
 */
export function readSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const line of linesOf(text)) {
    const spans: { start: number; end: number }[] = [];
    let cursor = 0;
    nlp(line.text)
      .sentences()
      .forEach((view) => {
        const said = view.text().trim();
        const at = said ? line.text.indexOf(said, cursor) : -1;
        if (at < 0) return;
        cursor = at + said.length;
        const last = spans[spans.length - 1];
        // compromise ends a sentence after "U.S." even when it runs on ("the U.S. Department").
        if (last && ABBREVIATION_END.test(line.text.slice(last.start, last.end))) last.end = cursor;
        else spans.push({ start: at, end: cursor });
      });
    const rest = line.text.slice(cursor).trim();
    if (rest.length > 1) {
      const at = line.text.indexOf(rest, cursor);
      spans.push({ start: at, end: at + rest.length });
    }
    for (const span of spans.flatMap((sp) => splitRunOns(line.text, sp))) {
      const body = line.text.slice(span.start, span.end);
      sentences.push(describe(nlp(body), body, line.start + span.start));
    }
  }
  return sentences;
}

function describe(view: View, body: string, start: number): Sentence {
  let names: Names | null = null;
  return {
    start,
    end: start + body.length,
    text: body,
    names: () => (names ??= readNames(view, body)),
  };
}

function readNames(view: View, body: string): Names {
  let cursor = 0;
  const nouns: Names["nouns"] = [];
  for (const noun of view.nouns().out("array") as string[]) {
    const phrase = clean(noun);
    const at = phrase ? body.indexOf(phrase, cursor) : -1;
    if (at < 0) continue;
    nouns.push({ text: phrase, start: at, end: at + phrase.length });
    cursor = at + phrase.length;
  }
  return {
    pastTense: view.has("#PastTense"),
    verbs: new Set(
      (view.match("#Verb").out("array") as string[]).map((v) => clean(v).toLowerCase()),
    ),
    organizations: unique(view.organizations().out("array") as string[]),
    people: unique(view.people().out("array") as string[]),
    places: unique(view.places().out("array") as string[]),
    nouns,
  };
}

/**
 * Where compromise runs on past a full stop: a footnote marker after it ("department.[1] We
 * know", "Control (OFAC).⁷ On November 7"), or a closing quote and bracket ("alias “El
 * Chapo.”) Mexican authorities"). The sentence ends at the stop and its closers; the marker
 * belongs to neither sentence.
 */
const RUN_ON = /([.!?][”"’]*\)?)(\[\d+\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)?\s+(?=[A-Z“"(])/g;

/** A news text may open with its date line on the first sentence's line ("date 2023-12-04 The U.S. …"). */
const DATE_LINE = /^date \d{4}-\d{2}-\d{2}(?=\s)/;

function splitRunOns(text: string, span: { start: number; end: number }) {
  const parts: { start: number; end: number }[] = [];
  let start = span.start;
  const dateLine = text.slice(0, start).trim() ? null : DATE_LINE.exec(text.slice(start, span.end));
  if (dateLine) {
    parts.push({ start, end: start + dateLine[0].length });
    start += dateLine[0].length;
    while (/\s/.test(text.charAt(start)) && start < span.end) start++;
  }
  const marker = new RegExp(RUN_ON.source, "g");
  marker.lastIndex = start;
  for (let m = marker.exec(text); m && m.index < span.end; m = marker.exec(text)) {
    const end = m.index + m[1].length;
    // Only where a marker or a closer follows the stop, and never after "U.S." or an initial.
    if (m[2] === undefined && m[1].length === 1) continue;
    if (ABBREVIATION_END.test(text.slice(start, m.index + 1))) continue;
    parts.push({ start, end });
    start = m.index + m[0].length;
  }
  parts.push({ start, end: span.end });
  return parts.filter((p) => p.end > p.start);
}

function linesOf(text: string): { start: number; text: string }[] {
  const lines: { start: number; text: string }[] = [];
  let at = 0;
  for (const line of text.split("\n")) {
    if (line.trim()) lines.push({ start: at, text: line });
    at += line.length + 1;
  }
  return lines;
}

/** The sentence holding [start, end), or null (a mention across a sentence break). */
export function sentenceAt(sentences: Sentence[], start: number, end: number): Sentence | null {
  return sentences.find((s) => s.start <= start && end <= s.end) ?? null;
}

/** A footnote printed between the halves of a sentence a page break cut ("²⁶ U.S. Department …"). */
const FOOTNOTE_LINE = /^\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[\d+\])\s/;

/**
 * The text to read a sentence by when the document cut it off from what it needs: the start of
 * a sentence a page break and its footnotes interrupted ("… captured Ovidio Guzmán, son of
 * Joaquín Guzmán" ⏎ footnotes ⏎ "(former leader of the Sinaloa Cartel) on January 4, 2023."),
 * or, for a date alone on a line of a title block ("Written Statement … at a Hearing on … March
 * 20, 2024"), the block above it. Null when the sentence reads alone. The reading's `start` is
 * where it would begin if joined, so a mention's offset minus it is its place in the reading;
 * the quote stays the sentence itself.
 */
export function readingOf(text: string, sentence: Sentence): Sentence | null {
  const lineStart = text.lastIndexOf("\n", sentence.start - 1) + 1;
  const startsLine = !text.slice(lineStart, sentence.start).trim();
  if (!startsLine) return null;
  const lines = text.slice(0, lineStart).split("\n");
  let opening: string | null = null;
  if (/^[a-z(]/.test(sentence.text)) {
    for (let i = lines.length - 1; i >= 0; i--) {
      const line = lines[i].trim();
      if (!line || FOOTNOTE_LINE.test(lines[i])) continue;
      if (!/[.!?:;”"]$/.test(line)) opening = lastSentence(line);
      break;
    }
  } else if (DATE_ALONE.test(sentence.text) && !/[.!?]\s*$/.test(text.slice(0, lineStart).trim())) {
    // Every line above is a heading (no sentence has ended yet): the title block.
    const block = lines
      .map((l) => l.replace(/\*\*|[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, "").trim())
      .filter(Boolean)
      .join(", ");
    // Only a hearing's block: a release's title and date line announce what its text recounts.
    if (block && !/[a-z]{2}[.!?]\s/.test(block) && /\b(hearing|testimony|testify)\b/i.test(block))
      opening = block;
  }
  if (!opening) return null;
  const body = `${opening} ${sentence.text}`;
  return describe(nlp(body), body, sentence.start - opening.length - 1);
}

const DATE_ALONE =
  /^(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}$/;

/** The last sentence of a line, by compromise. */
function lastSentence(line: string): string {
  const said = (nlp(line).sentences().out("array") as string[]).map((s) => s.trim());
  const last = said[said.length - 1];
  return last && line.endsWith(last) ? last : line;
}
