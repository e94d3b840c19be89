import type { Figure } from "../dataset/schema";
import { figureStems } from "./buildIndex";
import { SAME_ACT } from "./lookupByMeaning";

/**
 * Postings of the lookup pieces are keyed by a stem's first letters. A query word matches a
 * stem it equals or, from four letters on, begins (stemMatches), so every stem it can match
 * shares its first four letters: the key names a superset of the figures holding the word.
 */
export const KEY_LENGTH = 4;

export const stemKey = (stem: string): string => stem.slice(0, KEY_LENGTH);

/**
 * The keys of every stem a query word can match: its own, and those of the verbs of the same
 * act (wordMatches), so "seized" also reads the postings of "stop" and "interdict".
 * @example wordKeys("seize") // ["seiz", "stop", "inte"]
 */
export function wordKeys(word: string): string[] {
  const group = SAME_ACT.find((g) => g.some((prefix) => word.startsWith(prefix))) ?? [];
  return [...new Set([stemKey(word), ...group.map(stemKey)])];
}

/** The keys a figure is listed under: those of every stem of its name, context and quote. */
export function figureKeys(figure: Figure): string[] {
  const s = figureStems(figure);
  return [...new Set([...s.name, ...s.context, ...s.quote].map(stemKey))];
}
