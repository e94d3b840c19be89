import type { EventAnnotation, FigureAnnotation } from "../dataset/annotationSchema";
import { Unit, type Qualifier } from "../dataset/schema";
import type { Mention } from "../extract/mention";
import { eventCategory, figureCategory, pointsBack } from "./classify";
import { eventKindAt } from "./eventKindAt";
import { eventTables, figureTables } from "./chooseTables";
import { similarity, usualPlace, type Known } from "./knownRecords";
import { inOwnWords } from "./inOwnWords";
import { mayStateTheSame } from "./mayStateTheSame";
import { actorOf } from "./nameActors";
import { partiesOf } from "./partiesOf";
import { periodOf } from "./periodOf";
import { eventPlace, figurePlace } from "./placeOf";
import { titleOf } from "./titleOf";
import type { Sentence } from "./readSentences";
import { wordsOf } from "./wordsOf";

/** Where a record sits: its sentence and mention, and the document around it. */
export interface Site {
  text: string;
  sentence: Sentence;
  mention: Mention;
  /** Every mention of the document, sorted by start. */
  mentions: Mention[];
  /** The sentences of its paragraph before it. */
  before?: Sentence[];
  known: Known;
  /** What to read an event's sentence by when it does not read alone (`readingOf`). */
  reading?: Sentence;
  /** The document's own date (YYYY-MM-DD), when known. */
  documentDate?: string | null;
  /** Who wrote or speaks the document: the "I" of its sentences. */
  author?: string | null;
}

type Located = Pick<FigureAnnotation, "quote" | "occurrence" | "mention" | "mentionOccurrence">;

/** The quote (the sentence), its occurrence if repeated, and `mention` when it holds several. */
export function locate(site: Site): Located {
  const { text, sentence, mention, mentions } = site;
  const quote = sentence.text;
  const starts: number[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) starts.push(at);
  const inside = mentions.filter(
    (m) => m.kind === mention.kind && m.start >= sentence.start && m.end <= sentence.end,
  );
  const same = inside.filter((m) => m.text === mention.text);
  return {
    quote,
    ...(starts.length > 1 ? { occurrence: starts.indexOf(sentence.start) + 1 } : {}),
    ...(inside.length > 1 ? { mention: mention.text } : {}),
    ...(same.length > 1 ? { mentionOccurrence: same.indexOf(mention) + 1 } : {}),
  };
}

/** The unit of the schema the extractor's unit names, refined by what the sentence counts. */
function unitOf(m: Mention, sentence: string): FigureAnnotation["unit"] {
  const parsed = Unit.safeParse(m.unit);
  const unit = parsed.success ? parsed.data : "count";
  if (unit === "persons" || unit === "count") {
    if (/\b(died|deaths?|killed|fatalities)\b/i.test(sentence)) return "deaths";
    if (/\barrest/i.test(sentence)) return "arrests";
  }
  return unit;
}

/** Units that measure a thing rather than name it: "43,000 pounds of fentanyl" counts fentanyl. */
const MEASURE =
  /^(pounds?|kilograms?|kilos?|grams?|milligrams?|tons?|percent|%|times|million|billion|thousand|dollars?|\$)?$/i;

/**
 * What is counted, in the dataset's style ("Pill presses seized by DHS"): the thing the mention
 * names (for a measure, what it is "of": "43,000 pounds of fentanyl" → "Fentanyl"), the verb
 * acting on it, and the actor by its acronym.
 */
function metricOf(site: Site, actor: string | null): string {
  const { sentence, mention } = site;
  const local = mention.start - sentence.start;
  const phrase = sentence.names().nouns.find((n) => n.start <= local && local < n.end);
  const counted = mention.text
    .replace(
      /^.*?(\d[\d,.]*\s*(million|billion|thousand|percent|%)?|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?)\b)\s*/i,
      "",
    )
    .replace(/^(more|new|additional|other)\s+/i, "")
    .trim();
  const after = sentence.text.slice(local + mention.text.length);
  const rest = phrase ? sentence.text.slice(local + mention.text.length, phrase.end) : "";
  const of = /^\s*(of|in|involving|for)\s+(.+)$/i.exec(rest)?.[0].trim() ?? "";
  // A measure counts what follows it: "of fentanyl", "in currency" (up to the next comma or verb).
  const measured =
    /^\s*(?:of|in)\s+((?:[\w’'-]+\s?){1,4}?)(?=\s*(?:[,.;]|\s(?:and|from|to|at|by|that|which|were|was|in|into|on|with)\b|$))/i.exec(
      after,
    )?.[1];
  const what = MEASURE.test(counted)
    ? (measured?.trim() ?? [counted || mention.unit || "count", of].filter(Boolean).join(" "))
    : [counted, of].filter(Boolean).join(" ");
  const verb = /\b(\w+ed)\b[^.]{0,60}$/.exec(sentence.text.slice(0, local))?.[1];
  const short = actor ? (/\(([A-Z]{2,6})\)$/.exec(actor)?.[1] ?? actor) : null;
  const by = short ? ` by ${short}` : "";
  const metric = `${what}${verb ? ` ${verb}` : ""}${by}`.replace(/\s+/g, " ").trim();
  return metric.charAt(0).toUpperCase() + metric.slice(1);
}

/**
 * A fact key another document already uses for the same value and the same thing: the most
 * alike known record `needs` accepts, at least as alike as it asks (null: not the same fact).
 */
function factOf(
  site: Site,
  kind: "figure" | "event",
  needs: (r: Known["records"][number]) => number | null,
): string | null {
  const words = wordsOf(contextOf(site));
  let best: { fact: string; score: number } | null = null;
  for (const r of site.known.records) {
    const least = r.kind === kind && r.fact ? needs(r) : null;
    if (least === null) continue;
    const score = similarity(words, r.words);
    if (score >= least && (!best || score > best.score)) best = { fact: r.fact!, score };
  }
  return best?.fact ?? null;
}

/** How alike two records of one fact must read: more when no date or value backs the link. */
const ALIKE = 0.1;
const ALIKE_UNDATED = 0.25;

/** The sentence, and the one before it when it opens by pointing back ("Of those, 68% …"). */
function contextOf(site: Site): string {
  const previous = site.before?.[site.before.length - 1];
  return previous && pointsBack(site.sentence.text)
    ? `${previous.text} ${site.sentence.text}`
    : site.sentence.text;
}

export function proposeFigure(site: Site, id: (parts: string[]) => string): FigureAnnotation {
  const { sentence, mention, known } = site;
  const unit = unitOf(mention, sentence.text);
  const local = mention.start - sentence.start;
  const category = figureCategory(
    sentence.text,
    local,
    unit,
    (site.before ?? []).map((s) => s.text),
    titleLine(site.text),
  );
  const actor = actorOf(sentence, known, site.before, site.text);
  const { period, override } = periodOf(site);
  const value = mention.value ?? 0;
  const qualifier = mention.qualifier ?? "exact";
  const fact = factOf(site, "figure", (r) =>
    r.unit === unit &&
    r.value !== null &&
    mayStateTheSame([value, qualifier], [r.value, (r.qualifier ?? "exact") as Qualifier])
      ? ALIKE
      : null,
  );
  // The same fact in another document already has the analyst's wording, bar how this
  // sentence qualifies it.
  const label = known.records.find((r) => r.kind === "figure" && fact && r.fact === fact)?.label;
  const metric = label
    ? inOwnWords(label, sentence, local + mention.text.length)
    : metricOf(site, actor);
  return {
    id: id([acronym(actor), metric, period.start?.slice(0, 4) ?? ""]),
    ...locate(site),
    tables: figureTables(known, category, unit),
    value,
    unit,
    qualifier,
    metric,
    category,
    actor,
    place: figurePlace(
      sentence,
      known,
      { start: local, end: local + mention.text.length },
      actor,
      usualPlace(known, "figure", category),
      site.text,
      category === "sanctions",
      category === "prosecutions",
    ),
    period,
    ...(override ? { overrides: { period: override } } : {}),
    fact,
    note: null,
  };
}

/**
 * An event at a date mention. `earlier` are the events already proposed in the document: one of
 * the same kind on the same date makes this a restatement.
 */
export function proposeEvent(
  site: Site,
  id: (parts: string[]) => string,
  earlier: EventAnnotation[] = [],
): EventAnnotation {
  const { mention, known } = site;
  const sentence = site.reading ?? site.sentence;
  const local = mention.start - sentence.start;
  const kind = eventKindAt(sentence.text, local, local + mention.text.length);
  const category = eventCategory(kind, sentence.text, local);
  const restates =
    // "in 2022" dates too much to tell one policy of that year from another.
    mention.date !== null &&
    mention.date.length >= 7 &&
    earlier.some((e) => e.kind === kind && e.date === mention.date);
  const title = titleOf(sentence.text, local, local + mention.text.length, site.text, site.author);
  const parties = partiesOf(
    sentence,
    known,
    site.text,
    { start: local, end: local + mention.text.length },
    site.author,
  );
  // An unresolved date is not the event's date: the mention is dismissed, so the record
  // must not name it.
  const { mention: _m, mentionOccurrence: _o, ...unnamed } = locate(site);
  return {
    id: id([acronym(parties[0] ?? null), title, mention.date ?? ""]),
    ...(mention.date === null ? unnamed : locate(site)),
    tables: eventTables(known, kind, category, restates, sentence.text),
    date: mention.date,
    precision: mention.precision,
    relative: mention.relative ?? false,
    dateNote: mention.note ?? null,
    kind,
    category,
    title,
    parties,
    place: eventPlace(
      sentence,
      known,
      { start: local, end: local + mention.text.length },
      kind,
      site.text,
    ),
    fact: factOf(site, "event", (r) => {
      if (r.eventKind !== kind) return null;
      // A record that leaves the date unsaid ("recently") may still be the same event.
      if (!r.date || !mention.date) return ALIKE_UNDATED;
      return r.date.startsWith(mention.date) || mention.date.startsWith(r.date) ? ALIKE : null;
    }),
  };
}

/** The document's first line when it reads as a title (no closing stop), else "". */
function titleLine(text: string): string {
  const first = text.trimStart().split("\n")[0] ?? "";
  return first.length < 160 && !/[.!?:;"”]\s*$/.test(first) ? first : "";
}

/** "Department of Homeland Security (DHS)" → "dhs"; else the first word. */
function acronym(name: string | null): string {
  if (!name) return "";
  return (
    /\(([A-Z]{2,6})\)/.exec(name)?.[1] ??
    name.split(/\s+/).find((w) => w.length > 2 && !/^(the|of)$/i.test(w)) ??
    ""
  );
}
