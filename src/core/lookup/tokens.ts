/** Words too common to tell figures apart; "in 2023" should match on 2023 alone. */
const STOPWORDS = new Set([
  "a",
  "an",
  "and",
  "at",
  "by",
  "for",
  "from",
  "in",
  "into",
  "of",
  "on",
  "or",
  "the",
  "to",
  "with",
  "since",
  "per",
  "its",
  "their",
  "was",
  "were",
  "is",
  "are",
  "be",
  "been",
  "that",
  "this",
  "than",
  "more",
  "over",
  "about",
  "nearly",
  "least",
  "up",
]);

/** A word reduced so that "sanctions" meets "sanction" and "seized" meets "seize". */
export function stem(word: string): string {
  if (word.length <= 3 || /^\d/.test(word)) return word;
  if (word.endsWith("ies") && word.length > 4) return word.slice(0, -3) + "y";
  if (word.endsWith("sses")) return word.slice(0, -2);
  if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) return word.slice(0, -1);
  if (word.endsWith("ed") && word.length > 4) return word.slice(0, -1);
  return word;
}

/**
 * Lowercase word stems of a text, stopwords dropped; digits grouped with commas count as one
 * number, so "3,600" and "3600" both become "3600".
 * @example tokenize("More than 3,600 pill presses seized") // ["3600", "pill", "press", "seize"]
 */
export function tokenize(text: string): string[] {
  const words = text
    .toLowerCase()
    .replace(/(\d),(?=\d{3}\b)/g, "$1")
    .split(/[^a-z0-9.]+|(?<!\d)\.|\.(?!\d)/)
    .filter((w) => w && !STOPWORDS.has(w));
  return words.map(stem);
}

/** True when a query stem matches a stem of the text: equal, or a prefix of at least 4 letters. */
export function stemMatches(query: string, stems: readonly string[]): boolean {
  return stems.some((s) => s === query || (query.length >= 4 && s.startsWith(query)));
}
