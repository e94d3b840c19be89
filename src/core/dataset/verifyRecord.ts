import type { Mention } from "../extract/mention";
import type { EventAnnotation, FigureAnnotation } from "./annotationSchema";
import { chooseMention, type Span } from "./chooseMention";

export interface FieldProblem {
  field: string;
  problem: string;
}

export interface Verification {
  mention: Mention | null;
  problems: FieldProblem[];
}

/** Annotated and extracted values agree within this: "two-thirds" may be written 66.67. */
const VALUE_TOLERANCE = 0.005;

/**
 * Checks a figure annotation against the mention the extractor finds in its quote: the value
 * must agree, and the unit and qualifier too wherever the extractor states one.
 */
export function verifyFigure(ann: FigureAnnotation, span: Span, mentions: Mention[]): Verification {
  const chosen = chooseMention("number", span, mentions, ann);
  if ("problem" in chosen) return { mention: null, problems: [chosen] };
  const m = chosen.mention as Mention;
  const problems: FieldProblem[] = [];
  if (m.value === null)
    problems.push({ field: "value", problem: `the extractor reads no value from "${m.text}"` });
  else if (Math.abs(m.value - ann.value) > VALUE_TOLERANCE)
    problems.push({
      field: "value",
      problem: `annotation says ${ann.value} but the quote's mention "${m.text}" reads ${m.value}`,
    });
  if (m.unit !== null && !unitAgrees(m.unit, ann.unit))
    problems.push({
      field: "unit",
      problem: `annotation says ${ann.unit} but the quote's mention "${m.text}" reads ${m.unit}`,
    });
  if (m.qualifier !== null && m.qualifier !== ann.qualifier)
    problems.push({
      field: "qualifier",
      problem: `annotation says ${ann.qualifier} but the quote's mention "${m.text}" reads ${m.qualifier}`,
    });
  return { mention: m, problems };
}

/** Units that measure rather than count: an extractor's "count" never stands for these. */
const MEASURES = new Set(["pounds", "kilograms", "milligrams", "percent", "USD", "times", "years"]);

/** What an annotation may call a count the extractor names by its noun ("people" → persons). */
const REFINEMENTS: Record<string, string[]> = {
  persons: ["deaths", "arrests", "members", "executives"],
  entities: ["companies", "firms", "persons"],
  companies: ["firms"],
};

/**
 * The extractor names the noun in the text ("107,000 people" → persons); the annotation may
 * name what is counted more exactly (deaths), but never change a measure (pounds, USD, percent).
 */
export function unitAgrees(extracted: string, annotated: string): boolean {
  if (extracted === annotated) return true;
  if (extracted === "count") return !MEASURES.has(annotated);
  return REFINEMENTS[extracted]?.includes(annotated) ?? false;
}

/**
 * Checks an event annotation against the date mention in its quote. An event with a null date
 * needs no mention; if it names one, the extractor must not have resolved that mention either.
 */
export function verifyEvent(ann: EventAnnotation, span: Span, mentions: Mention[]): Verification {
  const chosen = chooseMention("date", span, mentions, ann, ann.date === null);
  if ("problem" in chosen) return { mention: null, problems: [chosen] };
  const m = chosen.mention;
  if (m === null) return { mention: null, problems: [] };
  const problems: FieldProblem[] = [];
  if (m.date !== ann.date)
    problems.push({
      field: "date",
      problem:
        `annotation says ${ann.date ?? "null"} but the quote's mention "${m.text}" reads ${m.date ?? "null (unresolved)"}` +
        (m.date ? `; valid: date: "${m.date}", precision: ${m.precision}` : ""),
    });
  else if (m.precision !== ann.precision)
    problems.push({
      field: "precision",
      problem: `annotation says ${ann.precision} but the quote's mention "${m.text}" has ${m.precision} precision`,
    });
  if (m.relative !== undefined && m.date !== null && m.relative !== ann.relative)
    problems.push({
      field: "relative",
      problem: `annotation says ${ann.relative} but the quote's mention "${m.text}" is ${m.relative ? "relative (resolved from the document date)" : "an absolute date"}`,
    });
  return { mention: m, problems };
}
