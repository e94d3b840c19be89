/**
 * Actors as analysts name them. A dataset actor reads like "U.S. Customs and Border Protection
 * (CBP)" or "U.S. Department of the Treasury, Office of Foreign Assets Control (OFAC)"; an
 * analyst types "CBP", "Customs and Border Protection", "US Treasury" or "Treasury Department".
 * Both become sets of words (case, punctuation, "U.S." and "the/of/and" ignored); an actor
 * matches when it has every word of the query. The alias table adds the short names the
 * documents do not always spell out next to the full name.
 */

/** Short names and the words of the full name they stand for. */
const ALIASES: Readonly<Record<string, string>> = {
  cbp: "customs border protection",
  cdc: "centers disease control prevention",
  dea: "drug enforcement administration",
  dhs: "department homeland security",
  doj: "department justice",
  hsi: "homeland security investigations",
  ofac: "office foreign assets control",
  prc: "peoples republic china",
};

/** Words that tell no actor apart: "U.S.", articles and joiners. */
const IGNORED = new Set(["u", "s", "us", "the", "of", "and", "for", "in"]);

/** The words of a name: lowercase, "U.S." and joiners dropped, "People's" as "peoples". */
function words(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/u\.\s?s\./g, "us")
    .replace(/'/g, "")
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !IGNORED.has(w));
}

/** The words of a dataset actor, with the short name of each full name it spells out. */
export function actorWords(actor: string): Set<string> {
  const have = new Set(words(actor));
  for (const [short, full] of Object.entries(ALIASES)) {
    if (full.split(" ").every((w) => have.has(w))) have.add(short);
  }
  return have;
}

/**
 * True when the actor has every word of the query (a short name counts as its full name).
 * @example actorMatches("U.S. Department of the Treasury", "Treasury Department") // true
 * @example actorMatches("U.S. Customs and Border Protection (CBP)", "customs and border protection") // true
 */
export function actorMatches(actor: string | null, query: string): boolean {
  if (actor === null) return false;
  const have = actorWords(actor);
  const wanted = words(query);
  return wanted.length > 0 && wanted.every((w) => have.has(w));
}

/** True when a query names no actor at all once "U.S." and joiners are dropped ("the", "U.S."). */
export function isBlankActor(query: string): boolean {
  return words(query).length === 0;
}
