import type { Event, Figure } from "../dataset/schema";
import { PolicyError, unknownId } from "../errors";
import type { LookupIndex } from "./buildIndex";
import type { FigureOrEvent } from "./fields";
import { normalizeId } from "./normalizeId";
import { suggestIds } from "./suggestIds";

/** Ids are shown in messages; a pasted paragraph is cut so the message stays readable. */
export function shownId(id: string): string {
  return id.length > 60 ? id.slice(0, 60) + "…" : id;
}

export { normalizeId };

/**
 * The figure or event with this id (case and surrounding spaces ignored), or an "unknown_id"
 * PolicyError naming the three nearest ids.
 */
export function findRecord(index: LookupIndex, id: string): FigureOrEvent {
  const found = index.records.get(normalizeId(id));
  if (found) return found;
  throw unknownId(shownId(id), suggestIds(index.recordIds, id));
}

/** The figure with this id; an event id is an error that says to use POLICY.DATE or FIELD. */
export function findFigure(index: LookupIndex, id: string): Figure {
  const found = findRecord(index, id);
  if (found.type === "figure") return found.record;
  throw new PolicyError(
    "unknown_id",
    `"${found.record.id}" is an event, which has a date rather than a value: ` +
      `use POLICY.DATE("${found.record.id}") or POLICY.FIELD("${found.record.id}", "title").`,
  );
}

/** The event with this id; a figure id is an error that says to use POLICY.VALUE. */
export function findEvent(index: LookupIndex, id: string): Event {
  const found = findRecord(index, id);
  if (found.type === "event") return found.record;
  throw new PolicyError(
    "unknown_id",
    `"${found.record.id}" is a figure, which has a value rather than a date: ` +
      `use POLICY.VALUE("${found.record.id}"), or POLICY.DATE("${found.record.id}", "start") for its period.`,
  );
}
