import type { EventKind } from "../dataset/schema";
import { eventKindOf } from "./classify";
import { actionAt } from "./readActions";

/**
 * The kind of the event a date at [start, end) of the sentence dates: the kind its governing
 * verb names ("the U.S. arrested Cienfuegos on drug trafficking charges on October 15" is an
 * arrest, not an indictment), else what the words of that verb's clause name nearest the date,
 * leaving out an opening clause about something else ("In response to Pelosi's visit, the PRC
 * suspended cooperation in August 2022" is no meeting).
 *
 * @example eventKindAt("Robinson testified before the Senate in February 2023.", 39, 52) // "hearing"
 */
export function eventKindAt(sentence: string, start: number, end: number): EventKind {
  const action = actionAt(sentence, start, end);
  if (!action) return eventKindOf(sentence, start);
  const byVerb = eventKindOf(action.text);
  if (byVerb !== "policy" && byVerb !== "announcement") return byVerb;
  // A date in an opening phrase ("At the North American Leaders Summit in January 2023, …")
  // dates what that phrase names as much as the verb after it.
  const from = action.start >= end ? 0 : Math.min(action.subject?.start ?? action.start, start);
  return eventKindOf(sentence.slice(from), start - from);
}
