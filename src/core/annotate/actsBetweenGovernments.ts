import nlp from "compromise";
import type { EventKind } from "../dataset/schema";

const US_WORDS = /^(American|United|States|America)$/;

/** Kinds one government takes alone, against a person or firm. */
const ALONE: EventKind[] = ["indictment", "designation", "sanction", "arrest", "extradition"];

/**
 * Whether the sentence has the United States and another country act together or on each other:
 * "joint" or "bilateral" work (a joint investigation too), or the US named beside another
 * country or its people ("the Chinese government added …, after the U.S. …") in an event that
 * is not one government's own action against a person or firm. A hearing is neither.
 */
export function actsBetweenGovernments(sentence: string, kind: EventKind): boolean {
  if (kind === "hearing") return false;
  if (/\b(joint|jointly|bilateral)\b/i.test(sentence)) return true;
  if (ALONE.includes(kind)) return false;
  const us = /(U\.S\.|\bUS\b|\bUnited States\b|\bAmerican\b|\bboth countries\b)/.test(sentence);
  // Word by word: in context compromise may read "Chinese government" as one organisation.
  const foreign = (sentence.match(/\b[A-Z][\p{L}]+\b/gu) ?? []).some(
    (w) => !US_WORDS.test(w) && (nlp(w).has("#Country") || nlp(w).has("#Demonym")),
  );
  return us && foreign;
}
