import type { EventAnnotation } from "../dataset/annotationSchema";
import type { Category, EventKind } from "../dataset/schema";
import { unitInfo } from "../dataset/unitRegistry";
import { actsBetweenGovernments } from "./actsBetweenGovernments";
import { usualTables, type Known, type KnownRecord } from "./knownRecords";

/** Words by which a table's title or description says it holds records of a category. */
const CATEGORY_WORDS: Partial<Record<Category, RegExp>> = {
  sanctions: /\bsanction|\bdesignat/,
  deaths: /\bdeaths?\b|\bdied\b/,
  seizures: /\bseiz/,
  prosecutions: /\bindict|\bcharg|\bprosecut/,
  enforcement: /\barrest/,
  capacity: /\bcapacity|\binspect|\bscanner/,
  cooperation: /\bcooperation\b/,
  funding: /\bfunding\b|\bspent\b/,
};

/** Words by which a timeline's title or description says it holds events of a kind. */
const KIND_WORDS: Partial<Record<EventKind, RegExp>> = {
  sanction: /\bsanction/,
  designation: /\bdesignation/,
  indictment: /\bindictment|\bprosecution/,
  arrest: /\barrest|\bcapture/,
  extradition: /\bextradition/,
  agreement: /\bagreement/,
  meeting: /\bmeeting/,
  dialogue: /\bdialogue/,
};

/** Units that name who or what is counted, not what for. */
const GENERIC = ["count", "persons"];

/** Kinds of events two governments hold together: their timeline takes what they do jointly. */
const TOGETHER: EventKind[] = ["agreement", "meeting", "dialogue"];

/** Known records an analyst filed alike must be at least this many to outweigh the table descriptions. */
const ENOUGH = 2;

function learned(known: Known, kind: KnownRecord["kind"], like: (r: KnownRecord) => boolean) {
  const n = known.records.filter((r) => r.kind === kind && like(r)).length;
  return n >= ENOUGH ? usualTables(known, kind, like) : null;
}

/**
 * The tables more than half of the known records of this kind that `like` accepts join, when
 * at least `ENOUGH` are known, else null. Voting table by table keeps a category the analyst
 * filed inconsistently ("policy" figures: one in cooperation, one in money) out of every table
 * instead of following whichever record came first.
 */
function voted(
  known: Known,
  kind: KnownRecord["kind"],
  like: (r: KnownRecord) => boolean,
): string[] | null {
  const same = known.records.filter((r) => r.kind === kind && like(r));
  if (same.length < ENOUGH) return null;
  const counts = new Map<string, number>();
  for (const r of same) for (const t of r.tables) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].filter(([, n]) => n * 2 > same.length).map(([t]) => t);
}

/**
 * A figure's tables: those most other figures of its category join, when enough are known,
 * else the tables whose description names the category; plus those every known figure of its
 * unit joins and, for a measure, those whose description names the unit ("in US dollars").
 */
export function figureTables(known: Known, category: Category, unit: string): string[] {
  const words = CATEGORY_WORDS[category];
  const tables = [
    ...(voted(known, "figure", (r) => r.category === category) ??
      known.tables.filter((t) => t.kind === "figure" && words?.test(t.says)).map((t) => t.id)),
  ];
  // Only figures of its category: 107,000 persons who died say nothing of 5 persons charged.
  const same = known.records.filter(
    (r) => r.kind === "figure" && r.unit === unit && r.category === category,
  );
  if (same.length >= ENOUGH)
    for (const t of same[0].tables)
      if (same.every((r) => r.tables.includes(t)) && !tables.includes(t)) tables.push(t);
  // A figure its category files nowhere joins the tables that say they hold what it counts
  // ("Counts from international cooperation: …, precursors listed" takes 50 precursors); a
  // count of people says nothing of what they were counted for.
  if (!tables.length && !unitInfo(unit)?.measure && !GENERIC.includes(unit)) {
    const noun = new RegExp(`\\b${unit.replace(/[^\w]/g, "")}\\b`, "i");
    for (const t of known.tables) if (t.kind === "figure" && noun.test(t.says)) tables.push(t.id);
  }
  // A table that says it holds sums "in US dollars" takes every figure in US dollars.
  const info = unitInfo(unit);
  if (info?.measure)
    for (const t of known.tables)
      if (
        t.kind === "figure" &&
        t.says.includes(info.plural.toLowerCase()) &&
        !tables.includes(t.id)
      )
        tables.push(t.id);
  return tables;
}

/**
 * An event's tables: the general timeline (one whose description names no kind), and the
 * timelines most known events of its category join when enough are known, else those whose
 * description names its kind. A restatement of an event the document already recorded joins
 * none: timelines list each occurrence once, and all-events keeps the restatement.
 */
export function eventTables(
  known: Known,
  kind: EventKind,
  category: Category,
  restates: boolean,
  sentence = "",
): string[] {
  if (restates) return [];
  const timelines = known.tables.filter((t) => t.kind === "event");
  const general = timelines
    .filter((t) => !Object.values(KIND_WORDS).some((w) => w.test(t.says)))
    .map((t) => t.id);
  const words = KIND_WORDS[kind] ?? CATEGORY_WORDS[category];
  const named =
    voted(known, "event", (r) => r.category === category) ??
    (words ? timelines.filter((t) => words.test(t.says)).map((t) => t.id) : []);
  // What two governments do together or to each other, short of one prosecuting or sanctioning
  // the other's nationals, belongs where their agreements and dialogues are.
  if (actsBetweenGovernments(sentence, kind))
    for (const t of timelines)
      if (TOGETHER.some((k) => KIND_WORDS[k]!.test(t.says)) && !named.includes(t.id))
        named.push(t.id);
  const specific = named.filter((t) => !general.includes(t));
  if (!specific.length && !general.length)
    return learned(known, "event", (r) => r.category === category) ?? [];
  return [...specific, ...general];
}

/**
 * Leaves one statement of each event of the document in the timelines: of the events that share
 * a fact key, the one dated most precisely (the first of equals) keeps the tables any of them
 * chose, and the others join none ("in January 2023" restated as "on January 4, 2023": the
 * timelines list the day; all-events keeps both).
 */
export function fileOncePerFact(events: EventAnnotation[]): void {
  const byFact = new Map<string, EventAnnotation[]>();
  for (const e of events) if (e.fact) byFact.set(e.fact, [...(byFact.get(e.fact) ?? []), e]);
  for (const same of byFact.values()) {
    if (same.length < 2) continue;
    const keeper = same.reduce((best, e) =>
      (e.date?.length ?? 0) > (best.date?.length ?? 0) ? e : best,
    );
    const tables = keeper.tables.length
      ? keeper.tables
      : (same.find((e) => e.tables.length)?.tables ?? []);
    for (const e of same) e.tables = e === keeper ? tables : [];
  }
}
