import type { Span } from "./spans";

const CLOCK_TIME =
  /(?<![\p{L}\p{Nd}])(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:a\.m\.|p\.m\.|am\b|pm\b))?|\d{1,2}\s*(?:a\.m\.|p\.m\.)|\d{1,2}\s*(?:am|pm)\b)/giu;

/**
 * Times of day ("10:30", "9 p.m."): neither a figure nor a date at the precisions the dataset
 * keeps, so their digits are not number mentions.
 */
export function findClockTimes(text: string): Span[] {
  return [...text.matchAll(CLOCK_TIME)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
}
