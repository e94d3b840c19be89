import type { Unit } from "../dataset/schema";
import { isNumberWord } from "./wordNumbers";

/** Nouns that name what a number counts, mapped onto the dataset's Unit enum. */
const NOUNS: Record<string, Unit> = {};
const add = (unit: Unit, words: string) => words.split(" ").forEach((w) => (NOUNS[w] = unit));
add(
  "persons",
  "people persons person individuals individual americans citizens nationals defendants fugitives suspects traffickers victims residents adults children minors migrants",
);
add("entities", "entities entity organizations organisations organization organisation cartels");
add("companies", "companies company businesses corporations");
add("executives", "executives executive");
add("members", "members member");
add("firms", "firms firm");
add("pounds", "pounds pound lbs lb");
add("kilograms", "kilograms kilogram kilos kilo kg kgs");
add("milligrams", "milligrams milligram mg");
add("pill_presses", "presses");
add("sets", "sets");
add("scanners", "scanners scanner");
add("laboratories", "laboratories laboratory labs lab");
add("percent", "percent");
add("USD", "dollars usd");
add("deaths", "deaths death fatalities fatality");
add("arrests", "arrests arrest");
add("sanctions", "sanctions sanction");
add("countries", "countries country nations");
add("incidents", "incidents incident");
add("precursors", "precursors");
add("packages", "packages package parcels parcel");
add("years", "years year yrs");
add("times", "times");

/** Two-word units whose first word alone means something else ("pill press", "precursor chemicals"). */
const PAIRS: Record<string, Unit> = {
  "pill press": "pill_presses",
  "pill presses": "pill_presses",
  "precursor chemicals": "precursors",
};

// Words that end the noun phrase after a number: a verb, a preposition, a clause.
const STOP = new Set(
  (
    "is are was were be been being am has have had do does did will would shall should can could may might must " +
    "to in on at for with by from into onto as than that which who whom whose when where while because since if " +
    "but so about over under between through during after before against among per via each the this these " +
    "those it they we he she there here not no a an all both some many most including especially such"
  ).split(" "),
);
const DETERMINERS = new Set("the their its these those his her our them all".split(" "));
const WINDOW = 6;
const TOKEN = /^([ \t]*)([^\s]+)/;

/** The unit a plain noun names, or null. */
export function unitOfNoun(word: string): Unit | null {
  return NOUNS[normalize(word)] ?? null;
}

/**
 * The unit named by the noun phrase after a number, within a few words ("123 new large-scale
 * scanners", "12 of their executives"), and where that noun ends. Stops at punctuation that
 * ends a phrase, at a line break, at another number, and at verbs and prepositions.
 */
export function unitAfter(
  text: string,
  at: number,
  limit = text.length,
): { unit: Unit; end: number } | null {
  const found = scan(text, at);
  return found && found.end <= limit ? found : null;
}

function scan(text: string, at: number): { unit: Unit; end: number } | null {
  let pos = at;
  let previous = "";
  for (let i = 0; i < WINDOW; i++) {
    const m = TOKEN.exec(text.slice(pos, pos + 80));
    if (!m || (i === 0 && m[1] === "")) return null;
    const raw = m[2];
    if (/^[(["“”'‘]/.test(raw) || /\d/.test(raw) || isNumberWord(raw)) return null;
    const core = raw.replace(/[^\p{L}\p{Nd}-]+$/u, "");
    const word = normalize(core);
    const start = pos + m[1].length;
    const end = start + core.length;
    const pair = PAIRS[`${previous} ${word}`];
    if (pair) return { unit: pair, end };
    const unit = NOUNS[word];
    if (unit) return { unit, end };
    const ofAllowed = i === 0 || (i === 1 && previous === "of");
    if (word === "of" ? i !== 0 : STOP.has(word) && !(ofAllowed && DETERMINERS.has(word))) {
      return null;
    }
    if (/[.;:!?)\]"”]/.test(raw.slice(core.length))) return null;
    previous = word;
    pos = end + (raw.length - core.length);
  }
  return null;
}

function normalize(word: string): string {
  return word
    .toLowerCase()
    .replace(/^[-–]+|-+$/g, "")
    .replace(/['’]s?$/, "");
}
