import type { Sentence } from "./readSentences";

/** A label that qualifies what it counts by a participle phrase: "… deaths related to fentanyl". */
const QUALIFIED = /^(.+?)\s+[a-z]+(?:ed|ing)\b(?:\s+(?:to|by|with|from|in))?\s+\S.*$/;

/**
 * A passive participle with its preposition, in the figure's own clause (no comma but a
 * number's): "are attributed to".
 */
const PASSIVE =
  /^(?:[^,;]|,(?=\d))*?\b(?:are|is|were|was|been)\s+([a-z]+ed\s+(?:to|by|with|from|in))\s+/;

/**
 * A known record's label for the same measure, in this sentence's own words: documents agree on
 * what is measured ("Share of US drug overdose deaths") but each qualifies it its own way, so
 * the label's qualifying phrase gives way to the one the sentence states after the figure
 * ("… are attributed to illicit fentanyl mostly supplied by …" → "… attributed to illicit
 * fentanyl"). The label as it is when either has no such phrase.
 */
export function inOwnWords(label: string, sentence: Sentence, after: number): string {
  const head = QUALIFIED.exec(label)?.[1];
  if (!head) return label;
  const rest = sentence.text.slice(after);
  const passive = PASSIVE.exec(rest);
  if (!passive) return label;
  const from = after + passive[0].length;
  // What it is qualified by: the noun phrase compromise reads there, else the words up to a
  // clause's end.
  const phrase =
    sentence.names().nouns.find((n) => n.start === from)?.text ??
    /^[^,;.]+/.exec(sentence.text.slice(from))?.[0].trim();
  return phrase ? `${head} ${passive[1]} ${phrase}` : label;
}
