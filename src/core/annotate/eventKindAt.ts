import nlp from "compromise";
import type { EventKind } from "../dataset/schema";
import { eventKindOf } from "./classify";
import { actionAt } from "./readActions";

/** Finding an amount is a seizure: "unpacked a box and found inside 175 pounds of chemicals". */
const FOUND_AN_AMOUNT = /\b(found|discovered|uncovered)\b[^.;]{0,20}?\b\d/i;

/** Adding a named country or body to a list designates it ("added China to the list of …"). */
const ADDED_TO_A_LIST = /^\s+(?:the\s+)?[A-Z][^,;]{0,80}?\bto\s+[^,;]{0,60}\blist\b/;

/** A verb of saying with a "that" clause reports what the clause says; it does not do it. */
const REPORTED = /^(report|say|state|note|find|conclude|confirm)$/;

/**
 * The kind of the event a date at [start, end) of the sentence dates: the kind its governing
 * verb names ("the U.S. arrested Cienfuegos on drug trafficking charges on October 15" is an
 * arrest, not an indictment), else what the words of that verb's clause name nearest the date,
 * leaving out an opening clause about something else ("In response to Pelosi's visit, the PRC
 * suspended cooperation in August 2022" is no meeting). A report ("reported that …") is an
 * announcement; adding a named body to a list designates it; finding an amount is a seizure;
 * what two governments do together ("the U.S. and Mexican governments published a plan") is an
 * agreement; one of the things a sentence lists ("imposed
 * 200 sanctions, including a group the Treasury targeted last week") is of their kind.
 *
 * @example eventKindAt("Robinson testified before the Senate in February 2023.", 39, 52) // "hearing"
 */
export function eventKindAt(sentence: string, start: number, end: number): EventKind {
  const action = actionAt(sentence, start, end);
  if (!action) return eventKindOf(sentence, start);
  const byVerb = eventKindOf(action.text);
  if (byVerb !== "policy" && byVerb !== "announcement") return byVerb;
  if (action.infinitive === "add" && ADDED_TO_A_LIST.test(sentence.slice(action.end)))
    return "designation";
  if (REPORTED.test(action.infinitive) && /^\s+that\b/.test(sentence.slice(action.end)))
    return "announcement";
  // A date in an opening phrase ("At the North American Leaders Summit in January 2023, …")
  // dates what that phrase names as much as the verb after it.
  const from = action.start >= end ? 0 : Math.min(action.subject?.start ?? action.start, start);
  const inClause = eventKindOf(sentence.slice(from), start - from);
  if (inClause !== "policy" && inClause !== "announcement") return inClause;
  if (FOUND_AN_AMOUNT.test(sentence.slice(Math.min(action.start, start)))) return "seizure";
  const listed = sentence.slice(0, from).lastIndexOf(", including ");
  if (listed > 0) {
    const kind = eventKindOf(sentence.slice(0, listed), listed);
    if (kind !== "policy" && kind !== "announcement") return kind;
  }
  if (byTwoStates(action.subject?.text ?? "")) return "agreement";
  return inClause;
}

/**
 * Whether a subject is two states acting as one ("the U.S. and Mexican governments", "the U.S.
 * and Mexico"): what two governments publish or adopt together they have agreed on.
 */
function byTwoStates(subject: string): boolean {
  const two =
    /^(?:the\s+)?(U\.S\.|[A-Z][\p{L}]+)\s+and\s+(?:the\s+)?(U\.S\.|[A-Z][\p{L}]+)(?:\s+governments)?$/u.exec(
      subject,
    );
  const state = (word: string) =>
    word === "U.S." || nlp(word).has("#Country") || nlp(word).has("#Demonym");
  return !!two && two[1] !== two[2] && state(two[1]) && state(two[2]);
}
