import { allowedRange } from "../dataset/findConflicts";
import type { Qualifier } from "../dataset/schema";

/** How far apart two statements of one fact may round (a release's 100,000 and a report's 107,000). */
const SLACK = 0.1;

/**
 * True when two qualified values may state the same fact: the values each allows, widened by
 * a tenth, overlap ("more than 50 percent" and "68 percent" may; "about 70,000" and
 * "more than 100,000" may not).
 * @example mayStateTheSame([68, "exact"], [50, "more_than"]) // true
 */
export function mayStateTheSame(
  [a, qa]: [number, Qualifier],
  [b, qb]: [number, Qualifier],
): boolean {
  const [loA, hiA] = widened(allowedRange(a, qa));
  const [loB, hiB] = widened(allowedRange(b, qb));
  return loA <= hiB && loB <= hiA;
}

const widened = ([lo, hi]: [number, number]): [number, number] => [
  lo - Math.abs(lo) * SLACK,
  hi + Math.abs(hi) * SLACK,
];
