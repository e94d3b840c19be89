import type { Precision, Qualifier } from "../dataset/schema";

/**
 * One numeric or date mention found in a document: what `npm run extract` prints, and what
 * the dataset build re-extracts from every quote to verify an annotation.
 */
export interface Mention {
  kind: "number" | "date";
  /** Exactly text.slice(start, end) of the document. */
  text: string;
  start: number;
  end: number;
  /** Number mentions: the value (percent as 40, not 0.4; "sevenfold" as 7). */
  value: number | null;
  unit: string | null;
  qualifier: Qualifier | null;
  /** Date mentions: ISO date, partial allowed ("2023", "2023-09", "2023-09-23"). */
  date: string | null;
  precision: Precision | null;
  /** True when resolved from a relative phrase ("on Thursday", "last year") and the document date. */
  relative?: boolean;
  /** Date mentions: how a relative or fiscal date was resolved, or why it could not be. */
  note?: string;
  /**
   * The calendar span a fiscal year covers ("FY 2023": 2022-10-01..2023-09-30), or the span a
   * phrase such as "the past year" names, ending at the document date.
   */
  period?: { start: string; end: string };
}
