import type { Unit } from "../dataset/schema";
import { KNOWN_UNITS } from "../dataset/unitRegistry";
import { isNumberWord } from "./wordNumbers";

/** Nouns that name what a number counts, from the unit registry. */
const NOUNS: Record<string, Unit> = Object.fromEntries(
  KNOWN_UNITS.flatMap((u) => u.nouns.map((n) => [n, u.id])),
);

/** Two-word units whose first word alone means something else ("pill press", "precursor chemicals"). */
const PAIRS: Record<string, Unit> = {
  "pill press": "pill_presses",
  "pill presses": "pill_presses",
  "precursor chemicals": "precursors",
  "metric tons": "metric_tons",
  "metric ton": "metric_tons",
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
// Words ending in "s" that follow a number without naming what it counts.
const NOT_COUNTED = new Set(
  (
    "others ones its ours yours theirs hers his this thus plus less unless always perhaps sometimes " +
    "besides towards afterwards whereas nevertheless across various numerous previous news means " +
    "respectively consecutive"
  ).split(" "),
);
/** A plural noun in lower case ("firearms", "tractor-trailers"): not "-ss", "-us", "-is", "-ous". */
const PLURAL = /^[a-z][a-z-]*[a-z]s$/;
const SINGULAR_ENDING = /(?:ss|us|is|ous)$/;
/** How many words may stand between a number and an open count noun ("five suspected smugglers"). */
const MODIFIERS = 2;
const WINDOW = 6;
const TOKEN = /^([ \t]*)([^\s]+)/;

/** The unit a plain noun names, or null. */
export function unitOfNoun(word: string): Unit | null {
  return NOUNS[normalize(word)] ?? null;
}

/**
 * The unit named by the noun phrase after a number, within a few words ("123 new large-scale
 * scanners", "12 of their executives"), and where that noun ends. Stops at punctuation that
 * ends a phrase, at a line break, at another number, and at verbs and prepositions. With
 * `open`, a plural noun the registry does not know names the unit itself when it comes first
 * ("23 firearms", "40 rounds of ammunition", "3 trucks carrying fentanyl pills" → trucks).
 */
export function unitAfter(
  text: string,
  at: number,
  limit = text.length,
  open = false,
): { unit: Unit; end: number } | null {
  const found = scan(text, at, open);
  return found && found.end <= limit ? found : null;
}

function scan(text: string, at: number, open: boolean): { unit: Unit; end: number } | null {
  let pos = at;
  let previous = "";
  let modifiers = 0;
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
    if (unit) return headNoun(text, end, word, raw.length > core.length) ?? { unit, end };
    if (open && modifiers <= MODIFIERS && isOpenCountNoun(core))
      return { unit: word.replace(/-/g, "_"), end };
    // "3 men carrying rifles", "1,000 and other drugs": the noun after a verb or a conjunction
    // is not what the number counts.
    if (/ing$|^(?:and|or|nor)$/.test(word)) modifiers = MODIFIERS + 1;
    else if (word !== "of" && !DETERMINERS.has(word)) modifiers++;
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

/**
 * In a compound whose first noun names a unit ("pill presses", "pill sets"), the unit is the
 * noun that ends it: the next word when it is a unit noun too.
 */
function headNoun(
  text: string,
  at: number,
  word: string,
  punctuated: boolean,
): { unit: Unit; end: number } | null {
  if (punctuated) return null;
  const m = /^([ \t]+)([\p{L}-]+)/u.exec(text.slice(at, at + 40));
  if (!m) return null;
  const next = normalize(m[2]);
  const unit = PAIRS[`${word} ${next}`] ?? NOUNS[next];
  return unit ? { unit, end: at + m[0].length } : null;
}

function normalize(word: string): string {
  return word
    .toLowerCase()
    .replace(/^[-–]+|-+$/g, "")
    .replace(/['’]s?$/, "");
}

/** A plural count noun as written in lower case, that the registry does not know. */
function isOpenCountNoun(word: string): boolean {
  return (
    PLURAL.test(word) &&
    !SINGULAR_ENDING.test(word) &&
    !NOT_COUNTED.has(word) &&
    !STOP.has(word) &&
    word.length <= 40
  );
}
