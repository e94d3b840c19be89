import type { Known } from "./knownRecords";
import type { Sentence } from "./readSentences";

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
  const initials = (k: string) =>
    k
      .replace(/\s*\(.*\)$/, "")
      .split(/\s+/)
      .filter((w) => /^[A-Z]/.test(w))
      .map((w) => w[0])
      .join("");
  return known.actors.find((k) => initials(k) === name);
}

/** Organisations in order of appearance: compromise's, and names the dataset already knows. */
export function organisationsIn(
  sentence: Sentence,
  known: Known,
): { name: string; at: number; raw: string }[] {
  const found = new Map<string, { at: number; raw: string }>();
  const add = (name: string) => {
    const at = sentence.text.indexOf(name);
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
  for (const k of known.actors) if (sentence.text.includes(k)) add(k);
  for (const m of sentence.text.matchAll(/\b[A-Z]{3,5}\b/g))
    if (known.names.some((k) => k.includes(`(${m[0]})`))) add(m[0]);
  return [...found]
    .map(([name, { at, raw }]) => ({ name, at, raw }))
    .filter(({ name }) => !US.test(name) && name !== "United States")
    .sort((a, b) => a.at - b.at);
}

/**
 * Who acted or reported: the organisation named after "according to", else the first one
 * named in the sentence (usually its subject), else null.
 */
export function actorOf(sentence: Sentence, known: Known, before: Sentence[] = []): string | null {
  const orgs = organisationsIn(sentence, known).filter((o) => !isPlace(o.name, sentence, known));
  const according = /according to (the )?/i.exec(sentence.text);
  const after = according ? orgs.find((o) => o.at >= according.index) : undefined;
  const name = after?.name ?? orgs[0]?.name;
  if (name) return asActor(name, known);
  // A sentence that names nobody continues its paragraph: the last actor named before it.
  for (const s of [...before].reverse()) {
    const earlier = actorOf(s, known);
    if (earlier) return earlier;
  }
  return null;
}

/** "U.S. Customs and Border Protection" → "U.S. Customs and Border Protection (CBP)" when that is how figures' actors are written. */
function asActor(name: string, known: Known): string {
  const lower = name.toLowerCase();
  const spelled = known.figureActors.filter((k) => k.toLowerCase().startsWith(`${lower} (`));
  return spelled.sort((a, b) => a.length - b.length)[0] ?? name;
}

/** A country or city (compromise's or the dataset's places) names where, not who. */
function isPlace(name: string, sentence: Sentence, known: Known): boolean {
  return (
    (known.places.includes(name) && !known.actors.includes(name)) ||
    sentence.names().places.includes(name)
  );
}
