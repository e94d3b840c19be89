import { dateText } from "../layout/dateDisplay";
import type { Conflict, ConflictSide, Event, Figure, Qualifier, Source } from "./schema";
import { statedValue } from "./statedValue";
import { convertUnit } from "./unitRegistry";

/** What a conflict's note needs of a document: the name people know it by. */
export type NamedDocument = Pick<Source, "id" | "title" | "publisher">;

/**
 * The facts that sources report differently. Records that share a `fact` key state the same
 * fact; they conflict when:
 * - figures: their values (or units) differ. Equal values are a restatement even when worded
 *   differently ("almost half" and "nearly half" both read nearly 50 percent). Differing values
 *   are listed even when their qualifiers could both hold ("more than 100,000" and 107,000):
 *   the note says whether they can, and whether the periods differ. Within one document, values
 *   whose qualifiers allow one common value ("more than 12,000 pounds" and "12,017 pounds") are
 *   a restatement, not a conflict; so are weights that agree once converted (6 tons, 12,000 pounds).
 * - events: two dates that cannot be the same day. A date reported at a coarser precision
 *   ("September 2023" and "September 15, 2023") is compatible, not a conflict; an undated
 *   report conflicts with nothing.
 * Every record of a conflicting fact is a side, in document order. The note names each side's
 * document by its title (its publisher when it has none), as people read it, so the note reads
 * the same in every output (CSV, POLICY.TABLE, inserted tables, the workbook, the pane).
 */
export function findConflicts(
  figures: Figure[],
  events: Event[],
  documents: readonly NamedDocument[],
): Conflict[] {
  const names = new Map(documents.map((d) => [d.id, documentName(d)]));
  const nameOf = (doc: string) => names.get(doc) ?? doc;
  const conflicts: Conflict[] = [];
  for (const [fact, group] of groupByFact(figures)) {
    const values = new Set(group.map((f) => `${round(f.value)} ${f.unit}`));
    if (values.size < 2 || restatedInOneDocument(group)) continue;
    conflicts.push({
      id: `${fact}-conflict`.slice(0, 80).replace(/-+$/, ""),
      kind: "value",
      fact,
      subject: group[0].metric,
      sides: group.map((f) => side(f, f.value, null)),
      note: valueNote(group, nameOf),
    });
  }
  for (const [fact, group] of groupByFact(events)) {
    const dated = group.filter((e) => e.date !== null);
    const clash = dated.some((a) => dated.some((b) => !compatibleDates(a.date!, b.date!)));
    if (!clash) continue;
    conflicts.push({
      id: `${fact}-conflict`.slice(0, 80).replace(/-+$/, ""),
      kind: "date",
      fact,
      subject: group[0].title,
      sides: group.map((e) => side(e, null, e.date)),
      note: dateNote(dated, nameOf),
    });
  }
  return conflicts.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Two partial ISO dates can name the same day when one is a prefix of the other. */
export function compatibleDates(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

function groupByFact<T extends Figure | Event>(records: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const r of records) {
    if (!r.fact) continue;
    groups.set(r.fact, [...(groups.get(r.fact) ?? []), r]);
  }
  for (const group of groups.values())
    group.sort(
      (a, b) =>
        cmp(a.source.doc, b.source.doc) || a.source.start - b.source.start || cmp(a.id, b.id),
    );
  return new Map([...groups].sort(([a], [b]) => cmp(a, b)));
}

function side(r: Figure | Event, value: number | null, date: string | null): ConflictSide {
  return { ref: r.id, doc: r.source.doc, value, date, quote: r.source.quote };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const round = (v: number) => Math.round(v * 1e6) / 1e6;

/** The values a qualified figure allows: "about" ±10%, "nearly" up to 10% below. */
export function allowedRange(value: number, qualifier: Qualifier): [number, number] {
  switch (qualifier) {
    case "more_than":
    case "at_least":
      return [value, Infinity];
    case "up_to":
    case "less_than":
      return [-Infinity, value];
    case "nearly":
      return [value * 0.9, value];
    case "about":
      return [value * 0.9, value * 1.1];
    default:
      return [value, value];
  }
}

/** One document restating one fact: every value, in the first one's unit, allows a common value. */
function restatedInOneDocument(group: Figure[]): boolean {
  if (new Set(group.map((f) => f.source.doc)).size > 1) return false;
  const unit = group[0].unit;
  let lo = -Infinity;
  let hi = Infinity;
  for (const f of group) {
    const value = convertUnit(f.value, f.unit, unit);
    if (value === null) return false;
    const [a, b] = allowedRange(value, f.qualifier);
    lo = Math.max(lo, a - Math.abs(a) * 1e-9);
    hi = Math.min(hi, b + Math.abs(b) * 1e-9);
  }
  return lo <= hi;
}

/** A document as a note names it: its title in quotes, else its publisher, else its file id. */
function documentName(d: NamedDocument): string {
  return d.title ? `"${d.title}"` : (d.publisher ?? d.id);
}

function valueNote(group: Figure[], nameOf: (doc: string) => string): string {
  const units = new Set(group.map((f) => f.unit));
  const stated = (f: Figure) =>
    `${statedValue(f)} (${nameOf(f.source.doc)}${f.period.text ? `, ${f.period.text}` : ""})`;
  const listed = group.map(stated).join("; ");
  if (units.size > 1) return `Reported in different units, so not directly comparable: ${listed}.`;
  const lo = Math.max(...group.map((f) => allowedRange(f.value, f.qualifier)[0]));
  const hi = Math.min(...group.map((f) => allowedRange(f.value, f.qualifier)[1]));
  const periods = new Set(group.map((f) => f.period.start ?? f.period.text ?? ""));
  const periodNote = periods.size > 1 ? " The periods differ, which may explain part of it." : "";
  return lo <= hi
    ? `Different values, but their qualifiers allow one common value: ${listed}.${periodNote}`
    : `The values cannot all hold at once: ${listed}.${periodNote}`;
}

function dateNote(dated: Event[], nameOf: (doc: string) => string): string {
  const listed = dated.map((e) => `${dateText(e.date!)} (${nameOf(e.source.doc)})`).join("; ");
  return `Reported on dates that cannot be the same day: ${listed}. Dates at a coarser precision that contain each other are not counted as conflicts.`;
}
