import nlp from "compromise";
import type { Known } from "./knownRecords";
import type { Sentence } from "./readSentences";
import { statesByAcronym } from "./statesByAcronym";

export const US = /^(the )?(U\.S\.?|US|United States|America)$/i;
const NAME_WITH_ACRONYM =
  /((?:U\.S\. )?[A-Z][\w’']*(?: (?:of|for|and|on|the|[A-Z][\w’']*))* \([A-Z]{2,6}\))/g;

/**
 * A name as the dataset already spells it: "DHS" or "Department of Homeland Security (DHS)" →
 * "U.S. Department of Homeland Security (DHS)" when that is how an actor was written; a known
 * actor's spelling wins over a mere place's.
 */
export function canonicalName(name: string, known: Known): string {
  if (US.test(name)) return "United States";
  const lower = name.toLowerCase().replace(/^the /, "");
  const acronym = /^[A-Z]{2,6}$/.test(name)
    ? `(${name})`
    : (/\(([A-Z]{2,6})\)$/.exec(name)?.[0] ?? null);
  const shortest = (names: string[]) =>
    names.sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0];
  const hit =
    known.actors.find((k) => k.toLowerCase() === lower) ??
    known.names.find((k) => k.toLowerCase() === lower) ??
    (acronym ? shortest(known.actors.filter((k) => k.endsWith(acronym))) : undefined) ??
    (acronym ? shortest(known.names.filter((k) => k.endsWith(acronym))) : undefined) ??
    (lower.length > 6
      ? shortest(known.actors.filter((k) => k.toLowerCase().includes(lower)))
      : undefined) ??
    known.names.find((k) => lower.length > 6 && k.toLowerCase().includes(lower));
  return hit ?? sameInOtherWords(name, known) ?? name.replace(/^the /i, "");
}

/**
 * A known spelling of the same name in other words: "Treasury Department" is "Department of
 * the Treasury", and "PRC" the initials of "People's Republic of China".
 */
function sameInOtherWords(name: string, known: Known): string | undefined {
  const bare = name.replace(/^(the |U\.S\. )+/i, "");
  const reordered = /^([A-Z][\w’']*) Department$/.exec(bare);
  if (reordered) {
    const forms = [`department of the ${reordered[1]}`, `department of ${reordered[1]}`];
    return known.actors.find((k) => forms.some((f) => k.toLowerCase().endsWith(f.toLowerCase())));
  }
  if (!/^[A-Z]{3,6}$/.test(name)) return undefined;
  return known.actors.find((k) => initialsOf(k) === name);
}

/** "People's Republic of China" → "PRC": the capitals' first letters, without an acronym. */
const initialsOf = (name: string) =>
  name
    .replace(/\s*\(.*\)$/, "")
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join("");

/** Organisations in order of appearance: compromise's, and names the dataset already knows. */
export function organisationsIn(
  sentence: Sentence,
  known: Known,
): { name: string; at: number; raw: string }[] {
  const found = new Map<string, { at: number; raw: string }>();
  const add = (name: string) => {
    const at = freeIndexOf(sentence.text, name);
    if (at < 0) return;
    const canonical = canonicalName(name, known);
    if (!found.has(canonical) || found.get(canonical)!.at > at)
      found.set(canonical, { at, raw: name });
  };
  const { organizations, places } = sentence.names();
  organizations.filter((o) => !places.includes(o)).forEach(add);
  // "Department of Homeland Security (DHS)": a name with its acronym, which compromise splits.
  for (const m of sentence.text.matchAll(NAME_WITH_ACRONYM)) add(m[1]);
  const according =
    /according to (?:the )?((?:U\.S\. )?[A-Z][\w’']*(?: (?:of|for|and|on|the|[A-Z][\w’']*))*)/.exec(
      sentence.text,
    );
  if (according) add(according[1].replace(/ (of|for|and|on|the)$/, ""));
  for (const k of known.actors) {
    if (sentence.text.includes(k)) add(k);
    // "Centers for Disease Control and Prevention" is the known "U.S. Centers for Disease
    // Control and Prevention (CDC)" without its country and acronym.
    const core = k.replace(/^U\.S\. /, "").replace(/\s*\([A-Z]{2,6}\)$/, "");
    if (core !== k && core.split(" ").length >= 3 && sentence.text.includes(core)) add(core);
  }
  for (const m of sentence.text.matchAll(/\b[A-Z]{3,5}\b/g))
    if (known.names.some((k) => k.includes(`(${m[0]})`))) add(m[0]);
  return (
    [...found]
      .map(([name, { at, raw }]) => ({ name, at, raw }))
      .filter(({ name }) => !US.test(name) && name !== "United States" && !PAIR.test(name))
      // "U.S. Department of the Treasury" over the "U.S. Department" it starts with.
      .sort((a, b) => a.at - b.at || b.raw.length - a.raw.length)
  );
}

/**
 * Who acted or reported: the organisation named after "according to", else the first one
 * named in the sentence (usually its subject), else null.
 */
export function actorOf(
  sentence: Sentence,
  known: Known,
  before: Sentence[] = [],
  text = "",
): string | null {
  const actor = namedActorOf(sentence, known, before, text);
  if (!text) return actor;
  if (!actor)
    return CITED.test(sentence.text)
      ? null
      : (referredTo(sentence, text, known) ?? witnessAgency(text, known));
  // "the PRC" acts as the state the document names in full: "People's Republic of China".
  const state = statesByAcronym(text, (p) => known.places.includes(p)).get(actor);
  return state ? state.formal : asOffice(spelledOut(actor, text, known), text, known);
}

/** "U.S. Customs and Border Protection (CBP), Office of Field Operations (OFO)": an agency's office. */
const AGENCY_OFFICE =
  /((?:U\.S\. )?[A-Z][\w’']*(?: (?:of|for|and|on|the|[A-Z][\w’']*))*) \(([A-Z]{2,6})\), ((?:Office|Bureau|Division|Directorate) (?:of|for) [A-Z][\w’']*(?: (?:of|for|and|on|the|[A-Z][\w’']*))*) \(([A-Z]{2,6})\)/;

/**
 * The office of an agency that a document names as its own ("U.S. Customs and Border
 * Protection (CBP), Office of Field Operations (OFO) at the Port of …"): the agency's officers
 * there are that office's, so the agency acts as it. Spelled as the dataset spells that office
 * when it does, else as the dataset spells an agency's office: "Agency, Office (ACRONYM)".
 */
export function asOffice(actor: string, text: string, known: Known): string {
  const office = AGENCY_OFFICE.exec(text);
  if (!office || !actor.endsWith(`(${office[2]})`)) return actor;
  const bare = (name: string) =>
    name
      .replace(/\s*\([A-Z]{2,6}\)/g, "")
      .replace(/^(?:the|U\.S\.)\s+/i, "")
      .toLowerCase();
  const agency = actor.slice(0, -` (${office[2]})`.length);
  const wanted = bare(`${agency}, ${office[3]}`);
  return known.actors.find((k) => bare(k) === wanted) ?? `${agency}, ${office[3]} (${office[4]})`;
}

/**
 * The body a sentence refers back to by its kind ("The department has imposed 200 sanctions"):
 * the last one of that kind the document named before it ("… giving the Treasury Department
 * expanded authorities"), as the dataset spells it.
 */
function referredTo(sentence: Sentence, text: string, known: Known): string | null {
  const kind = /^\s*(?:the|this) (department|agency|bureau|ministry|office)\b/i.exec(
    sentence.text,
  )?.[1];
  if (!kind) return null;
  const head = kind[0].toUpperCase() + kind.slice(1).toLowerCase();
  const named = new RegExp(
    `(?:U\\.S\\. )?(?:[A-Z][\\w’']* )*${head}(?: (?:of|for|on|and)(?: the)? [A-Z][\\w’']*)*`,
    "g",
  );
  const last = [...text.slice(0, sentence.start).matchAll(named)]
    .map((m) => m[0])
    .filter((n) => n !== head)
    .pop();
  return last ? canonicalName(last, known) : null;
}

/** Others' work a speaker cites: its figures are not the speaker's agency's. */
const CITED =
  /\b(?:previous|prior|earlier|other|independent|outside|recent)\s+(?:analyses|studies|reports|estimates|research|surveys)\b/i;

/**
 * The agency an official testifies or speaks for, as the document introduces them ("White House
 * Office of National Drug Control Policy (ONDCP) Director Dr. Rahul Gupta provided the following
 * testimony"): the figures a witness states unattributed are their agency's. Spelled as the
 * dataset knows it, else as briefly as the document defines its initials ("… Policy’s
 * (ONDCP)" → "Office of National Drug Control Policy (ONDCP)"). Null for a witness introduced
 * without an agency, or who speaks for themselves ("The views expressed … do not necessarily
 * reflect the views of …").
 */
export function witnessAgency(text: string, known: Known): string | null {
  if (/\bdo(?:es)? not necessarily (?:reflect|represent)\b/i.test(text)) return null;
  const introduced = new RegExp(
    `${NAME_WITH_ACRONYM.source} (?:Acting |Deputy |Assistant )?(?:Director|Secretary|Administrator|Commissioner|Chief|Chair\\w*|Attorney General)\\b[^\\n]{0,100}?\\b(?:testimony|testif\\w*|remarks|statement)\\b`,
  ).exec(text.slice(0, 1500));
  const bare = introduced && /\(([A-Z]{2,6})\)$/.exec(introduced[1])?.[1];
  if (!bare) return null;
  const definitions = [...text.matchAll(NAME_WITH_ACRONYM)]
    .map((m) => m[1].replace(/^the /i, "").replace(/[’']s (\([A-Z]{2,6}\))$/, " $1"))
    .filter((n) => n.endsWith(` (${bare})`))
    .sort((a, b) => a.length - b.length);
  return canonicalName(definitions[0] ?? introduced[1], known);
}

/**
 * An actor by its full name with its initials, as the document defines them and the dataset
 * spells the name: "DOJ", defined as "the Department of Justice (DOJ)", with "U.S. Department of
 * Justice" known → "U.S. Department of Justice (DOJ)".
 */
export function spelledOut(actor: string, text: string, known: Known): string {
  const bare = /^[A-Z]{2,6}$/.test(actor) ? actor : /\(([A-Z]{2,6})\)$/.exec(actor)?.[1];
  if (!bare) return actor;
  const defined = [...text.matchAll(NAME_WITH_ACRONYM)]
    .map((m) => m[1])
    .find((n) => n.endsWith(` (${bare})`));
  if (!defined) return actor;
  const name = defined.slice(0, -` (${bare})`.length).replace(/^the /i, "");
  const full = `${name} (${bare})`;
  const lower = name.toLowerCase().replace(/^u\.s\. /, "");
  const known_ = known.actors.find((k) => k.toLowerCase().replace(/^u\.s\. /, "") === lower);
  return known_ ? `${known_} (${bare})` : actor === bare ? full : actor;
}

function namedActorOf(
  sentence: Sentence,
  known: Known,
  before: Sentence[],
  doc = "",
): string | null {
  const orgs = organisationsIn(sentence, known).filter(
    (o) =>
      !isPlace(o.name, sentence, known) &&
      !isAudience(o, sentence.text) &&
      !isThing(o, sentence.text, known, doc),
  );
  const text = sentence.text;
  const according = /according to (the )?/i.exec(text);
  const after = according ? orgs.find((o) => o.at >= according.index) : undefined;
  // A passive sentence names who acted after "by": "were designated … by the Treasury".
  const agent = /\b(?:was|were|been|being)\s+\w+ed\b/i.test(text)
    ? orgs.find((o) => /\bby (the )?$/i.test(text.slice(Math.max(0, o.at - 8), o.at)))
    : undefined;
  // The subject follows an opening phrase ("Just ahead of the APEC Summit, the PRC submitted").
  const lead = LEAD.exec(text)?.[0].length ?? 0;
  const subject = orgs.find((o) => o.at >= lead);
  if (!after && !agent && US_SUBJECT.test(text.slice(lead))) return "United States";
  const name = after?.name ?? agent?.name ?? subject?.name ?? orgs[0]?.name;
  if (name) return asActor(name, known);
  // A sentence that names nobody continues its paragraph: the last actor named before it.
  for (const s of [...before].reverse()) {
    const earlier = namedActorOf(s, known, [], doc);
    if (earlier) return earlier;
  }
  return null;
}

/**
 * Where a name stands on its own: "Mexico" in "the U.S.-Mexico border" or "China" in
 * "China-based firms" is part of a compound that names no one (-1 when it is only that).
 */
function freeIndexOf(text: string, name: string): number {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
    if (text[at - 1] !== "-" && text[at + name.length] !== "-") return at;
  return -1;
}

/**
 * What compromise takes for an organisation but the sentence shows is a thing: a brand someone
 * owns or meets ("his Ford truck", "a Chevy sedan"), or initials neither the document nor the
 * dataset defines as a body's ("a search of the SUV", "the PACT Act").
 */
function isThing(
  o: { name: string; raw: string; at: number },
  text: string,
  known: Known,
  doc: string,
) {
  const before = text.slice(Math.max(0, o.at - 7), o.at);
  if (/\b(?:a|an|his|her|their|its|my|our|your)\s+$/i.test(before)) return true;
  const initials = o.raw;
  // Without the document, initials may be defined anywhere in it.
  if (!doc || !/^[A-Z]{2,6}$/.test(initials) || o.name !== initials) return false;
  const body =
    known.names.some(
      (k) => k === initials || k.endsWith(`(${initials})`) || initialsOf(k) === initials,
    ) ||
    doc.includes(`(${initials})`) ||
    statesByAcronym(doc, (p) => known.places.includes(p)).has(initials) ||
    nlp(initials).has("#Organization");
  return !body;
}

/** "U.S.-Mexico", "U.S.-China": a pair of countries, not an organisation. */
const PAIR = /^(the )?[A-Z][\w.]*-[A-Z][\w.]*$/;

/** An opening phrase before the subject: "In June 2023, ", "Just ahead of the APEC Summit, ". */
const LEAD =
  /^\s*(?:just |shortly |soon |weeks |days |months )?(?:in|on|at|by|after|before|ahead of|since|during|following|earlier|later|last|this)\b[^,]{0,80},(?:\s*\d{4},)?\s*/i;

/** "the U.S. launched …": the country itself acting. */
const US_SUBJECT = /^(the )?(U\.S\.|United States)( government)? (\w+ed|has|have)\b/;

/** "U.S. Customs and Border Protection" → "U.S. Customs and Border Protection (CBP)" when that is how figures' actors are written. */
function asActor(name: string, known: Known): string {
  const lower = name.toLowerCase();
  const spelled = known.figureActors.filter((k) => k.toLowerCase().startsWith(`${lower} (`));
  return spelled.sort((a, b) => a.length - b.length)[0] ?? name;
}

/**
 * A committee a witness testifies or appears before hears the figures; it neither measures nor
 * does what they count. All that follows "testified before" names the hearing, the committee
 * and its title, however compromise splits them ("… Subcommittee on … International Financial
 * Institutions on “Follow the Money …”").
 */
function isAudience(o: { at: number }, text: string): boolean {
  const before = /\b(?:testif\w*|appear\w*)\s+before\b/i.exec(text);
  return before !== null && o.at > before.index;
}

/** A country or city (compromise's or the dataset's places) names where, not who. */
function isPlace(name: string, sentence: Sentence, known: Known): boolean {
  return (
    (known.places.includes(name) && !known.actors.includes(name)) ||
    sentence.names().places.includes(name)
  );
}
