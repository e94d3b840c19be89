import type { EventAnnotation } from "../dataset/annotationSchema";
import nlp from "compromise";
import { similarity, type Known } from "./knownRecords";
import { wordsOf } from "./wordsOf";

/** How alike two sentences must read to restate one event (shared names and verbs). */
const RETOLD = 0.1;

/**
 * Fact keys of a document's events beyond links to other documents: a restatement (an event
 * of the same kind on the same date as an earlier one of the document, told in words alike)
 * shares the key of the event it restates, and an event the document recounts from before its
 * own month gets a key of its own when a later document could tell it reports that very event
 * (`identifiable`), so that it can link to it without editing this annotation. A key is named
 * after its first event's id, unless taken.
 */
export function linkFacts(
  events: EventAnnotation[],
  known: Known,
  documentDate: string | null,
): void {
  const taken = new Set(known.records.map((r) => r.fact));
  const fresh = (id: string) => {
    let key = id;
    for (let n = 2; taken.has(key); n++) key = `${id}-${n}`;
    taken.add(key);
    return key;
  };
  events.forEach((e, i) => {
    // A hearing is the occasion of a testimony, not an occurrence other records report again.
    if (e.fact || e.date === null || e.kind === "hearing") return;
    // "in September 2023" and "on September 15, 2023" date the same extradition; "in 2019"
    // dates too much to tell one policy of that year from another.
    const within = (a: string, b: string) =>
      a.length >= 7 && b.length >= 7 && (a.startsWith(b) || b.startsWith(a));
    // Two policies of one month are two events unless their sentences tell the same story.
    const alike = (x: EventAnnotation) =>
      similarity(wordsOf(x.quote), wordsOf(e.quote)) >= RETOLD || samePersonHeld(x, e);
    const first = events
      .slice(0, i)
      .find((x) => x.kind === e.kind && x.date !== null && within(x.date, e.date!) && alike(x));
    if (first) e.fact = first.fact ??= fresh(first.id);
  });
  const month = documentDate?.slice(0, 7);
  if (!month) return;
  // Compared at the coarser of the two precisions: "in 2024" is not before March 2024.
  const before = (date: string) => date.slice(0, 7) < month.slice(0, date.length);
  for (const e of events)
    if (!e.fact && e.date !== null && before(e.date) && identifiable(e)) e.fact = fresh(e.id);
}

/**
 * Whether a later document could tell it is reporting this very event: one dated only by its
 * year ("in 2019, joint investigations led to sentencing") could be any of that year's, and a
 * hearing is the occasion of a testimony, which other documents quote but do not report anew.
 */
function identifiable(e: EventAnnotation): boolean {
  return e.date !== null && e.date.length >= 7 && e.kind !== "hearing";
}

/**
 * Whether two arrests (or two extraditions) name the same person among their parties: one
 * person is not arrested twice in a month, however differently the sentences tell it
 * ("Mexican authorities arrested Ovidio Guzmán …", "… captured Ovidio Guzmán … on January 4").
 */
function samePersonHeld(a: EventAnnotation, b: EventAnnotation): boolean {
  if (a.kind !== b.kind || (a.kind !== "arrest" && a.kind !== "extradition")) return false;
  const people = (e: EventAnnotation) =>
    e.parties.flatMap((p) => ((nlp(p).people().out("array") as string[]).length ? [p] : []));
  const others = new Set(people(b));
  return people(a).some((p) => others.has(p));
}
