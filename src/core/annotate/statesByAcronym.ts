import nlp from "compromise";

/** A state a document names by the acronym of its formal name, and how it writes both out. */
export interface StateName {
  /** The formal name as the document writes it, with straight apostrophes: "People's Republic of China". */
  formal: string;
  /** The country it ends in: "China". */
  country: string;
}

const cache = new Map<string, Map<string, StateName>>();

/**
 * The acronyms of a document that stand for a state's formal name it writes out ("PRC" where
 * it also says "People’s Republic of China"), by acronym. `isPlace` accepts a country the
 * dataset knows as a place, besides those compromise knows.
 *
 * @example statesByAcronym("The PRC said … the People’s Republic of China …").get("PRC")?.country // "China"
 */
export function statesByAcronym(
  text: string,
  isPlace: (name: string) => boolean = () => false,
): Map<string, StateName> {
  const hit = cache.get(text);
  if (hit) return hit;
  const states = new Map<string, StateName>();
  for (const acronym of new Set(text.match(/\b[A-Z]{2,5}\b/g) ?? [])) {
    const words = [...acronym].map((c) => `${c}[\\p{L}’']*`).join("\\s+(?:(?:of|the)\\s+)*");
    const written = new RegExp(`\\b${words}(?![\\p{L}])`, "u").exec(text)?.[0];
    const country = written && /\bof\s+(?:the\s+)?(.+)$/.exec(written)?.[1];
    if (country && (isPlace(country) || nlp(country).has("#Country")))
      states.set(acronym, { formal: written.replace(/\s+/g, " ").replace(/’/g, "'"), country });
  }
  if (cache.size > 50) cache.clear();
  cache.set(text, states);
  return states;
}
