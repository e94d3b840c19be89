import nlp from "compromise";
import type { EventKind } from "../dataset/schema";
import { countryOfCapital } from "./countryOfCapital";
import { facilitiesAlong } from "./facilitiesAlong";
import type { Known } from "./knownRecords";
import { datelinePlace, leadFacility, withDatelineCity } from "./releaseScene";
import { US } from "./nameActors";
import { actionAt, actionsIn, type Span } from "./readActions";
import type { Sentence } from "./readSentences";
import { statesByAcronym } from "./statesByAcronym";

/** "WASHINGTON —", "EL PASO, Texas –": where a release was issued, not where its figures are. */
const DATELINE = /^(date \d{4}-\d{2}-\d{2}\s+)?[A-Z][A-Z .]+(, [A-Z][a-z.]+)*\s+[–—-]\s/;

/** A place word that heads a name is part of that name: "Sinaloa Cartel", "House Speaker". */
const NAME_HEAD =
  /^\s+(Cartel|Speaker|Office|Committee|Subcommittee|Financial|Department|Ministry|Administration|Government|Congress|Senate|Police|Court|Attorney|District Court)\b/;
const ENDS_IN_NAME_HEAD = /\b(Office|Committee|Subcommittee|Department|Ministry)$/;

/** The part of a region a place phrase names with a common noun: "the San Diego corridor". */
const REGION_NOUN = /^\s+(corridor|sector|region|area|county|district|borderlands?)\b/;

const US_AGENCY =
  /\b(U\.S\.|United States|Department of|Homeland Security|Customs and Border|Drug Enforcement|Treasury|Centers for Disease|CBP|DHS|DEA|DOJ|FBI|HSI|OFAC|CDC|ONDCP|Biden|White House)\b/;

/**
 * The place phrases a sentence gives, outside a dateline, each as long as the sentence gives it
 * ("San Diego corridor", "Sonora, Mexico" of "Sonora, Mexico-based"): compromise's places and
 * the dataset's place spellings, without a place that only begins a name ("Sinaloa Cartel") or
 * lies inside a longer one, and facilities along a border by the border (`facilitiesAlong`, with
 * acronyms as `text`, the document, spells them). A capital that acts ("Beijing issued") is its
 * country. The United States only `withUS`: most sentences name it in passing.
 */
export function placesIn(
  sentence: Sentence,
  known: Known,
  withUS = false,
  text = sentence.text,
): Span[] {
  const body = sentence.text.replace(DATELINE, (m) => " ".repeat(m.length));
  const names = [
    ...known.places.filter((p) => !US.test(p)),
    ...sentence
      .names()
      .places.map((p) => p.replace(/[-–]$/, ""))
      .filter((p) => p !== p.toUpperCase() && (withUS || !US.test(p))),
    ...(withUS ? ["United States", "U.S."] : []),
  ];
  const found: Span[] = [...basedIn(body), ...facilitiesAlong(body, text)];
  for (const name of new Set(names))
    for (let at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
      if (/[\p{L}]/u.test(body.charAt(at - 1)) || /[\p{L}]/u.test(body.charAt(at + name.length)))
        continue;
      const after = body.slice(at + name.length);
      if (NAME_HEAD.test(after) || ENDS_IN_NAME_HEAD.test(name)) continue;
      // "U.S.-destination packages", "U.S.-China relations" modify a noun; "Mexico-based" locates.
      if (/^-(?!based\b)/.test(after)) continue;
      const region = REGION_NOUN.exec(after)?.[0] ?? "";
      found.push({ text: name + region, start: at, end: at + name.length + region.length });
    }
  // "Beijing issued a notice": a capital that acts is its country's government, not a city.
  const subjects = actionsIn(sentence.text).map((a) => a.subject);
  const governing = (p: Span) => {
    const country = countryOfCapital(p.text);
    return country && subjects.some((s) => s?.start === p.start && s.end === p.end)
      ? { ...p, text: country }
      : p;
  };
  return found
    .map(governing)
    .filter(
      (p) =>
        !found.some(
          (q) =>
            q !== p && q.start <= p.start && p.end <= q.end && q.end - q.start > p.end - p.start,
        ),
    )
    .sort((a, b) => a.start - b.start);
}

const PLACE_WORDS = "[A-Z][\\p{L}]+(?: [A-Z][\\p{L}]+)*";

/**
 * Places a "-based" compound names, whole ("Hong Kong-based"), and both sides of a shared one:
 * "China- or Hong Kong-based persons" are based in China and Hong Kong.
 */
function basedIn(body: string): Span[] {
  const found: Span[] = [];
  const based = new RegExp(
    `(?:(${PLACE_WORDS})-\\s+(?:or|and)\\s+)?(${PLACE_WORDS})-based\\b`,
    "gu",
  );
  for (const m of body.matchAll(based)) {
    const sides = [m[1], m[2]].filter((x): x is string => !!x);
    if (!sides.every((x) => x !== x.toUpperCase() && nlp(x).has("#Place"))) continue;
    const end = m.index + m[0].length - "-based".length;
    found.push({ text: sides.join(" and "), start: m.index, end });
  }
  return found;
}

/**
 * The place an acronym of a state's formal name stands for, where the document writes the name
 * out: "PRC" is China where the text says "People's Republic of China".
 */
function acronymPlaces(sentence: Sentence, text: string, known: Known): Span[] {
  const states = statesByAcronym(text, (p) => known.places.includes(p));
  const found: Span[] = [];
  for (const m of sentence.text.matchAll(/\b[A-Z]{2,5}\b/g)) {
    const state = states.get(m[0]);
    if (state) found.push({ text: state.country, start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** A place as the dataset spells it when it spells it the same way, else as the sentence does. */
function spelled(name: string, known: Known): string {
  if (US.test(name)) return "United States";
  const lower = name.toLowerCase();
  return known.places.find((p) => p.toLowerCase() === lower) ?? name.replace(/^the /i, "");
}

/**
 * A figure's place: the place phrase nearest its mention ("13 members of Mexico's Sinaloa
 * cartel and four Sonora, Mexico-based firms": Mexico for the members, Sonora for the firms),
 * (a facility with the city of the release's dateline), else, in a datelined release, the
 * facility its lead puts its officers at (`leadFacility`), else the place most known records of
 * its category share (`usual`), else the United States for
 * a US agency's figure or a sentence about the US, but none for a count of `sanctions`. `text`
 * is the whole document, where an
 * acronym ("PRC-based companies") is spelled out.
 */
export function figurePlace(
  sentence: Sentence,
  known: Known,
  mention: { start: number; end: number },
  actor: string | null = null,
  usual: string | null = null,
  text = sentence.text,
  sanctions = false,
  prosecution = false,
): string | null {
  const distance = (p: Span) =>
    p.end <= mention.start ? mention.start - p.end : Math.max(0, p.start - mention.end);
  const places = [
    ...placesIn(sentence, known, true, text),
    ...acronymPlaces(sentence, text, known),
  ];
  // "a box from Asia", "pill sets from China": where a thing came from is not where it was counted.
  const origin = (p: Span) => /\bfrom\s+(the\s+)?$/i.test(sentence.text.slice(0, p.start));
  const candidates = places.some((p) => !origin(p)) ? places.filter((p) => !origin(p)) : places;
  const nearest = candidates.sort((a, b) => distance(a) - distance(b))[0];
  const listed = nearest && listedWith(nearest, candidates, sentence.text);
  if (listed)
    return listed
      .map((p) => spelled(p.text, known))
      .join(", ")
      .replace(/, ([^,]+)$/, " and $1");
  if (nearest) return withDatelineCity(spelled(nearest.text, known), text);
  // A release's later seizures were made where its lead puts its officers.
  const lead = text === sentence.text ? null : leadFacility(text, known, placesIn);
  if (lead) return lead;
  // Sanctions bind their targets wherever they are: a count of them is of no place the
  // sentence does not give.
  if (sanctions) return null;
  // A court's figures (a sentence, a plea) are the case's, heard where the release is datelined.
  const court = prosecution && text !== sentence.text ? datelinePlace(text) : null;
  if (court) return court;
  if (usual) return usual;
  return /\b(U\.S\.|United States|American|nationally)\b/i.test(sentence.text) ||
    (actor !== null && US_AGENCY.test(actor))
    ? "United States"
    : null;
}

/**
 * The places a list names together with `place` ("Ohio, Utah, and Iowa saw declines",
 * "throughout Denver and Utah"), in order, when it is one: the list ends with "and" or "or"
 * before its last place, so "Austin, Texas" stays one place. Null for a place named alone.
 */
function listedWith(place: Span, places: Span[], sentence: string): Span[] | null {
  const sorted = [...places].sort((a, b) => a.start - b.start);
  const i = sorted.indexOf(place);
  const joins = (a: Span, b: Span) =>
    /^(?:,\s*|,?\s+(?:and|or)\s+)$/.test(sentence.slice(a.end, b.start));
  let from = i;
  let to = i;
  while (from > 0 && joins(sorted[from - 1], sorted[from])) from--;
  while (to < sorted.length - 1 && joins(sorted[to], sorted[to + 1])) to++;
  if (from === to) return null;
  const last = sentence.slice(sorted[to - 1].end, sorted[to].start);
  if (!/\b(?:and|or)\s+$/.test(last)) return null;
  return sorted.slice(from, to + 1);
}

/**
 * An event's place: where the clause of its date says it happened ("extradited to Chicago in
 * September 2023", "took place in Beijing"), else the one country its subject belongs to ("the
 * Mexican Congress enacted", "the U.S. Department of Justice announced"), else null: a country
 * named in passing ("visit to Taiwan", "relations with Mexico") is no place of the event.
 */
export function eventPlace(
  sentence: Sentence,
  known: Known,
  date: { start: number; end: number },
  kind?: EventKind,
  text = "",
): string | null {
  // A sanction or designation binds its targets wherever they are ("designated nine members in
  // Mexico"): it takes place nowhere in particular.
  if (kind === "sanction" || kind === "designation") return null;
  const action = actionAt(sentence.text, date.start, date.end);
  const actions = actionsIn(sentence.text);
  const from = action && action.start < date.start ? action.start : 0;
  // A "that" clause on what the verb acts on ("launched a coalition that convened 80 countries
  // in Washington") goes on telling the event; a "which" clause or another verb tells more.
  const next = actions.find(
    (a) =>
      a.start > Math.max(from, action?.start ?? 0, date.end - 1) &&
      !/\bthat\s+$/.test(sentence.text.slice(0, a.start)),
  );
  const to = next && next.start > date.end ? next.start : sentence.text.length;
  const located = placesIn(sentence, known).filter(
    (p) =>
      p.start >= from &&
      p.end <= to &&
      /\b(in|at|to)\s+(the\s+)?$/i.test(sentence.text.slice(Math.max(0, p.start - 8), p.start)),
  );
  const distance = (p: Span) =>
    Math.min(Math.abs(p.start - date.end), Math.abs(date.start - p.end));
  const where = located.sort((a, b) => distance(a) - distance(b))[0];
  if (where) return spelled(where.text, known) + hostEvent(sentence.text.slice(0, where.start));
  const home = action?.subject ? countryOf(action.subject, sentence, known) : null;
  // An act on another country's people or things ("removed China's institute from the list",
  // "released him to Mexico") happens between two countries, in neither alone.
  // What a charge is for ("sentencing defendants for trafficking fentanyl to Canada") is not.
  const charge = action ? /\bfor\s+\w+ing\b/.exec(sentence.text.slice(action.end)) : null;
  const until = action && charge ? action.end + charge.index : sentence.text.length;
  const abroad =
    action &&
    placesIn(sentence, known).some(
      (p) => p.start >= action.end && p.end <= until && spelled(p.text, known) !== home,
    );
  if (abroad) return null;
  // A charge, plea or sentence a datelined release announces is the case's, heard there.
  return home ?? (kind === "indictment" && text ? datelinePlace(text) : null);
}

/**
 * The gathering a side meeting was held at, for the place that follows it: met "on the margins
 * of the APEC Summit in San Francisco" is at "San Francisco (APEC Summit)"; "" when the place
 * is not where a gathering was held beside.
 */
function hostEvent(before: string): string {
  const host =
    /\b(?:on|at) the (?:margins|sidelines) of (?:the )?([A-Z][\p{L}.’' -]*?) in (?:the )?$/u.exec(
      before,
    );
  return host ? ` (${host[1]})` : "";
}

/**
 * The one country a subject names: "U.S.", a place, or a demonym read as the dataset's place it
 * comes from ("Mexican" → "Mexico", "Chinese" → "China"); null for none or several.
 */
function countryOf(subject: Span, sentence: Sentence, known: Known): string | null {
  const countries = new Set<string>();
  const inside = (p: { start: number; end: number }) =>
    p.start >= subject.start && p.end <= subject.end;
  if (/\b(U\.S\.|United States|American)(?![\w-])/.test(subject.text))
    countries.add("United States");
  for (const p of placesIn(sentence, known)) if (inside(p)) countries.add(spelled(p.text, known));
  // Each word alone: in context compromise may read "Chinese government" as one organisation.
  for (const word of subject.text.match(/\b[A-Z][\p{L}]+\b/gu) ?? []) {
    if (/^American$/.test(word) || !nlp(word).has("#Demonym")) continue;
    const home = known.places.find(
      (p) => !/\s/.test(p) && p.length > 3 && word.startsWith(p.slice(0, -1)),
    );
    if (home) countries.add(home);
  }
  return countries.size === 1 ? [...countries][0] : null;
}
