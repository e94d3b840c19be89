import type { Known } from "./knownRecords";
import { readSentences } from "./readSentences";

/** "EL PASO, Texas – ": the city (and state) a release was issued from. */
const DATELINE_CITY =
  /^(?:date \d{4}-\d{2}-\d{2}\s+)?([A-Z][A-Z .]+?)((?:, [A-Z][a-z.]+)*)\s+[–—-]\s/;

/** A place where officers work: a crossing, a port, an airport. */
const FACILITY = /\b(Crossing|Port of Entry|Airport|Bridge|Station)$/;

/**
 * A facility as the dataset writes one, with the city of the release's dateline when the
 * release is datelined there: "Paso Del Norte Border Crossing" of a release from "EL PASO,
 * Texas" is "Paso Del Norte Border Crossing, El Paso, Texas". Any other place is left as it is.
 */
export function withDatelineCity(place: string, text: string): string {
  const m = DATELINE_CITY.exec(text);
  if (!m || !FACILITY.test(place)) return place;
  const city = m[1]
    .trim()
    .toLowerCase()
    .replace(/\b\p{L}/gu, (c) => c.toUpperCase());
  return place.includes(city) ? place : `${place}, ${city}${m[2]}`;
}

const leads = new Map<string, string | null>();

/**
 * The facility a datelined release's lead sentence puts its officers at ("officers working at
 * the Paso Del Norte Border Crossing intercepted …"): where the release's later figures were
 * counted when their own sentences name no place. Null for a release without a dateline or a
 * lead that names no facility. `placesOf` reads a sentence's places.
 */
export function leadFacility(
  text: string,
  known: Known,
  placesOf: (s: ReturnType<typeof readSentences>[number], known: Known) => { text: string }[],
): string | null {
  const cached = leads.get(text);
  if (cached !== undefined) return cached;
  let found: string | null = null;
  if (DATELINE_CITY.test(text)) {
    const firstLine = text.slice(0, (text.indexOf("\n") + 1 || text.length + 1) - 1);
    // The date line and the lead may read as two sentences of the first line.
    const facility = readSentences(firstLine)
      .flatMap((lead) => placesOf(lead, known))
      .find((p) => FACILITY.test(p.text));
    found = facility ? withDatelineCity(facility.text, text) : null;
  }
  if (leads.size > 50) leads.clear();
  leads.set(text, found);
  return found;
}

/** A dateline on one of a release's first lines: "WASHINGTON –", "NOGALES, Ariz.—". */
const DATELINE_LINE =
  /(?:^|\n)(?:date \d{4}-\d{2}-\d{2}\s+)?([A-Z][A-Z.]+(?: [A-Z][A-Z.]+)*)((?:, [A-Z][a-z.]+)*)\s*(?:[–—]|\s-\s)/;

/**
 * The city a release is datelined at, as a place: "WASHINGTON –" (the capital, by the
 * wire-service convention) is "Washington, D.C.", "MIAMI, Fla. —" is "Miami, Fla.". Null
 * without a dateline in its first lines.
 */
export function datelinePlace(text: string): string | null {
  const m = DATELINE_LINE.exec(text.slice(0, 400));
  if (!m) return null;
  const city = m[1].toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
  if (city === "Washington" && !m[2]) return "Washington, D.C.";
  return `${city}${m[2]}`;
}
