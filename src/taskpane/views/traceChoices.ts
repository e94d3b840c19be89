import type { Dataset, Event, Figure, Source } from "../../core/dataset/schema";
import { figureText, formatIsoDate } from "./format";

/** One record offered by the Trace picker. */
export interface TraceChoice {
  id: string;
  group: "Figures" | "Events";
  /** What the picker shows and filters on; distinct across the whole list. */
  label: string;
}

const SHORT_TITLE = 32;

/**
 * Every figure and event as the Trace picker lists it: figures by metric, events in date order
 * (undated last), each labelled with what tells it apart from its neighbours (value, date and a
 * short document title), so two reports of the same number are two different lines.
 * @example traceChoices(d)[0].label // "Annual overdose deaths — more than 107,000 deaths · 2022 · Testimony on fentanyl"
 */
export function traceChoices(dataset: Dataset): TraceChoice[] {
  const titles = new Map(dataset.sources.map((s) => [s.id, shortTitle(s)]));
  const doc = (id: string) => titles.get(id) ?? id;
  const figures = [...dataset.figures]
    .sort((a, b) => a.metric.localeCompare(b.metric) || figureDate(a).localeCompare(figureDate(b)))
    .map((f): TraceChoice => ({
      id: f.id,
      group: "Figures",
      label: [`${f.metric} — ${figureText(f)}`, figureDateText(f), doc(f.source.doc)]
        .filter(Boolean)
        .join(" · "),
    }));
  const events = [...dataset.events].sort(byDate).map((e): TraceChoice => ({
    id: e.id,
    group: "Events",
    label: `${formatIsoDate(e.date)} — ${e.title} · ${doc(e.source.doc)}`,
  }));
  return distinct([...figures, ...events]);
}

/**
 * The choices whose label holds every word typed, in any order and any case: "deaths 2022"
 * finds "Annual overdose deaths — … · 2022 · …".
 */
export function filterTraceChoices(choices: TraceChoice[], query: string): TraceChoice[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return choices;
  return choices.filter((c) => {
    const label = c.label.toLowerCase();
    return words.every((w) => label.includes(w));
  });
}

/** A document's title cut at a word to fit a list line; untitled documents by publisher. */
function shortTitle(source: Source): string {
  const title = source.title ?? source.publisher ?? source.kind.replace(/_/g, " ");
  if (title.length <= SHORT_TITLE) return title;
  const cut = title.slice(0, SHORT_TITLE + 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > SHORT_TITLE / 2 ? cut.slice(0, space) : cut.slice(0, SHORT_TITLE)).replace(/[\s,;:.–—-]+$/, "")}…`;
}

/** The period a figure covers as written, else its end; "" when the document gives none. */
function figureDateText(f: Figure): string {
  if (f.period.text) return f.period.text;
  const end = f.period.end ?? f.period.start;
  return end ? formatIsoDate(end) : "";
}

function figureDate(f: Figure): string {
  return f.period.end ?? f.period.start ?? "";
}

function byDate(a: Event, b: Event): number {
  if (a.date === b.date) return a.title.localeCompare(b.title);
  if (a.date === null) return 1;
  if (b.date === null) return -1;
  return a.date.localeCompare(b.date);
}

/** Labels that would still read the same get their id, so no two lines look alike. */
function distinct(choices: TraceChoice[]): TraceChoice[] {
  const seen = new Map<string, number>();
  for (const c of choices) seen.set(c.label, (seen.get(c.label) ?? 0) + 1);
  return choices.map((c) =>
    (seen.get(c.label) ?? 0) > 1 ? { ...c, label: `${c.label} (${c.id})` } : c,
  );
}
