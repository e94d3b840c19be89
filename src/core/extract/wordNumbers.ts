const SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Words that multiply what precedes them ("two hundred", "three dozen"). */
export const SCALES: Record<string, number> = {
  dozen: 12,
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

const WORD = `(?:${[...Object.keys(SMALL), ...Object.keys(SCALES)].sort((a, b) => b.length - a.length).join("|")})`;

/**
 * A run of number words joined by a space or a hyphen: "nine", "twenty-five", "two hundred
 * thousand". "and" is not a joiner, so "two and three" stays two numbers.
 */
export const WRITTEN_NUMBER = new RegExp(
  `\\b(?:an?\\s+(?=(?:dozen|hundred|thousand|million|billion)\\b))?${WORD}(?:[ -]${WORD})*\\b`,
  "gi",
);

/** Number words glued to "fold": "sevenfold", "tenfold", "hundredfold". */
export const FOLD_WORD = new RegExp(`\\b(${WORD})fold\\b`, "gi");

/**
 * The value of a run matched by WRITTEN_NUMBER.
 * @example parseWrittenNumber("two hundred thirty-five thousand") // 235000
 */
export function parseWrittenNumber(phrase: string): number {
  let total = 0;
  let current = 0;
  for (const raw of phrase.toLowerCase().split(/[\s-]+/)) {
    if (raw === "a" || raw === "an") continue;
    if (raw in SMALL) current += SMALL[raw];
    else if (raw === "hundred" || raw === "dozen") current = (current || 1) * SCALES[raw];
    else if (raw in SCALES) {
      total += (current || 1) * SCALES[raw];
      current = 0;
    } else throw new Error(`"${raw}" is not a number word`);
  }
  return total + current;
}

/** True for "nine", "Hundred", "twenty-five": a word that starts a written number. */
export function isNumberWord(word: string): boolean {
  const first = word.toLowerCase().split("-")[0];
  return first in SMALL || first in SCALES;
}

/** Fractions written as words, as a percent of the whole (rounded to 2 decimals). */
export const FRACTIONS: Record<string, number> = {
  "one-half": 50,
  "one-third": 33.33,
  "two-thirds": 66.67,
  "one-quarter": 25,
  "three-quarters": 75,
  "one-fourth": 25,
  "three-fourths": 75,
  "one-fifth": 20,
  "two-fifths": 40,
  "three-fifths": 60,
  "four-fifths": 80,
};

/** Plural round numbers used as rough sizes: "thousands of deaths" is more than 1,000. */
export const VAGUE_AMOUNTS: Record<string, number> = {
  "tens of thousands": 1e4,
  "hundreds of thousands": 1e5,
  "tens of millions": 1e7,
  "hundreds of millions": 1e8,
  dozens: 12,
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
};
