import type { Mention } from "../extract/mention";
import type { EventAnnotation, FigureAnnotation } from "./annotationSchema";
import { chooseMention, type Span } from "./chooseMention";
import { checkPeriod } from "./checkPeriod";
import { isMeasure, singularOf, unitInfo } from "./unitRegistry";

export interface FieldProblem {
  field: string;
  problem: string;
}

/** A field the annotation states against the extractor, with the annotation's reason. */
export interface OverrideUse {
  field: string;
  /** What the extractor reads, as text ("60 percent", "2023-10", "nothing"). */
  extracted: string;
  annotated: string;
  reason: string;
}

export interface Verification {
  mention: Mention | null;
  problems: FieldProblem[];
  overrides: OverrideUse[];
}

/** Annotated and extracted values agree within this: "two-thirds" may be written 66.67. */
const VALUE_TOLERANCE = 0.005;

/** One comparison of an annotated field with what the extractor reads. */
interface FieldCheck {
  field: string;
  agrees: boolean;
  extracted: string;
  annotated: string;
  /** The message when they disagree and no override explains it. */
  problem: string;
}

/**
 * Turns field checks into problems and override uses: a disagreement is a problem unless the
 * annotation overrides that field with a reason; an override of a field the extractor now
 * reads the same is stale, and so is one of a field the annotation never needed to state.
 */
function settle(
  checks: FieldCheck[],
  overrides: Record<string, string | undefined>,
  mention: Mention | null,
): Verification {
  const problems: FieldProblem[] = [];
  const uses: OverrideUse[] = [];
  const checked = new Set(checks.map((c) => c.field));
  for (const c of checks) {
    const reason = overrides[c.field];
    if (!c.agrees && reason)
      uses.push({ field: c.field, extracted: c.extracted, annotated: c.annotated, reason });
    else if (!c.agrees)
      problems.push({
        field: c.field,
        problem: `${c.problem}. If the extractor misreads the text, keep the annotation and add overrides: { ${c.field}: <why> }`,
      });
    else if (reason)
      problems.push({
        field: `overrides.${c.field}`,
        problem: `stale: the extractor now reads ${c.extracted || `the ${c.field}`} as annotated; remove the override`,
      });
  }
  for (const [field, reason] of Object.entries(overrides))
    if (reason && !checked.has(field))
      problems.push({
        field: `overrides.${field}`,
        problem: `stale: the extractor states no ${field} here to disagree with; remove the override`,
      });
  return { mention, problems, overrides: uses };
}

/**
 * Checks a figure annotation against the mention the extractor finds in its quote: the value
 * must agree, the unit and qualifier too wherever the extractor states one, and the period's
 * bounds must be dates the quote states. `overrides` lets the annotation keep a field the
 * extractor misreads, with a reason.
 */
export function verifyFigure(
  ann: FigureAnnotation,
  span: Span,
  mentions: Mention[],
  documentDate: string | null = null,
  quote = "",
  text = "",
): Verification {
  const overrides = ann.overrides ?? {};
  const chosen = chooseMention("number", span, mentions, ann);
  const period = checkPeriod(ann.period, span, mentions, documentDate, text);
  const periodCheck: FieldCheck = {
    field: "period",
    agrees: period === null,
    extracted: period?.extracted ?? "",
    annotated: `${ann.period.start ?? "open"}..${ann.period.end ?? "open"}`,
    problem: period?.problem ?? "",
  };
  if ("problem" in chosen) {
    if (chosen.field === "quote" && overrides.value) {
      const uses = settle([periodCheck], overrides, null);
      uses.overrides.push({
        field: "value",
        extracted: "nothing",
        annotated: `${ann.value} ${ann.unit}`,
        reason: overrides.value,
      });
      uses.problems = uses.problems.filter((p) => !p.field.startsWith("overrides."));
      return uses;
    }
    return { mention: null, problems: [chosen], overrides: [] };
  }
  const m = chosen.mention as Mention;
  const checks: FieldCheck[] = [
    {
      field: "value",
      agrees: m.value !== null && Math.abs(m.value - ann.value) <= VALUE_TOLERANCE,
      extracted: m.value === null ? "no value" : String(m.value),
      annotated: String(ann.value),
      problem:
        m.value === null
          ? `the extractor reads no value from "${m.text}"`
          : `annotation says ${ann.value} but the quote's mention "${m.text}" reads ${m.value}`,
    },
  ];
  if (m.unit !== null)
    checks.push({
      field: "unit",
      agrees: unitAgrees(m.unit, ann.unit),
      extracted: m.unit,
      annotated: ann.unit,
      problem: `annotation says ${ann.unit} but the quote's mention "${m.text}" reads ${m.unit}`,
    });
  if (m.qualifier !== null)
    checks.push({
      field: "qualifier",
      agrees: m.qualifier === ann.qualifier,
      extracted: m.qualifier,
      annotated: ann.qualifier,
      problem: `annotation says ${ann.qualifier} but the quote's mention "${m.text}" reads ${m.qualifier}`,
    });
  checks.push(periodCheck);
  const result = settle(checks, overrides, m);
  const unknown = unknownUnitProblem(ann.unit, quote);
  if (unknown && !overrides.unit) result.problems.push({ field: "unit", problem: unknown });
  return result;
}

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
  // A noun the registry does not know ("firearms") is a count the annotation may name otherwise.
  if (extracted === "count" || !unitInfo(extracted)) return !isMeasure(annotated);
  return REFINEMENTS[extracted]?.includes(annotated) ?? false;
}

/**
 * A unit the registry does not know must be a count noun the quote uses ("vessels", or its
 * singular "vessel"), so an open unit is never a typo of a known one.
 */
export function unknownUnitProblem(unit: string, quote: string): string | null {
  if (unitInfo(unit) || !quote) return null;
  const words = unit.split("_");
  const last = words.pop()!;
  const singular = singularOf(last);
  const pattern = new RegExp(`\\b${[...words, `(?:${last}|${singular})`].join("[\\s-]+")}\\b`, "i");
  if (pattern.test(quote)) return null;
  return `"${unit}" is not a known unit and the quote does not use it as a noun; name a noun from the quote (lower case, words joined by "_") or a known unit`;
}

/**
 * Checks an event annotation against the date mention in its quote. An event with a null date
 * needs no mention; if it names one, the extractor must not have resolved that mention either.
 */
export function verifyEvent(ann: EventAnnotation, span: Span, mentions: Mention[]): Verification {
  const overrides = ann.overrides ?? {};
  const chosen = chooseMention("date", span, mentions, ann, ann.date === null);
  if ("problem" in chosen) {
    if (chosen.field === "quote" && overrides.date)
      return {
        mention: null,
        problems: [],
        overrides: [
          {
            field: "date",
            extracted: "nothing",
            annotated: ann.date ?? "null",
            reason: overrides.date,
          },
        ],
      };
    return { mention: null, problems: [chosen], overrides: [] };
  }
  const m = chosen.mention;
  if (m === null) return settle([], overrides, null);
  const checks: FieldCheck[] = [
    {
      field: "date",
      agrees: m.date === ann.date,
      extracted: m.date ?? "null (unresolved)",
      annotated: ann.date ?? "null",
      problem:
        `annotation says ${ann.date ?? "null"} but the quote's mention "${m.text}" reads ${m.date ?? "null (unresolved)"}` +
        (m.date ? `; valid: date: "${m.date}", precision: ${m.precision}` : ""),
    },
  ];
  if (m.date === ann.date)
    checks.push({
      field: "precision",
      agrees: m.precision === ann.precision,
      extracted: String(m.precision),
      annotated: String(ann.precision),
      problem: `annotation says ${ann.precision} but the quote's mention "${m.text}" has ${m.precision} precision`,
    });
  if (m.relative !== undefined && m.date !== null)
    checks.push({
      field: "relative",
      agrees: m.relative === ann.relative,
      extracted: String(m.relative),
      annotated: String(ann.relative),
      problem: `annotation says ${ann.relative} but the quote's mention "${m.text}" is ${m.relative ? "relative (resolved from the document date)" : "an absolute date"}`,
    });
  return settle(checks, overrides, m);
}
