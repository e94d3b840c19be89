import nlp from "compromise";

/** A span of a sentence: offsets into its text. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** A finite verb of a sentence, with the subject compromise reads for it. */
export interface Action extends Span {
  /** The verb's dictionary form, lower case ("arrested" → "arrest"). */
  infinitive: string;
  /** Its tense as compromise reads it ("PastTense", "PresentTense", "FutureTense"). */
  tense: string;
  subject: Span | null;
}

interface VerbJson {
  text: string;
  offset: { start: number; length: number };
  verb?: { infinitive?: string; grammar?: { isInfinitive?: boolean; tense?: string } };
}

type VerbView = ReturnType<ReturnType<typeof nlp>["verbs"]>;

const cache = new Map<string, Action[]>();

/**
 * The finite verbs of a sentence in order, each with its subject. Gerunds and "to" infinitives
 * are left out: "drug trafficking charges" and "to counter fentanyl" name no action of the
 * sentence. Deterministic: compromise's tagger has no randomness.
 */
export function actionsIn(sentence: string): Action[] {
  const hit = cache.get(sentence);
  if (hit) return hit;
  const actions: Action[] = [];
  nlp(sentence)
    .verbs()
    // Each item of a verbs() view is itself a verb view, with subjects().
    .forEach((item) => {
      const view = item as VerbView;
      const verb = (view.json({ offset: true }) as VerbJson[])[0];
      if (!verb) return;
      const text = verb.text.replace(/[.,;:!?”"’]+$/, "");
      const start = verb.offset.start;
      const last = text.split(/\s+/).pop() ?? "";
      if (/ing$/i.test(last) && !/\b(is|are|was|were|be|been)\b/i.test(text)) return;
      if (verb.verb?.grammar?.isInfinitive && /\bto\s+$/i.test(sentence.slice(0, start))) return;
      // After a preposition or an article a participle describes a noun: "son of imprisoned Joaquín".
      if (/\b(of|the|a|an|for|by|with|from)\s+$/i.test(sentence.slice(0, start))) return;
      const subject = (view.subjects().json({ offset: true }) as VerbJson[])[0];
      actions.push({
        text,
        start,
        end: start + text.length,
        infinitive: (verb.verb?.infinitive ?? last).toLowerCase(),
        tense: verb.verb?.grammar?.tense ?? "",
        subject: subject
          ? {
              text: subject.text.replace(/[,;:]+$/, ""),
              start: subject.offset.start,
              end: subject.offset.start + subject.text.replace(/[,;:]+$/, "").length,
            }
          : null,
      });
    });
  if (cache.size > 500) cache.clear();
  cache.set(sentence, actions);
  return actions;
}

/**
 * The action a date at [start, end) of the sentence dates: the last verb before it in its
 * clause ("arrested Ovidio Guzmán in January 2023 … and extradited him in September 2023"),
 * else, for a date that opens the sentence ("On May 1, 2019, China added …"), the first verb
 * after it. A semicolon ends a clause.
 */
export function actionAt(sentence: string, start: number, end: number): Action | null {
  const all = actionsIn(sentence);
  // compromise reads some plural nouns as present-tense verbs ("on bribery charges"): in a
  // sentence that recounts in the past, a past (or future) verb is the action.
  const recounted = all.filter((a) => a.tense !== "PresentTense");
  const actions = recounted.length ? recounted : all;
  const before = actions.filter(
    (a) => a.end <= start && !sentence.slice(a.end, start).includes(";"),
  );
  if (before.length) return before[before.length - 1];
  return actions.find((a) => a.start >= end && !sentence.slice(end, a.start).includes(";")) ?? null;
}

/** Verbs of being and having state how things stand ("than they were in 2020"): no action. */
const STATE = /^(be|have|remain|seem|appear)$/;

/**
 * Whether a date at [start, end) of the sentence dates an action of its own rather than the
 * period of the figures at `figures` (offsets into the sentence): it stands in a clause of its
 * own (past a semicolon), or the verb it dates governs none of the figures ("imposed 200
 * sanctions …, including an organisation the Treasury targeted just last week"; "In 2020, the
 * Postal Service reported that … 100% of its packages …").
 *
 * @example datesOwnAction("Police seized 40 kilos; the court fined the firm in 2019.", 51, 55, [{ start: 14, end: 22 }]) // true
 */
export function datesOwnAction(
  sentence: string,
  start: number,
  end: number,
  figures: { start: number; end: number }[],
): boolean {
  const clauseOf = (at: number) => sentence.slice(0, at).split(";").length;
  const clause = clauseOf(start);
  if (figures.every((f) => clauseOf(f.start) !== clause)) return true;
  const action = actionAt(sentence, start, end);
  if (!action || STATE.test(action.infinitive.split(" ").pop() ?? "")) return false;
  return figures.every((f) => governing(sentence, f)?.start !== action.start);
}

/**
 * The action of a figure: compromise may read an adverb into the verb ("have increased more"),
 * and a figure that opens a "that" clause is its subject ("reported that 80% of parcels carried").
 */
function governing(sentence: string, f: { start: number; end: number }): Action | null {
  const all = actionsIn(sentence);
  const overlapping = all.find((a) => a.start < f.start && a.end > f.start);
  if (overlapping) return overlapping;
  const before = actionAt(sentence, f.start, f.end);
  const opensClause = before && /\bthat\s+$/.test(sentence.slice(before.end, f.start));
  return (opensClause && all.find((a) => a.start >= f.end)) || before;
}
