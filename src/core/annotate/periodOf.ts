import type { FigureAnnotation } from "../dataset/annotationSchema";
import type { Mention } from "../extract/mention";
import { pointsBack } from "./classify";
import type { Site } from "./proposeRecord";

type Period = FigureAnnotation["period"];

/**
 * The figure's period: the date mention in its sentence nearest before it (else after), a span
 * when it opens one ("from 2015 to 2021"); in a sentence without a date, the date of the
 * sentence it points back to ("Of those, 68% …"), else up to the document's date for a state
 * that holds now ("are currently suffering", "has sanctioned"), else the last day its
 * paragraph named before it.
 */
export function periodOf(site: Site): { period: Period; override?: string } {
  const { sentence, mention, mentions } = site;
  const datesIn = (from: number, to: number) =>
    mentions.filter(
      (m) =>
        m.kind === "date" &&
        // A span ("the first four months of fiscal year 2024") has no single date, only bounds.
        (m.date !== null || m.period !== undefined) &&
        m.start >= from &&
        m.end <= to &&
        !(m.start < 40 && /^\s*date \d{4}-\d{2}-\d{2}/.test(site.text)),
    );
  // "the STOP Act of 2018" names a law, not the figure's time.
  const dates = datesIn(sentence.start, sentence.end).filter(
    (m) => !/\b[A-Z][\w)]*\s+of\s+$/.test(site.text.slice(Math.max(0, m.start - 30), m.start)),
  );
  const compared = comparedSpan(site.text, dates, mention);
  if (compared) return { period: compared };
  const near = dates.filter((d) => reaches(site.text, sentence.start, d, mention));
  const before = near.filter((d) => d.end <= mention.start).pop();
  const after = near.find((x) => x.start >= mention.end);
  const inSentence =
    after &&
    (!before ||
      claimedBetween(before, mention, mentions) ||
      ownedByEarlier(site.text, before, mention, mentions)) &&
    attached(site.text, mention, after)
      ? after
      : (before ?? after);
  if (inSentence) return fromDate(site, inSentence, dates, true);
  const previous = site.before?.[site.before.length - 1];
  const pointed =
    previous &&
    (pointsBack(sentence.text) || SAME_PERIOD.test(sentence.text)) &&
    datesIn(previous.start, previous.end).pop();
  if (pointed) return fromDate(site, pointed, [], false);
  // A headline reports the news of its document's date ("Three companies and five employees
  // charged" over a release dated June 23, 2023); with no period text, the build has no
  // date of the quote to hold it to.
  if (site.documentDate && isHeadline(site.text, sentence.start, sentence.text))
    return { period: { text: null, start: site.documentDate, end: site.documentDate } };
  const now = site.documentDate ? NOW.exec(sentence.text) : null;
  if (now && site.documentDate)
    return { period: { text: now[1] ?? null, start: null, end: site.documentDate } };
  // A sentence without a date continues the story its paragraph dated ("The first seizure took
  // place on Feb. 5 … Officers located … 36.64 pounds").
  const paragraph = Math.max(0, site.text.lastIndexOf("\n\n", sentence.start));
  const d = datesIn(paragraph, sentence.start)
    .filter((x) => x.precision === "day")
    .pop();
  if (!d) return { period: { text: null, start: null, end: null } };
  return fromDate(site, d, [], false);
}

/** "More than two thirds of deaths in that period …" takes the period of the sentence before. */
const SAME_PERIOD = /\b(?:that|the same)\s+(?:period|year|fiscal year|quarter|month|span)\b/i;

/**
 * A span without a single date ("the last five years") dates the figures of its own clause, or
 * all of the sentence when it opens it ("In the first four months of FY 2024, …").
 */
function reaches(text: string, sentenceStart: number, d: Mention, mention: Mention): boolean {
  if (d.date !== null) return true;
  const gap =
    d.end <= mention.start ? text.slice(d.end, mention.start) : text.slice(mention.end, d.start);
  return !/;|,(?!\d)/.test(gap) || /^\W*(?:\w+\s+){0,2}$/.test(text.slice(sentenceStart, d.start));
}

/**
 * True when another figure stands between the date and the mention: "In FY 2024 … seized 9,800
 * pounds, up from 8,100 pounds in FY 2023" dates the 9,800, not the 8,100.
 */
function claimedBetween(date: Mention, mention: Mention, mentions: Mention[]): boolean {
  return mentions.some((m) => m.kind === "number" && m.start >= date.end && m.end <= mention.start);
}

/**
 * True when the date before belongs to an earlier figure of its own: "from an estimated 84,181
 * in 2022 to 81,083 in 2023" dates the 84,181 by 2022 and the 81,083 by 2023.
 */
function ownedByEarlier(text: string, date: Mention, mention: Mention, mentions: Mention[]) {
  return mentions.some(
    (m) => m.kind === "number" && m !== mention && m.end <= date.start && attached(text, m, date),
  );
}

/** The date follows the figure's own noun phrase: "8,100 pounds (of fentanyl) in FY 2023". */
function attached(text: string, mention: Mention, date: Mention): boolean {
  const between = text.slice(mention.end, date.start);
  return (
    between.length <= 40 && /^[^,;:()\d]*\b(?:in|during|for|over|throughout)\s+$/i.test(between)
  );
}

/**
 * "currently", "to date", or a present perfect ("has sanctioned", "have seized"): true now; a
 * modal's perfect ("would have taken") is not.
 */
const NOW =
  /\b(currently|to date|so far)\b|(?<!\b(?:would|could|should|might|must|may)\s)\b(?:has|have)\s+(?:not\s+)?(?:\w+ed|been|seized|made|taken|found|grown|risen|fallen|seen|sent|held|built|spent|given|brought)\b/i;

/** The period a date mention gives, with `dates` of the same sentence for a span it opens. */
function fromDate(
  site: Site,
  d: Mention,
  dates: Mention[],
  inSentence: boolean,
): { period: Period; override?: string } {
  const lead = site.text.slice(Math.max(0, d.start - 16), d.start);
  const to = dates.find(
    (x) =>
      x.start > d.end && /^\s*(to|through|until|and)\s+$/i.test(site.text.slice(d.end, x.start)),
  );
  const opens = /\b(from|between)\s+$/i.exec(lead);
  if (opens && to)
    return {
      period: {
        text: `${opens[1]} ${site.text.slice(d.start, to.end)}`,
        start: d.period?.start ?? d.date,
        end: to.period?.end ?? to.date,
      },
    };
  const since = /\b(since|from)\s+$/i.test(lead);
  let start = d.period?.start ?? d.date;
  let text = since ? `Since ${d.text}` : d.text;
  const yearEnding = /\b((the )?year ending)\s+$/i.exec(lead);
  if (yearEnding && d.precision === "day" && d.date) {
    start = dayAfterYearBefore(d.date);
    text = `${yearEnding[1]} ${d.text}`;
  }
  // A total since a date is open ("Since FY21, … have seized"); a yearly rate since a date
  // ("100,000 deaths a year since 2020") is stated as holding up to the document's date.
  const end = since
    ? RATE.test(site.sentence.text)
      ? (site.documentDate ?? null)
      : null
    : (d.period?.end ?? d.date);
  const period = { text, start, end };
  if (inSentence && yearEnding && start !== d.date)
    return {
      period,
      override: `The year ending ${d.text} began on ${start}; the quote states only its end.`,
    };
  if (inSentence) return { period };
  // The build takes the document's own date without a reason: an override would be stale.
  if (site.documentDate && start === site.documentDate && end === site.documentDate)
    return { period };
  // The build checks a period against the quote: one read from another sentence says where.
  const from = sentenceAround(site.text, d.start);
  return { period, override: `The date is in an earlier sentence of its paragraph (${from}).` };
}

/** The document's first line, when it reads as a title: no sentence's closing stop. */
function isHeadline(text: string, start: number, sentence: string): boolean {
  const opening = text.slice(0, start).replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/, "");
  return opening.trim() === "" && !/[.!?:;"”]\s*$/.test(sentence) && !sentence.includes("\n");
}

const RATE = /\b(?:a|per|each|every) year\b|\bannually\b/i;

/** The sentence around an offset (ending at a stop before a capital), for a reason to check. */
function sentenceAround(text: string, at: number): string {
  const lineStart = text.lastIndexOf("\n", at) + 1;
  const lineEnd = text.indexOf("\n", at) < 0 ? text.length : text.indexOf("\n", at);
  const line = text.slice(lineStart, lineEnd);
  const local = at - lineStart;
  const stops = [...line.matchAll(/[.!?]\s+(?=[A-Z“"])/g)];
  const start = stops.filter((m) => m.index + m[0].length <= local).pop();
  const end = stops.find((m) => m.index >= local);
  const s = line.slice(start ? start.index + start[0].length : 0, end?.index ?? line.length).trim();
  return s.length > 100 ? `${s.slice(0, s.lastIndexOf(" ", 100))} …` : s;
}

/** "the year ending July 2, 2023" starts on 2022-07-03. */
function dayAfterYearBefore(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  const t = new Date(Date.UTC(y - 1, m - 1, d + 1));
  return t.toISOString().slice(0, 10);
}

/**
 * Two dates a comparison sets against each other ("five times higher in 2023 than they were in
 * 2020"): the figure measures the change between them, so its period runs from the earlier to
 * the later.
 */
function comparedSpan(text: string, dates: Mention[], mention: Mention): Period | null {
  for (let i = 0; i + 1 < dates.length; i++) {
    const [a, b] = [dates[i], dates[i + 1]];
    if (!/\bthan\b/i.test(text.slice(a.end, b.start))) continue;
    // Only the figure of that comparison's clause ("seized more … in the last two years than in
    // the last five years combined, …, sanctioned over 300": the 300 compares nothing).
    const gap =
      mention.end <= a.start ? text.slice(mention.end, a.start) : text.slice(b.end, mention.start);
    if (/[,;]/.test(gap)) continue;
    const starts = [a.period?.start ?? a.date!, b.period?.start ?? b.date!].sort();
    const ends = [a.period?.end ?? a.date!, b.period?.end ?? b.date!].sort();
    return { text: text.slice(a.start, b.end), start: starts[0], end: ends[1] };
  }
  return null;
}
