import type {
  Dismissal,
  EventAnnotation,
  FigureAnnotation,
  SourceAnnotation,
} from "../dataset/annotationSchema";
import { extractMentions } from "../extract/extractMentions";
import type { Mention } from "../extract/mention";
import { statesAnEvent } from "./classify";
import { dismissalReason } from "./dismissalReason";
import { draftSource } from "./draftSource";
import type { Known } from "./knownRecords";
import { linkFacts } from "./linkFacts";
import { fileOncePerFact } from "./chooseTables";
import { proposeEvent, proposeFigure, type Site } from "./proposeRecord";
import { datesOwnAction } from "./readActions";
import { readingOf, readSentences, sentenceAt } from "./readSentences";

/** A proposal the analyst has not accepted yet: the build refuses it until `draft` is removed. */
export type Drafted<T> = { draft: true } & T;

export interface DraftDocument {
  doc: string;
  source: Drafted<SourceAnnotation>;
  figures: Drafted<FigureAnnotation>[];
  events: Drafted<EventAnnotation>[];
  dismissed: Drafted<Dismissal>[];
}

export interface DraftOptions {
  /** The document's own date (YYYY-MM-DD) when the text does not state it. */
  date?: string | null;
  /** Records of the other documents: tables, spellings of names and fact keys. */
  known: Known;
}

/**
 * A draft annotation of one document: the source block from what the text states, and every
 * mention the extractor finds proposed as a figure, an event or a dismissal with a reason.
 * The same text, date and known records always give the same draft.
 */
export function draftAnnotation(doc: string, text: string, options: DraftOptions): DraftDocument {
  const firstPass = extractMentions(text, { documentDate: options.date ?? undefined });
  const source = draftSource(text, firstPass, options.date ?? null);
  const documentDate = source.published?.length === 10 ? source.published : undefined;
  const mentions = documentDate ? extractMentions(text, { documentDate }) : firstPass;
  const sentences = readSentences(text);
  const ids = new Set<string>();
  const id = (parts: string[]) => uniqueId(parts, ids);
  const draft: DraftDocument = {
    doc,
    source: { draft: true, ...source },
    figures: [],
    events: [],
    dismissed: [],
  };
  const figureIn = new Map<number, string>();
  const figureSpans = new Map<number, { start: number; end: number }[]>();
  // "sentence start:period text" → the figure that period dates, for its date's dismissal.
  const periodFor = new Map<string, string>();
  const dismiss = (m: Mention, reason: string) =>
    draft.dismissed.push({ draft: true, mention: m.text, ...occurrenceOf(m, mentions), reason });

  const site = (m: Mention) => {
    const sentence = sentenceAt(sentences, m.start, m.end);
    if (!sentence) return null;
    const paragraph = text.lastIndexOf("\n\n", sentence.start);
    const before = sentences.filter((s) => s.start > paragraph && s.end <= sentence.start);
    return {
      text,
      sentence,
      mention: m,
      mentions,
      known: options.known,
      before,
      documentDate,
      author: source.author,
    };
  };

  // Figures first, so a date in a figure's sentence is known to be its period.
  for (const m of mentions) {
    if (m.kind !== "number") continue;
    const at = site(m);
    const reason = dismissalReason(text, m);
    if (reason || !at) continue;
    const figure = proposeFigure(at, id);
    draft.figures.push({ draft: true, ...figure });
    if (!figureIn.has(at.sentence.start)) figureIn.set(at.sentence.start, figure.id);
    const dated = `${at.sentence.start}:${figure.period.text}`;
    if (figure.period.text && !periodFor.has(dated)) periodFor.set(dated, figure.id);
    const local = { start: m.start - at.sentence.start, end: m.end - at.sentence.start };
    figureSpans.set(at.sentence.start, [...(figureSpans.get(at.sentence.start) ?? []), local]);
  }
  for (const m of mentions) {
    const at = site(m);
    const reason = dismissalReason(text, m);
    if (m.kind === "number") {
      if (reason || !at) dismiss(m, reason ?? "Spans two sentences; not a figure of either.");
      continue;
    }
    if (reason || !at) {
      dismiss(m, reason ?? "Spans two sentences; not the date of an event.");
      continue;
    }
    const figure =
      periodFor.get(`${at.sentence.start}:${m.text}`) ?? figureIn.get(at.sentence.start);
    // A sentence a page break cut, or a title block's date line, reads with what it needs.
    const reading = readingOf(text, at.sentence) ?? undefined;
    const read = reading ?? at.sentence;
    const happened = statesAnEvent(read.text, read.names().pastTense);
    // A fiscal year or a whole year in a figure's sentence is its period, not an event's date,
    // unless it dates an action of its own there.
    const ownAction =
      m.date !== null &&
      datesOwnAction(
        at.sentence.text,
        m.start - at.sentence.start,
        m.end - at.sentence.start,
        figureSpans.get(at.sentence.start) ?? [],
      );
    if (!happened || (figure && (m.period || m.precision === "year") && !ownAction)) {
      dismiss(
        m,
        figure ? `Period of ${figure}.` : "Background: no figure and no action in its sentence.",
      );
      continue;
    }
    // A sentence that recounts an action is an event at each of its dates; a figure in it
    // keeps the date as its period too (the seeds record both).
    const e = proposeEvent({ ...(at as Site), reading }, id, draft.events);
    draft.events.push({ draft: true, ...e });
    if (m.date === null)
      dismiss(
        m,
        `The date of ${e.id}, which the text does not resolve${m.note ? ` (${m.note})` : ""}.`,
      );
  }
  linkFacts(draft.events, options.known, documentDate ?? null);
  fileOncePerFact(draft.events);
  return draft;
}

/** 1-based occurrence among mentions with the same text, when the text repeats. */
function occurrenceOf(m: Mention, mentions: Mention[]): { occurrence?: number } {
  const same = mentions.filter((x) => x.text === m.text);
  return same.length > 1 ? { occurrence: same.indexOf(m) + 1 } : {};
}

/** A readable slug from the parts, at most 80 characters, unique within the draft. */
function uniqueId(parts: string[], taken: Set<string>): string {
  const words = parts
    .join(" ")
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter((w) => w && !/^(the|of|a|an|and|by|in|on|to|for|with|from|its|their)$/.test(w));
  let base = "";
  for (const w of words)
    if ((base ? base.length + 1 : 0) + w.length <= 60) base = base ? `${base}-${w}` : w;
  base ||= "record";
  let candidate = base;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`;
  taken.add(candidate);
  return candidate;
}
