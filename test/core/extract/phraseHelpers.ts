import { extractMentions } from "../../../src/core/extract/extractMentions";

/** Number mentions as [text, value, unit, qualifier], the way an analyst checks them. */
export const numbers = (text: string) =>
  extractMentions(text)
    .filter((m) => m.kind === "number")
    .map((m) => [m.text, m.value, m.unit, m.qualifier]);

/** Date mentions as [text, date, precision, period "start..end" or null]. */
export const dates = (text: string, documentDate?: string) =>
  extractMentions(text, { documentDate })
    .filter((m) => m.kind === "date")
    .map((m) => [
      m.text,
      m.date,
      m.precision,
      m.period ? `${m.period.start}..${m.period.end}` : null,
    ]);
