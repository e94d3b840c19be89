import type { Event, Figure } from "./schema";

/** An annotation's `sameAs`: record `id` states the same fact as record `target`. */
export interface SameAsLink {
  id: string;
  target: string;
  kind: "figure" | "event";
  /** Where the link is written, for messages. */
  where: string;
}

/**
 * Joins each record to the fact of the record it names in `sameAs`, so a new document links
 * to an existing fact without editing the other document's annotation: the fact key is the
 * target's `fact`, or the target's id when it has none (the target then carries that key).
 * Returns the problems: an unknown target, a target of the other kind, or a record whose own
 * `fact` names another fact.
 */
export function linkSameAs(links: SameAsLink[], figures: Figure[], events: Event[]): string[] {
  const problems: string[] = [];
  const records = new Map<string, { kind: "figure" | "event"; record: Figure | Event }>([
    ...figures.map((r) => [r.id, { kind: "figure" as const, record: r }] as const),
    ...events.map((r) => [r.id, { kind: "event" as const, record: r }] as const),
  ]);
  const pending = links.filter((link) => {
    const target = records.get(link.target);
    if (!target) {
      const ids = [...records.values()]
        .filter((r) => r.kind === link.kind && r.record.id !== link.id)
        .map((r) => r.record.id);
      const near = ids.filter((id) => id.includes(link.target) || link.target.includes(id));
      problems.push(
        `${link.where}.sameAs: no ${link.kind} has id "${link.target}"` +
          (near.length ? `; did you mean ${near.slice(0, 3).join(", ")}?` : ""),
      );
      return false;
    }
    if (target.kind !== link.kind) {
      problems.push(
        `${link.where}.sameAs: "${link.target}" is an ${target.kind}; a ${link.kind} can only restate a ${link.kind}`,
      );
      return false;
    }
    if (link.target === link.id) {
      problems.push(`${link.where}.sameAs: a record cannot restate itself`);
      return false;
    }
    return true;
  });
  // Links may chain (c sameAs b, b sameAs a): settle them until no key changes.
  for (let round = 0; round <= pending.length; round++) {
    let changed = false;
    for (const link of pending) {
      const own = records.get(link.id)!.record;
      const target = records.get(link.target)!.record;
      const key = target.fact ?? target.id;
      if (target.fact === null) {
        target.fact = key;
        changed = true;
      }
      if (own.fact === key) continue;
      if (own.fact !== null && round === 0 && !links.some((l) => l.target === link.id)) {
        problems.push(
          `${link.where}.fact: "${own.fact}" differs from the fact "${key}" of "${link.target}" named in sameAs; remove fact: or set it to "${key}"`,
        );
        continue;
      }
      own.fact = key;
      changed = true;
    }
    if (!changed) break;
  }
  return problems;
}
