import nlp from "compromise";
import type { Known } from "./knownRecords";
import { countryOfCapital } from "./countryOfCapital";
import { canonicalName, organisationsIn, US } from "./nameActors";
import { actionAt } from "./readActions";
import type { Sentence } from "./readSentences";
import { statesByAcronym } from "./statesByAcronym";

interface Party {
  name: string;
  /** Where the sentence names it, and how far its words run. */
  at: number;
  end: number;
}

/** An office without a holder ("President" alone) is nobody. */
const BARE_TITLE =
  /^(President|Vice President|Secretary|General|Minister|Prime Minister|Advisor|Director|Speaker|Senator|Ambassador|Commissioner|Administrator|Attorney General|Chair(man)?|Judge)$/;

/**
 * An office before a person's name, dropped as the dataset writes people ("Janet Yellen"); a
 * head of state's or government's stays ("President Joe Biden", "Prime Minister Justin Trudeau").
 */
const OFFICE =
  /^(?:(?:Treasury|State|Deputy|Assistant|Under|Defense|Homeland Security)\s+)*(?:Secretary|General|Advisor|Director|Speaker|Senator|Ambassador|Commissioner|Administrator|Minister)\s+(?=[A-Z])/;

/** What was held, launched or adopted, not who took part: a summit, a coalition, a law. */
const THING =
  /\b(Summit|Conference|Dialogue|Meeting|Forum|Coalition|Framework|Initiative|Act|Order|Strategy|Plan|List|Database|Report)\b|\b(Airport|Port of Entry|Port|Border|Sector|Corridor)$/;

/** The last word of a body's name, and the things named after the body that keeps them. */
const ORGANISATION_END =
  /\b(?:Board|Commission|Council|Agency|Bureau|Office|Organization|Service|Administration)$/;
const KEPT = /^(?:Database|Report|List)$/;

/** A name compromise read with the words before it: "At the North American Leaders Summit". */
const LEADING_WORDS =
  /^(?:At|In|On|By|For|From|After|Before|During|With|Under|Through|As|When)\s+(?:the\s+)?/;

/** Words before a country that make it where something happened, not who did it. */
const WHERE_BEFORE =
  /\b(in|to|from|into|at|across|within|of|on|for|with|by|through|between|against|toward|towards)\s+(the\s+)?$/i;

/** The rest of a name compromise cut before "of": " of Commerce", " of the Treasury". */
const CAPS = "[A-Z][\\p{L}’']*(?:\\s+(?:and\\s+)?[A-Z][\\p{L}’']*)*";
const OF_NAME = new RegExp(
  `^(\\s+(?:of|for|on)\\s+(?:the\\s+)?${CAPS}(?:(?:,\\s+${CAPS})*,\\s+and\\s+${CAPS})?)`,
  "u",
);

// A middle initial keeps its full stop: "Troy A. Miller", not "Troy A".
const CAPITALISED_WORD = /^\s([A-ZÀ-Ý](?:\.(?=\s[A-ZÀ-Ý])|[\p{L}’'-]*))/u;

/**
 * The organisations, people and countries an event involves, as the dataset spells them: only
 * those the event's sentence names, each once, whole ("Ovidio Guzmán López", not also "Ovidio
 * Guzmán"), without bare titles, cut fragments ("Treasury’s Office") or places; a country only
 * where it acts ("the U.S. and Mexico renewed"), not where something happened ("in Mexico").
 * `text` is the whole document, where an acronym is spelled out ("Department of Justice (DOJ)").
 * With the event's `date`, its verb's "I" is the `author`, and a group its verb names ("Mexican authorities arrested", "indicted three
 * PRC-based companies") is a party too, written as the sentence writes it.
 */
export function partiesOf(
  sentence: Sentence,
  known: Known,
  text = sentence.text,
  date?: { start: number; end: number },
  author: string | null = null,
): string[] {
  const body = sentence.text;
  const countries = countryNames(sentence, known);
  const parties: Party[] = [];
  for (const org of organisationsIn(sentence, known)) {
    if (countries.includes(org.name) || countries.includes(org.raw)) continue;
    // compromise cut the name short before "of": "U.S. Department" of "U.S. Department of Commerce".
    const rest = OF_NAME.exec(body.slice(org.at + org.raw.length))?.[1] ?? "";
    // …and the capitalised words after "the" it left off: "the House Financial Services …".
    const lead = /(?<=\bthe\s)((?:[A-Z][\p{L}]+\s+)+)$/u.exec(body.slice(0, org.at))?.[1] ?? "";
    const at = org.at - lead.length;
    const raw = lead + org.raw + rest.replace(/[’']s$/, "");
    const end = at + raw.length;
    // compromise cut the name short: the capitalised words after it belong to it.
    // …unless what follows is a thing the body keeps: "the … Control Board Database".
    const next = CAPITALISED_WORD.exec(body.slice(end))?.[1];
    if (next && !/\)$/.test(raw) && !(ORGANISATION_END.test(raw) && KEPT.test(next))) continue;
    // "ahead of President Biden’s visit": named for what is theirs, as a person is below.
    if (/^[’']s\s+[a-z]/.test(body.slice(end))) continue;
    const canonical = raw === org.raw ? org.name : canonicalName(raw, known);
    const name = organisation(raw, canonical, known, text);
    if (name) parties.push({ name: asParty(name, known), at, end });
  }
  for (const { person, at } of peopleIn(sentence)) {
    const whole = wholeName(body, at, person);
    const fuller = titledName(fullerName(whole, text), text);
    // "Pelosi's visit": a person named for what is theirs, not for acting; "the children of
    // Joaquín Guzmán Loera" names the children.
    if (/^[’']s\b/.test(body.slice(at + whole.length)) || KIN_OF.test(body.slice(0, at))) continue;
    const name = canonicalName(withoutDemonym(fuller.replace(OFFICE, "")), known);
    // A surname alone ("Miller") is a spokesperson quoted, unless the dataset knows the name.
    if ((!/\s/.test(name) && !known.actors.includes(name)) || THING.test(name)) continue;
    if (!BARE_TITLE.test(name)) parties.push({ name, at, end: at + whole.length });
  }
  if (date)
    parties.push(
      ...groupsActing(body, date, known, author),
      ...cartelsOfMembers(body),
      ...agencyOfOfficers(body, date, known, text),
    );
  for (const c of [
    ...actingCountries(body, countries, sentence),
    ...pairedCountries(body, countries),
  ])
    parties.push({ name: canonicalName(c.name, known), at: c.at, end: c.at + c.name.length });
  const kept = parties.filter(
    (p) =>
      !BARE_TITLE.test(p.name) &&
      !parties.some(
        (q) =>
          q !== p &&
          ((q.at <= p.at && p.end <= q.end && q.end - q.at > p.end - p.at) ||
            // The same words read as an organisation and as a person: keep the fuller name.
            (q.at === p.at && q.name.length > p.name.length && q.name.endsWith(lastWord(p.name)))),
      ),
  );
  const formal = formalStateName(text, known);
  return kept
    .sort((a, b) => a.at - b.at)
    .map((p) => formal(p.name))
    .filter((name, i, all) => all.indexOf(name) === i);
}

/**
 * A state the document calls by the acronym of its formal name ("PRC" for "People's Republic
 * of China") is a party by that formal name, whether named by it, by its acronym, by its short
 * name or as its government ("China", "the Chinese government").
 */
function formalStateName(text: string, known: Known): (name: string) => string {
  const states = [...statesByAcronym(text, (p) => known.places.includes(p))];
  return (name) => {
    for (const [acronym, { formal, country }] of states) {
      const government = /^(?:the )?([A-Z][\p{L}]+) government$/iu.exec(name)?.[1];
      const ofCountry =
        government !== undefined &&
        (government === country ||
          (nlp(government).has("#Demonym") && government.startsWith(country.slice(0, -1))));
      if (name === acronym || name === country || ofCountry) return formal;
    }
    return name;
  };
}

/**
 * An organisation as the dataset spells it, or null when it is not one: a thing held or adopted,
 * a fragment cut at a possessive, or an acronym neither the document nor the dataset spells out.
 */
function organisation(raw: string, canonical: string, known: Known, text: string): string | null {
  const trimmed = raw.replace(LEADING_WORDS, "");
  if (THING.test(trimmed) || !/^[A-Z]/.test(trimmed)) return null;
  const spelled = (name: string) => known.names.includes(name) || known.actors.includes(name);
  if (/[’']s\s/.test(trimmed) && !spelled(canonical)) return null;
  if (/^[A-Z]{2,6}$/.test(trimmed)) {
    if (spelled(canonical)) return canonical;
    const longForm = spelledOut(trimmed, text);
    return longForm ? organisation(longForm, canonicalName(longForm, known), known, text) : null;
  }
  // "Department of Justice (DOJ)" is the dataset's "U.S. Department of Justice".
  const bare = trimmed.replace(/\s*\([A-Z]{2,6}\)$/, "");
  if (bare !== trimmed) {
    if (spelled(bare)) return bare;
    const known_ = canonicalName(bare, known);
    if (known_ !== bare.replace(/^the /i, "")) return known_;
  }
  return trimmed === raw ? canonical : canonicalName(trimmed, known);
}

/** "U.S. Customs and Border Protection (CBP)" is written without its acronym where parties are. */
function asParty(name: string, known: Known): string {
  const bare = name.replace(/\s*\([A-Z]{2,6}\)$/, "");
  return bare !== name && known.parties.includes(bare) && !known.parties.includes(name)
    ? bare
    : name;
}

/** The name an acronym stands for, where the document writes "Name (ACRONYM)". */
function spelledOut(acronym: string, text: string): string | null {
  const m = new RegExp(
    `((?:U\\.S\\. )?[A-Z][\\w’']*(?: (?:of|for|and|on|the|[A-Z][\\w’']*))*) \\(${acronym}\\)`,
  ).exec(text);
  return m ? `${m[1]} (${acronym})` : null;
}

/** A person's name with the capitalised words compromise left off ("President López" → "President López Obrador"). */
function wholeName(body: string, at: number, name: string): string {
  let whole = name;
  for (let next = CAPITALISED_WORD.exec(body.slice(at + whole.length)); next;) {
    whole += ` ${next[1].replace(/[’']s$/, "")}`;
    if (/[’']s$/.test(next[1])) break;
    next = CAPITALISED_WORD.exec(body.slice(at + whole.length));
  }
  return whole;
}

/**
 * The longest name the document gives a person the sentence names in part: "Ovidio Guzmán" is
 * the "Ovidio Guzmán López" an earlier sentence named in full.
 */
function fullerName(name: string, text: string): string {
  let fuller = name;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const whole = wholeName(text, at, name);
    if (whole.length > fuller.length) fuller = whole;
  }
  return fuller;
}

/** Names of countries the sentence may name: the United States, and places the dataset lists as parties. */
function countryNames(sentence: Sentence, known: Known): string[] {
  const places = new Set([...known.places, ...sentence.names().places]);
  return [
    "U.S.",
    "United States",
    ...known.actors.filter((a) => places.has(a) && !US.test(a)),
  ].sort((a, b) => b.length - a.length);
}

/** Countries the sentence names as the subject of a verb: "the U.S. and Mexico agreed". */
function actingCountries(
  body: string,
  countries: string[],
  sentence: Sentence,
): { name: string; at: number }[] {
  const alternatives = countries.map((c) => c.replace(/[.]/g, "\\.")).join("|");
  const country = `(?:${alternatives})(?![\\w-])`;
  const subject = new RegExp(
    `(${country})(?:\\s+and\\s+(?:the\\s+)?(${country}))?\\s+([\\w’'-]+)`,
    "g",
  );
  const acting: { name: string; at: number }[] = [];
  for (const m of body.matchAll(subject)) {
    const before = body.slice(0, m.index);
    if (WHERE_BEFORE.test(before) || /[-–]\s*$/.test(before)) continue;
    if (!sentence.names().verbs.has(m[3].toLowerCase())) continue;
    acting.push({ name: m[1], at: m.index });
    if (m[2]) acting.push({ name: m[2], at: m.index + m[0].indexOf(m[2], m[1].length) });
  }
  return acting;
}

/** What two countries do or have together, named by their pair: "U.S.-China relations". */
const TOGETHER = /^\s+(?:[a-z]+\s+)?(?:relations|cooperation|investigations?|operations?|talks)\b/;

/**
 * The two countries of a pair that works together ("joint U.S.-China investigations",
 * "bilateral cooperation stalled amid U.S.-China relations"): both are parties. A pair that
 * only names a thing ("the China-U.S. working group", "the U.S.-Mexico border") is not.
 */
function pairedCountries(body: string, countries: string[]): { name: string; at: number }[] {
  const alternatives = countries.map((c) => c.replace(/[.]/g, "\\.")).join("|");
  const pair = new RegExp(`(?<![\\w-])(${alternatives})-\\s?(${alternatives})(?![\\w-])`, "g");
  const together = /\b(joint|jointly|bilateral)\b/i.test(body);
  const paired: { name: string; at: number }[] = [];
  for (const m of body.matchAll(pair)) {
    if (m[1] === m[2] || !(together || TOGETHER.test(body.slice(m.index + m[0].length)))) continue;
    paired.push({ name: m[1], at: m.index });
    paired.push({ name: m[2], at: m.index + m[0].lastIndexOf(m[2]) });
  }
  return paired;
}

/**
 * A cartel whose members an event acts on is a party, named as a name: "sanctions on 13 members
 * of Mexico’s powerful Sinaloa cartel", "nine Sinaloa Cartel members". A cartel that only
 * describes someone ("former Sinaloa Cartel leader") is not.
 */
function cartelsOfMembers(body: string): Party[] {
  const cartels: Party[] = [];
  const named = [
    /\bmembers of (?:[\p{L}’']+\s){0,3}?([A-Z][\p{L}]+) [Cc]artel\b/gu,
    /\b([A-Z][\p{L}]+) [Cc]artel members\b/gu,
  ];
  for (const pattern of named)
    for (const m of body.matchAll(pattern)) {
      const at = m.index + m[0].indexOf(m[1]);
      cartels.push({ name: `${m[1]} Cartel`, at, end: at + m[1].length + " cartel".length });
    }
  return cartels;
}

/**
 * The agency of officers the date's verb has act unnamed ("officers at the airport seized 14
 * kits"): the one the document names with that word ("CBP officers examined …"), as a party.
 */
function agencyOfOfficers(
  body: string,
  date: { start: number; end: number },
  known: Known,
  text: string,
): Party[] {
  const action = actionAt(body, date.start, date.end);
  if (!action) return [];
  const bare =
    /(?:^|[\s,])(?:(?:the|some|two|three|several|[a-z]+ing)\s+)?(officers|agents|inspectors)\b(?:\s+(?:at|in|from|of)\s+[^,;]*?)?\s*$/u.exec(
      body.slice(0, action.start),
    );
  if (!bare) return [];
  const named = new RegExp(
    `((?:U\\.S\\.\\s+)?[A-Z][\\w.]*(?:\\s+(?:and\\s+|of\\s+|the\\s+)*[A-Z][\\w.]*)*)\\s+${bare[1]}\\b`,
  ).exec(text)?.[1];
  const name = named ? organisation(named, canonicalName(named, known), known, text) : null;
  if (!name) return [];
  const at = bare.index + bare[0].indexOf(bare[1]);
  return [{ name: asParty(name, known), at, end: at + bare[1].length }];
}

const lastWord = (name: string) => name.split(/\s+/).pop() ?? name;

/** "children of former cartel leader, Joaquín Guzmán Loera": a person named to describe another. */
const KIN_OF =
  /\b(?:children|sons?|daughters?|brothers?|sisters?|wife|husband|father|mother|family|relatives) of\b[^;.()“”]{0,50}$/;

/** Each place a person compromise finds is named, in order ("President" twice is two people). */
function peopleIn(sentence: Sentence): { person: string; at: number }[] {
  const found: { person: string; at: number }[] = [];
  for (const person of new Set(sentence.names().people))
    for (
      let at = sentence.text.indexOf(person);
      at >= 0;
      at = sentence.text.indexOf(person, at + 1)
    )
      if (!/[\p{L}]/u.test(sentence.text.charAt(at - 1))) found.push({ person, at });
  return found
    .filter(
      (p) =>
        !found.some(
          (q) =>
            q !== p &&
            q.at <= p.at &&
            p.at + p.person.length <= q.at + q.person.length &&
            q.person.length > p.person.length,
        ),
    )
    .sort((a, b) => a.at - b.at);
}

/** A head of state's title and surname, in full where the document names them in full. */
const HEAD_TITLE = /^(President|Prime Minister|Chancellor|King|Queen) (.+)$/;

/** "President Biden" is the "President Joe Biden" the document names elsewhere. */
function titledName(name: string, text: string): string {
  const m = HEAD_TITLE.exec(name);
  if (!m) return name;
  const escaped = m[2].replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const fuller = new RegExp(`${m[1]} ((?:\\p{Lu}[\\p{L}.’'-]* ){1,3})${escaped}(?![\\p{L}])`, "gu");
  let best = name;
  for (const f of text.matchAll(fuller)) if (f[0].length > best.length) best = f[0];
  return best;
}

/** "Chinese President Xi Jinping" is written "President Xi Jinping". */
function withoutDemonym(name: string): string {
  const first = /^([A-Z][\p{L}]+) (?=[A-Z])/u.exec(name);
  return first && nlp(first[1]).has("#Demonym") ? name.slice(first[0].length) : name;
}

const COUNT =
  "\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens of";

/** Nouns for a group of people or an institution, as subject or object of an event's verb. */
const GROUP =
  "authorities|officials|security forces|forces|police|military|navy|army|Congress|Senate|courts?|companies|firms|executives|nationals|traffickers|entities|individuals";

/**
 * The groups the verb of the date acts with: a subject named by its country ("Mexican
 * authorities arrested", "the Mexican Congress enacted"), two governments ("the U.S. and Mexican
 * governments published" are both countries), and an object named by where it is based
 * ("indicted three PRC-based companies": "PRC-based companies").
 */
function groupsActing(
  body: string,
  date: { start: number; end: number },
  known: Known,
  author: string | null,
): Party[] {
  const action = actionAt(body, date.start, date.end);
  if (!action) return [];
  const groups: Party[] = [];
  const subject = action.subject;
  // "I testified", "I will issue": the document's author or speaker.
  if (subject?.text === "I" && author)
    groups.push({ name: canonicalName(author, known), at: subject.start, end: subject.end });
  // "Beijing issued a notice": a capital that acts is its country's government.
  const governed = subject ? countryOfCapital(subject.text) : null;
  if (subject && governed)
    groups.push({ name: canonicalName(governed, known), at: subject.start, end: subject.end });
  if (subject) {
    const own = new RegExp(`^(?:the )?([A-Z][\\p{L}]+ (?:${GROUP}))$`, "u").exec(subject.text);
    if (own && nlp(own[1].split(" ")[0]).has("#Demonym"))
      groups.push({ name: own[1], at: subject.start, end: subject.end });
    const two = /^(?:the )?(U\.S\.|[A-Z][\p{L}]+) and ([A-Z][\p{L}]+) governments$/u.exec(
      subject.text,
    );
    if (two)
      for (const word of [two[1], two[2]]) {
        const country = US.test(word)
          ? "United States"
          : known.places.find(
              (p) => !/\s/.test(p) && p.length > 3 && word.startsWith(p.slice(0, -1)),
            );
        if (country) groups.push({ name: country, at: subject.start, end: subject.start });
      }
  }
  const object = new RegExp(
    `^\\s+(?:(?:${COUNT})\\s+)?(?:more\\s+)?((?:[A-Z][\\w.]*-based|[A-Z]{2,}|[A-Z][\\p{L}]+)(?:\\s+[a-z]+)?\\s+(?:${GROUP}))\\b`,
    "u",
  ).exec(body.slice(action.end));
  if (object && !/^(?:the|a|an)\b/i.test(object[1]))
    groups.push({
      name: object[1],
      at: action.end + object.index,
      end: action.end + object[0].length,
    });
  return groups;
}
